"""What the windows keep in the local journal for forms stored with «Lagre»: a report's content survives
the round trip through JSON unchanged, and each kept entry names its case (never its content)."""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select

from barnearket.domain.model import ReportRecipient, ReportSection
from barnearket.services import actions, report_editing, steps
from barnearket.services.keptwork import (
    CORRECTION,
    ENTRY,
    REPORT,
    Pending,
    content_of,
    described,
    report_value,
)
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.concerns import ConcernRow
from tests.services.support import World


def test_a_report_draft_comes_back_from_the_journal_as_it_was_typed(world: World, report_id: int) -> None:
    content = report_editing.view_report(world.ctx(), report_id).report.content
    sections = {ReportSection.CONCERN: "Ánde sover dårlig – æøå ŋ", ReportSection.HISTORY: ""}
    typed = replace(content, sections=sections,
                    parents_told=False, parents_not_told_why="Mistanke om vold", interpreter_needed=True,
                    interpreter_language="nordsamisk", municipality_number="5444")
    value = json.loads(json.dumps(report_value(typed, ReportRecipient.POLITI)))
    assert content_of(value) == (typed, ReportRecipient.POLITI)


def test_each_kept_entry_names_its_case_and_falls_back_to_what_the_window_showed(
        world: World, step_concern: int) -> None:
    ctx = world.ctx()
    observation = steps.add_observation(ctx, step_concern, "Kom uten lue", observed_on=world.today)
    action = actions.add_action(ctx, step_concern, "Samtale med mor")
    evaluation = actions.add_evaluation(ctx, action, "Gikk bra", evaluated_on=world.today)
    number = ctx.session.scalar(select(CaseRow.number).join(ConcernRow, ConcernRow.case_id == CaseRow.id)
                                .where(ConcernRow.id == step_concern))
    assert number
    entries = [Pending.typed(ENTRY, step_concern, "concretise:a", None, {"observation": "x"}, None),
               Pending.typed(ENTRY, action, "evaluation:b", None, {"evaluation": "x"}, None),
               Pending.typed(CORRECTION, observation, "concretise", None, {"answers": {}}, 1),
               Pending.typed(CORRECTION, evaluation, "evaluation", None, {"answers": {}}, 1),
               replace(Pending.typed(CORRECTION, 999_999, "concretise", None, {"answers": {}}, 1),
                       case_number="2026-0042")]
    items = described(ctx, entries)
    assert [i.case_number for i in items] == [number] * 4 + ["2026-0042"]
    assert [i.step for i in items] == ["concretise", "evaluation", "concretise", "evaluation", "concretise"]
    away = described(None, entries)
    assert [i.case_number for i in away] == [None] * 4 + ["2026-0042"], "the server is away: as kept"
    assert described(ctx, [Pending.typed(REPORT, 999_999, "content", None, {}, 1)])[0].case_number is None

