"""The routine's practice on the command line: a person's functions (`users function`), the team
leader's queues and «given» records (`teamleder`), and the resource group's notes (`ressursgruppe`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from barnearket.cli.main import is_cli
from barnearket.domain.model import ChildDetails, GateAnswer, Parent
from barnearket.domain.roles import Role
from barnearket.services import sheets
from barnearket.services.cases import answer_gate, create_case, view_case
from barnearket.services.children import add_child
from barnearket.services.context import ServiceContext
from barnearket.services.units import add_unit
from barnearket.storage import memberships
from tests.cli.stores import ADMIN_LOGIN, UNIT, CliStore
from tests.conftest import ADMIN_NAME

LEADER, LEADER_PHRASE = "tone", "tones egen frase æøå"
OTHER, OTHER_PHRASE = "per", "pers egen frase åøæ"
PSYK = "Psykisk helse"


@dataclass(frozen=True)
class Setup:
    cli: CliStore
    no_sheet: str
    planned: str
    other_unit: str
    child_id: int

    def run(self, who: str, *args: str) -> tuple[int, str]:
        """A command as `who` (her secret on standard input): its exit code and all it printed."""
        ran = self.cli.run(*args, who=who)
        return ran.code, ran.said


def _case(ctx: ServiceContext, unit: int, name: str) -> int:
    case_id = create_case(ctx, unit_id=unit, parent=Parent(name=name))
    answer_gate(ctx, case_id, GateAnswer.JA)
    return case_id


def _number(ctx: ServiceContext, case_id: int) -> str:
    return view_case(ctx, case_id, log_view=False).number


@pytest.fixture
def setup(cli: CliStore) -> Setup:
    """Two units; Tone and Per belong to both (a team leader reads the cases of the unit she leads);
    two cases in Rustjenesten, one with a completed sheet, and one case in Psykisk helse."""
    with cli.work() as ctx:
        psyk = add_unit(ctx, name=PSYK, service="psykisk_helse")
        memberships.add_memberships(ctx.session, ctx.actor.user_id, [psyk])
    cli.add_person(LEADER, "Tone Ŋuolas", Role.SAKSBEHANDLER, LEADER_PHRASE, units=(PSYK, UNIT))
    cli.add_person(OTHER, "Per Čeavrris", Role.SAKSBEHANDLER, OTHER_PHRASE, units=(PSYK, UNIT))
    with cli.work() as ctx:
        no_sheet = _case(ctx, cli.unit_id, "Ánde Đuommá")
        planned = _case(ctx, cli.unit_id, "Máret Ságat")
        child = add_child(ctx, planned, ChildDetails(name="Sunná Ságat"))
        sheet = sheets.start_sheet(ctx, planned, form_id="barnearket", form_version=1)
        sheets.answer_question(ctx, sheet, "information_need", "ja", child_id=child)
        sheets.answer_question(ctx, sheet, "information_plan", "Mor forteller med helsesykepleier.",
                               child_id=child)
        sheets.complete_sheet(ctx, sheet)
        other_unit = _case(ctx, psyk, "Biret Ørnes")
        return Setup(cli, _number(ctx, no_sheet), _number(ctx, planned), _number(ctx, other_unit), child)


def test_team_leader_sees_the_queues_of_the_unit_she_leads(setup: Setup) -> None:
    file = setup.cli.where
    assert is_cli(["teamleder"]) and is_cli(["ressursgruppe"])
    code, out = setup.run(LEADER, "teamleder", file)
    assert code == 2 and "teamleder eller barneansvarlig" in out
    code, out = setup.run(ADMIN_LOGIN, "users", file, "function", LEADER, "--set", "teamleder:rustjenesten",
                          "--set", "ressursgruppe")
    assert code == 0 and "Teamleder – Rustjenesten" in out and "Medlem av ressursgruppen" in out
    code, out = setup.run(LEADER, "users", file, "function", OTHER, "--set", "tildeling")
    assert code == 2 and "administrator" in out
    code, out = setup.run(LEADER, "teamleder", file)
    assert code == 0
    missing, planned = out.split("Planlagt i barnearket")
    assert "(1)" in missing and setup.no_sheet in missing and setup.planned not in missing
    assert setup.other_unit not in out, "a unit she does not lead stays out"
    assert "(1)" in planned and setup.planned in planned and f"barn {setup.child_id}" in planned
    code, out = setup.run(LEADER, "teamleder", file, "cases")
    assert code == 0 and setup.no_sheet in out and setup.planned in out and setup.other_unit not in out
    code, out = setup.run(LEADER, "teamleder", file, "given", "--case", setup.planned, "--child",
                          str(setup.child_id), "--kind", "information", "--on", "02.01.2026", "--by", OTHER)
    assert code == 0 and "Registrert som gitt" in out
    code, out = setup.run(LEADER, "teamleder", file)
    assert "ikke registrert som gitt (0)" in out


def test_resource_group_notes_are_listed_and_printed(setup: Setup, tmp_path: Path) -> None:
    file = setup.cli.where
    code, out = setup.run(OTHER, "ressursgruppe", "list", file)
    assert code == 2 and "funksjon i rutinen" in out
    add = ("ressursgruppe", "add", file, "--date", "03.02.2026", "--participant", "barnevernet",
           "--participant", "helsesykepleier", "--case", f"{setup.planned}:Hvem snakker med barnet",
           "--anonymous", "Gravid kvinne som ruser seg", "--advice", "Bruk samtalen om barna.",
           "--procedures", "Barnearket fylles ut innen to uker.")
    code, out = setup.run(ADMIN_LOGIN, *add)
    assert code == 0 and "Møtet er lagret" in out
    code, out = setup.run(ADMIN_LOGIN, "ressursgruppe", "add", file, "--date", "04.02.2026", "--participant",
                          "NAV", "--case", "1999-9999")
    assert code == 2 and "Finner ingen sak" in out
    code, out = setup.run(ADMIN_LOGIN, "ressursgruppe", "list", file)
    assert code == 0 and "03.02.2026" in out and "saker: 2 (1 anonyme)" in out
    assert "04.02.2026" not in out, "a refused meeting is not stored"
    pdf = tmp_path / "referat.pdf"
    code, out = setup.run(ADMIN_LOGIN, "ressursgruppe", "pdf", file, "-o", str(pdf))
    assert code == 0 and pdf.exists()
    reader = PdfReader(pdf)
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    for expected in ("Referat fra ressursgruppen", setup.planned, "Anonym drøfting", "barnevernet",
                     "Bruk samtalen om barna.", "Barnearket fylles ut innen to uker.", "Møte 03.02.2026"):
        assert expected in text, expected
    assert "Ságat" not in text
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "Ságat" not in metadata and ADMIN_NAME not in metadata
