"""`barnearket case close|reopen`: finishing and reopening a case from a script, with the window's rules."""

from __future__ import annotations

from barnearket.cli.main import is_cli
from barnearket.domain.model import CaseStatus, ChildDetails, GateAnswer, Parent
from barnearket.services.cases import answer_gate, create_case, view_case
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from tests.cli.stores import CliStore


def _case(cli: CliStore, *, open_concern_too: bool = False) -> tuple[int, str]:
    with cli.work() as ctx:
        case_id = create_case(ctx, unit_id=cli.unit_id, parent=Parent(name="Ánde Đuommá"))
        answer_gate(ctx, case_id, GateAnswer.JA)
        if open_concern_too:
            child = add_child(ctx, case_id, ChildDetails(name="Máret Đuommá"))
            open_concern(ctx, case_id, child, level=2)
        return case_id, view_case(ctx, case_id, log_view=False).number


def _status(cli: CliStore, case_id: int) -> CaseStatus:
    with cli.work() as ctx:
        return view_case(ctx, case_id, log_view=False).status


def test_close_and_reopen_by_number(cli: CliStore) -> None:
    case_id, number = _case(cli)
    assert is_cli(["case", "close"])
    ran = cli.run("case", "close", cli.where, "--case", number, "--on", "01.01.2026")
    assert ran.code == 0 and f"Sak {number} er avsluttet." in ran.said, ran.said
    assert _status(cli, case_id) is CaseStatus.CLOSED
    ran = cli.run("case", "close", cli.where, "--case", number)
    assert ran.code == 2 and "allerede avsluttet" in ran.said
    ran = cli.run("case", "reopen", cli.where, "--case", number)
    assert ran.code == 0 and "gjenåpnet" in ran.said
    assert _status(cli, case_id) is CaseStatus.OPEN


def test_a_case_with_an_open_concern_is_not_closed(cli: CliStore) -> None:
    case_id, number = _case(cli, open_concern_too=True)
    ran = cli.run("case", "close", cli.where, "--case", number)
    assert ran.code == 2 and "bekymringer som ikke er avsluttet" in ran.said and "Ánde" not in ran.said
    ran = cli.run("case", "close", cli.where, "--case", "1999-0001")
    assert ran.code == 2 and "Fant ingen sak" in ran.said
    assert _status(cli, case_id) is CaseStatus.OPEN

