"""Barnearket conversations: autosaved answers, completion after the gate, new versions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, func, select

from barnearket.domain.errors import ValidationError
from barnearket.domain.forms import load_standard_library
from barnearket.domain.model import GateAnswer, SheetStatus
from barnearket.services.cases import answer_gate, view_case
from barnearket.services.sheets import answer_question, complete_sheet, start_sheet, update_sheet
from barnearket.storage.orm.sheets import SheetAnswerRow
from tests.services.support import World, assert_audit_clean, audit_rows, new_case, new_child


def _sheet(world: World, case_id: int, **kwargs: Any) -> int:
    return start_sheet(world.ctx(), case_id, form_id="barnearket", form_version=1, **kwargs)


def test_answers_are_upserted_per_child_and_question(world: World, case_id: int) -> None:
    child = new_child(world, case_id)
    sheet_id = _sheet(world, case_id, participants="Brukeren og Kari")
    answer_question(world.ctx(), sheet_id, "parent_situation", "Første utkast")
    answer_question(world.ctx(), sheet_id, "parent_situation", "Andre utkast")
    answer_question(world.ctx(), sheet_id, "child_knows", "delvis", child_id=child)
    answer_question(world.ctx(), sheet_id, "child_knows", "ja", child_id=child)
    answer_question(world.ctx(), sheet_id, "services_involved", ["helsestasjon", "skole"], child_id=child)
    count = world.session.scalar(select(func.count()).select_from(SheetAnswerRow))
    assert count == 3
    sheet = view_case(world.ctx(), case_id).sheets[0]
    assert sheet.answer("parent_situation") == "Andre utkast"
    assert sheet.answer("child_knows", child) == "ja"
    assert sheet.answer("services_involved", child) == ["helsestasjon", "skole"]
    assert sheet.participants == "Brukeren og Kari"
    answer_question(world.ctx(), sheet_id, "parent_situation", None)
    assert view_case(world.ctx(), case_id).sheets[0].answer("parent_situation") is None
    assert ("update", "sheet", sheet_id) in audit_rows(world.session, "sheet")
    assert_audit_clean(world.session, ["Andre utkast", "Første utkast", "Máret Čeavrris"])


def test_answer_text_is_cleaned(world: World, case_id: int) -> None:
    sheet_id = _sheet(world, case_id)
    answer_question(world.ctx(), sheet_id, "parent_situation", {"tekst": ["a\x00b", "A\u030a"]})
    assert view_case(world.ctx(), case_id).sheets[0].answer("parent_situation") == {"tekst": ["ab", "Å"]}


def test_answer_is_one_small_write(world: World, case_id: int) -> None:
    child = new_child(world, case_id)
    sheet_id = _sheet(world, case_id)
    answer_question(world.ctx(), sheet_id, "child_knows", "nei", child_id=child)
    world.session.expire_all()
    statements: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
        statements.append(statement)

    engine = world.session.get_bind()
    event.listen(engine, "before_cursor_execute", seen)
    try:
        answer_question(world.ctx(), sheet_id, "child_knows", "ja", child_id=child)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    touched = " ".join(statements).lower()
    assert "concerns" not in touched and "consents" not in touched
    assert len(statements) <= 10


def test_completion_needs_the_gate_and_then_locks(world: World, case_id: int) -> None:
    sheet_id = _sheet(world, case_id)
    answer_question(world.ctx(), sheet_id, "parent_situation", "Stabil")
    with pytest.raises(ValidationError, match="barn under 18"):
        complete_sheet(world.ctx(), sheet_id)
    answer_gate(world.ctx(), case_id, GateAnswer.JA)
    complete_sheet(world.ctx(), sheet_id)
    sheet = view_case(world.ctx(), case_id).sheets[0]
    assert sheet.status is SheetStatus.COMPLETED and sheet.completed_by == world.worker.user_id
    with pytest.raises(ValidationError, match="fullført"):
        answer_question(world.ctx(), sheet_id, "parent_situation", "Endret")
    with pytest.raises(ValidationError, match="fullført"):
        update_sheet(world.ctx(), sheet_id, quick_notes="Endret")
    with pytest.raises(ValidationError, match="fullført"):
        complete_sheet(world.ctx(), sheet_id)


def test_next_conversation_starts_from_the_previous_answers(world: World, case_id: int) -> None:
    child = new_child(world, case_id)
    answer_gate(world.ctx(), case_id, GateAnswer.JA)
    first = _sheet(world, case_id)
    answer_question(world.ctx(), first, "child_knows", "nei", child_id=child)
    with pytest.raises(ValidationError, match="ikke er fullført"):
        _sheet(world, case_id)
    complete_sheet(world.ctx(), first)
    world.advance(30)
    second = start_sheet(world.ctx(), case_id, form_id="barnearket", form_version=2)
    answer_question(world.ctx(), second, "child_knows", "ja", child_id=child)
    sheets = view_case(world.ctx(), case_id).sheets
    assert [s.version for s in sheets] == [1, 2]
    assert sheets[0].answer("child_knows", child) == "nei"
    assert sheets[1].answer("child_knows", child) == "ja"
    assert sheets[1].based_on == first and sheets[1].held_on == date(2026, 4, 1)
    versions = dict(world.session.execute(
        select(SheetAnswerRow.sheet_id, SheetAnswerRow.form_version)).all())
    assert versions == {first: 1, second: 2}


def test_copied_answers_keep_the_form_version_they_were_given_under(world: World, case_id: int) -> None:
    answer_gate(world.ctx(), case_id, GateAnswer.NEI)
    first = _sheet(world, case_id)
    answer_question(world.ctx(), first, "parent_situation", "Uendret")
    complete_sheet(world.ctx(), first)
    second = start_sheet(world.ctx(), case_id, form_id="barnearket", form_version=2)
    row = world.session.scalars(select(SheetAnswerRow).where(SheetAnswerRow.sheet_id == second)).one()
    assert (row.form_version, row.value) == (1, '"Uendret"')
    complete_sheet(world.ctx(), second)
    start_sheet(world.ctx(), case_id, form_id="barnearket", form_version=2, from_previous=False)
    assert view_case(world.ctx(), case_id).sheets[2].answers == ()


def test_child_of_another_case_is_refused(world: World, case_id: int) -> None:
    other = new_child(world, new_case(world, "Per Hansen"))
    sheet_id = _sheet(world, case_id)
    with pytest.raises(ValidationError, match="hører ikke"):
        answer_question(world.ctx(), sheet_id, "child_knows", "ja", child_id=other)


def test_sheet_dates_cannot_lie_in_the_future(world: World, case_id: int) -> None:
    with pytest.raises(ValidationError, match="fram i tid"):
        _sheet(world, case_id, held_on=date(2026, 3, 3))
    sheet_id = _sheet(world, case_id)
    assert update_sheet(world.ctx(), sheet_id, held_on=date(2026, 2, 27), quick_notes="Notat") == [
        "held_on", "quick_notes"]


def test_completion_notes_required_answers_left_open(world: World, case_id: int) -> None:
    from barnearket.domain.forms import Sheet as SheetForm
    from barnearket.domain.forms import load_standard_library

    form = load_standard_library().get_as("barnearket", 1, SheetForm)
    child = new_child(world, case_id)
    answer_gate(world.ctx(), case_id, GateAnswer.JA, siblings=GateAnswer.NEI)
    sheet_id = _sheet(world, case_id)
    answer_question(world.ctx(), sheet_id, "child_knows", "ja", child_id=child)
    notes = complete_sheet(world.ctx(), sheet_id, form=form)
    refs = {n.ref for n in notes}
    assert f"information_need:{child}" in refs and "parent_situation" in refs
    assert not refs & {"has_children", "has_minor_siblings", "gate_asked_on", "gate_asked_by"}
    assert f"child_knows:{child}" not in refs
    assert view_case(world.ctx(), case_id).sheets[0].status is SheetStatus.COMPLETED


@pytest.mark.parametrize(("question", "value", "per_child"), [
    ("finnes_ikke", "x", False),            # not a question of this form version
    ("child_knows", "ja", False),           # a per-child question answered for the parent
    ("parent_situation", "tekst", True),    # a parent question answered for a child
    ("child_knows", "kanskje", True),       # not one of the options
    ("services_involved", ["helsestasjon", "hemmelig"], True),  # one id is not in the directory
])
def test_answers_that_do_not_fit_the_form_are_refused(world: World, case_id: int, question: str,
                                                      value: Any, per_child: bool) -> None:
    child = new_child(world, case_id)
    sheet_id = _sheet(world, case_id)
    ctx = replace(world.ctx(), forms=load_standard_library())
    with pytest.raises(ValidationError):
        answer_question(ctx, sheet_id, question, value, child_id=child if per_child else None)
    answer_question(ctx, sheet_id, "child_knows", "delvis", child_id=child)
    answer_question(ctx, sheet_id, "services_involved", ["helsestasjon", "skole"], child_id=child)
    answer_question(ctx, sheet_id, "parent_situation", "Sliten, men samarbeider")
