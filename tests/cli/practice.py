"""The store of the routine's practice on the command line (tests/cli/test_practice_cli.py): the `setup`
fixture, on a case file and on the server through `cli`, and the people and unit it adds."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from barnearket.domain.model import ChildDetails, GateAnswer, Parent
from barnearket.domain.roles import Role
from barnearket.services import sheets
from barnearket.services.cases import answer_gate, create_case, view_case
from barnearket.services.children import add_child
from barnearket.services.context import ServiceContext
from barnearket.services.units import add_unit
from barnearket.storage import memberships
from tests.cli.stores import UNIT, CliStore

LEADER, LEADER_PHRASE = "tone", "tones egen frase æøå"
OTHER, OTHER_PHRASE = "per", "pers egen frase åøæ"
PSYK = "Psykisk helse"


@dataclass(frozen=True)
class Setup:
    """The store, and the case numbers and the child the tests look for."""

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
