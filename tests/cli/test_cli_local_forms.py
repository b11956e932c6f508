"""Issue 15: the command line reads the municipality's own forms as the window does, so its
deadlines (`frister`) hold there too; a broken local file is named and the shipped forms are used."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from barnearket.domain.model import ChildDetails, GateAnswer, Parent, ReportChannel, ReportRecipient
from barnearket.paths import resolve_paths
from barnearket.services.cases import answer_gate, create_case, view_case
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.reports import draft_report, mark_report_sent
from tests.cli.stores import CliStore

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]
ASSESSMENT_DAYS = 5


def _sent_report(cli: CliStore) -> str:
    """A case whose report to child welfare was sent today (written through the services)."""
    with cli.work() as ctx:
        case_id = create_case(ctx, unit_id=cli.unit_id, parent=Parent(name="Sunná Márjá Gaup"))
        answer_gate(ctx, case_id, GateAnswer.JA)
        child = add_child(ctx, case_id, ChildDetails(name="Ánde Gaup", birth_date=date(2024, 3, 9)))
        concern = open_concern(ctx, case_id, child, level=4)
        report = draft_report(ctx, concern, ReportRecipient.BARNEVERN)
        mark_report_sent(ctx, report, channel=ReportChannel.PORTAL)
        return view_case(ctx, case_id, log_view=False).number


def _local_deadlines(text_edit: str | None = None) -> Path:
    """The municipality's `frister` with a shorter assessment deadline (or broken, when asked)."""
    from barnearket.domain.forms.paths import shipped_forms_dir

    folder = resolve_paths().ensure().local_forms
    folder.mkdir(parents=True, exist_ok=True)
    text = (shipped_forms_dir() / "frister.v1.toml").read_text(encoding="utf-8")
    start = text.index('id = "assessment_days"')
    text = text[:start] + text[start:].replace("value = 7", f"value = {ASSESSMENT_DAYS}", 1)
    target = folder / "frister.v1.toml"
    target.write_text(text_edit or text, encoding="utf-8")
    return target


def _list(cli: CliStore, number: str) -> tuple[str, str]:
    """`report … list` in a new process, which reads the municipality's forms afresh."""
    done = cli.run_process("report", cli.where, "--case", number, "list")
    assert done.code == 0, done.err
    return done.out, done.err


def test_report_dates_on_the_command_line_follow_the_municipality_deadlines(cli: CliStore) -> None:
    number = _sent_report(cli)
    _local_deadlines()
    out, _ = _list(cli, number)
    assert f"vurderes innen {(date.today() + timedelta(days=ASSESSMENT_DAYS)).isoformat()}" in out


def test_a_broken_local_file_is_named_and_the_shipped_deadlines_used(cli: CliStore) -> None:
    number = _sent_report(cli)
    broken = _local_deadlines('id = "frister\n')
    out, err = _list(cli, number)
    assert str(broken) in err and "ikke brukt" in err
    assert f"vurderes innen {(date.today() + timedelta(days=7)).isoformat()}" in out
