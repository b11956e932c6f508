"""The rest of what a person edits in place refuses an edit based on an older version, on a case file
and on the server alike: every step entry, the case, a child and a report draft. A change only to
linked rows (the case's situation, a child's services, a decision's recipients, a report's sections)
gives the record a new version too, so the next stale edit of it is refused as well."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.model import (
    ChildDetails,
    ConsultationWith,
    DecisionOutcome,
    GateAnswer,
    Parent,
    ReportContent,
    ReportRecipient,
    ReportSection,
    TreatmentPhase,
)
from barnearket.services import conflicts, corrections, steps
from barnearket.services.actions import add_evaluation
from barnearket.services.cases import answer_gate, update_case
from barnearket.services.children import update_child
from barnearket.services.context import ServiceContext
from barnearket.services.reports import draft_report, update_report
from barnearket.storage.mapping import load_case, load_concern
from tests.seam.stores import OpenStore
from tests.seam.test_row_versions import MINE, THEIRS, family

Correct = Callable[[ServiceContext, Any, str, int | None], object]
"""A correction of an entry `e` with its main text, based on version `base`."""

CORRECT: dict[str, tuple[str, Correct]] = {
    "observations": ("text", lambda s, e, t, b: corrections.correct_observation(
        s, e.id, t, observed_on=e.observed_on, base=b)),
    "consultations": ("summary", lambda s, e, t, b: corrections.correct_consultation(
        s, e.id, with_whom=e.with_whom, held_on=e.held_on, anonymous=False, counterpart="", summary=t,
        base=b)),
    "parent_conversations": ("shared", lambda s, e, t, b: corrections.correct_parent_conversation(
        s, e.id, held_on=e.held_on, participants="Mor", shared=t, response="", agreed="", base=b)),
    "decisions": ("note", lambda s, e, t, b: corrections.correct_decision(
        s, e.id, DecisionOutcome.OWN_UNIT, decided_on=e.decided_on, anchored_with="Leder", note=t,
        recipients=[], base=b)),
    "evaluations": ("text", lambda s, e, t, b: corrections.correct_evaluation(
        s, e.id, t, evaluated_on=e.evaluated_on, base=b)),
}


def _entries(store: OpenStore, concern_id: int) -> dict[str, Any]:
    with store.store.read_session() as session:
        concern = load_concern(session, concern_id)
    return {"observations": concern.observations[0], "consultations": concern.consultations[0],
            "parent_conversations": concern.conversations[0], "decisions": concern.decisions[0],
            "evaluations": concern.actions[0].evaluations[0]}


def make_ids(store: OpenStore) -> dict[str, int]:
    """Kari's family with one entry of every step kind and an evaluation."""
    made = family(store)
    with store.work() as ctx:
        concern = made["concern"]
        steps.add_observation(ctx, concern, "Kom uten yttertøy")
        steps.add_consultation(ctx, concern, with_whom=ConsultationWith.BARNEVERN, summary="Råd")
        steps.record_parent_conversation(ctx, concern, participants="Mor", shared="Det vi så",
                                         response="Lettet", agreed="Ny samtale")
        steps.record_decision(ctx, concern, DecisionOutcome.OWN_UNIT, note="Her", anchored_with="Leder")
        add_evaluation(ctx, made["action"], "Litt bedre")
    return made


@pytest.mark.parametrize("table", list(CORRECT))
def test_a_step_entry_corrected_on_an_older_version_is_refused(store: OpenStore,
                                                               table: str) -> None:
    ids = make_ids(store)
    column, correct = CORRECT[table]
    seen = _entries(store, ids["concern"])[table]
    assert seen.row_version >= 1
    with store.work() as ctx:
        correct(ctx, seen, THEIRS, seen.row_version)
    with pytest.raises(EditConflictError) as refused, store.work() as ctx:
        correct(ctx, seen, MINE, seen.row_version)
    assert refused.value.table == table and refused.value.row_id == seen.id
    with store.work() as ctx:
        report = conflicts.explain(ctx, refused.value)
    assert str(report.theirs[column]).startswith(THEIRS)
    stored = _entries(store, ids["concern"])[table]
    assert MINE not in str(getattr(stored, "text", "") or getattr(stored, "summary", "")
                           or getattr(stored, "shared", "") or getattr(stored, "note", ""))
    with store.work() as ctx:  # keep mine: based on what is stored now
        correct(ctx, stored, MINE, report.current)


def test_a_decisions_recipients_alone_give_it_a_new_version(store: OpenStore) -> None:
    ids = make_ids(store)
    seen = _entries(store, ids["concern"])["decisions"]
    with store.work() as ctx:
        corrections.correct_decision(ctx, seen.id, seen.outcome, decided_on=seen.decided_on,
                                     anchored_with=seen.anchored_with, note=seen.note, recipients=["skole"],
                                     base=seen.row_version)
    assert _entries(store, ids["concern"])["decisions"].row_version == seen.row_version + 1
    with pytest.raises(EditConflictError), store.work() as ctx:
        corrections.correct_decision(ctx, seen.id, seen.outcome, decided_on=seen.decided_on,
                                     anchored_with=seen.anchored_with, note=MINE, recipients=[],
                                     base=seen.row_version)


def _case(store: OpenStore, case_id: int) -> Any:
    with store.store.read_session() as session:
        return load_case(session, case_id)


def _report(store: OpenStore, case_id: int) -> Any:
    return _case(store, case_id).concerns[0].reports[0]


def test_the_case_edited_on_an_older_version_is_refused(store: OpenStore) -> None:
    ids = make_ids(store)
    seen = _case(store, ids["case"])

    def edit(ctx: ServiceContext, phone: str, categories: frozenset[str], base: int) -> list[str]:
        return update_case(ctx, ids["case"], parent=Parent(name=seen.parent.name, phone=phone),
                           responsible_id=seen.responsible_id, categories=categories,
                           treatment_phase=TreatmentPhase.NONE, base=base)

    with store.work() as ctx:  # only the situation (a linked table) changes
        assert edit(ctx, "", frozenset({"rus"}), seen.row_version) == ["categories"]
    assert _case(store, ids["case"]).row_version == seen.row_version + 1
    with pytest.raises(EditConflictError), store.work() as ctx:
        edit(ctx, "900 00 000", frozenset(), seen.row_version)
    with pytest.raises(EditConflictError), store.work() as ctx:
        answer_gate(ctx, ids["case"], GateAnswer.NEI, base=seen.row_version)
    with store.work() as ctx:  # what is stored already is no conflict, whatever the base
        assert edit(ctx, "", frozenset({"rus"}), seen.row_version) == []
    stored = _case(store, ids["case"])
    assert stored.parent.phone == "" and stored.gate.answer is GateAnswer.JA


def test_a_child_edited_on_an_older_version_is_refused(store: OpenStore) -> None:
    ids = make_ids(store)
    seen = _case(store, ids["case"]).children[0]
    with store.work() as ctx:  # only the services involved (a linked table) change
        update_child(ctx, seen.id, ChildDetails(name=seen.name, birth_date=seen.birth_date,
                                                services=frozenset({"skole"})), base=seen.row_version)
    with pytest.raises(EditConflictError) as refused, store.work() as ctx:
        update_child(ctx, seen.id, ChildDetails(name=seen.name, birth_date=seen.birth_date, school="Hana"),
                     base=seen.row_version)
    assert refused.value.table == "children" and refused.value.current == seen.row_version + 1
    assert _case(store, ids["case"]).children[0].details.school == ""


def test_a_report_draft_saved_on_an_older_version_is_refused(store: OpenStore) -> None:
    ids = make_ids(store)
    with store.work() as ctx:
        report_id = draft_report(ctx, ids["concern"], ReportRecipient.BARNEVERN)
    seen = _report(store, ids["case"])

    def content(text: str) -> ReportContent:
        return ReportContent(sections={ReportSection.CONCERN: text})

    with store.work() as ctx:  # only a section (rows of their own) changes
        update_report(ctx, report_id, content(THEIRS), base=seen.row_version)
    stored = _report(store, ids["case"])
    assert stored.row_version == seen.row_version + 1
    with pytest.raises(EditConflictError) as refused, store.work() as ctx:
        update_report(ctx, report_id, content(MINE), base=seen.row_version)
    assert refused.value.table == "reports"
    with store.work() as ctx:  # the same text as stored: nothing to decide
        update_report(ctx, report_id, content(THEIRS), base=seen.row_version)
    assert _report(store, ids["case"]).content.sections == {ReportSection.CONCERN: THEIRS}
    with store.work() as ctx:  # keep mine, on the version stored now
        update_report(ctx, report_id, content(MINE), base=stored.row_version)
    assert _report(store, ids["case"]).content.sections == {ReportSection.CONCERN: MINE}


def test_nothing_dated_today_is_lost_by_a_refusal(store: OpenStore) -> None:
    ids = make_ids(store)
    """A refused correction leaves the entry exactly as the other person stored it."""
    seen = _entries(store, ids["concern"])["observations"]
    with store.work() as ctx:
        corrections.correct_observation(ctx, seen.id, THEIRS, observed_on=date.today(), base=seen.row_version)
    before = _entries(store, ids["concern"])["observations"]
    with pytest.raises(EditConflictError), store.work() as ctx:
        corrections.correct_observation(ctx, seen.id, MINE, observed_on=seen.observed_on,
                                        base=seen.row_version)
    assert _entries(store, ids["concern"])["observations"] == before
