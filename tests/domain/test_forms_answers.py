"""Visibility, missing required answers and finished steps, on the shipped forms."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from barnearket.domain.forms import (
    FormLibrary,
    OneOf,
    Question,
    QuestionType,
    Sheet,
    StepGuide,
    is_answered,
    load_standard_library,
    missing_required,
    sheet_missing,
    step_done,
    step_missing,
    visible,
)
from barnearket.domain.forms.standard import YES_NO

LIBRARY = load_standard_library()
SHEET = LIBRARY.latest_as("barnearket", Sheet)
STEPS = LIBRARY.latest_as("bekymring", StepGuide)
SHARED = [q for s in SHEET.sections if not s.per_child for q in s.questions]
PER_CHILD = [q for s in SHEET.sections if s.per_child for q in s.questions]


def valid_answer(question: Question, library: FormLibrary = LIBRARY) -> st.SearchStrategy[object]:
    """A value the user could have entered for this question."""
    options = [o.id for o in library.options_for(question)]
    if question.type.is_list:
        return st.lists(st.sampled_from(options), min_size=1, max_size=3, unique=True)
    if options:
        return st.sampled_from(options)
    if question.type is QuestionType.DATE:
        return st.dates(date(2020, 1, 1), date(2030, 12, 31))
    if question.type is QuestionType.NUMBER:
        return st.integers(0, 100)
    return st.text(min_size=1, max_size=20).filter(str.strip)


def some_answers(questions: list[Question]) -> st.SearchStrategy[dict[str, object]]:
    """Any subset of the questions answered, with blanks mixed in."""
    parts = {q.id: st.one_of(st.none(), st.just(""), valid_answer(q)) for q in questions}
    return st.fixed_dictionaries({}, optional=parts)


def all_answers(questions: list[Question]) -> st.SearchStrategy[dict[str, object]]:
    return st.fixed_dictionaries({q.id: valid_answer(q) for q in questions})


@settings(max_examples=200)
@given(some_answers(SHARED), st.lists(some_answers(PER_CHILD), max_size=3))
def test_every_missing_answer_is_required_visible_and_empty(
    shared: dict[str, object], children: list[dict[str, object]]
) -> None:
    for missing in sheet_missing(SHEET, shared, children):
        section = next(s for s in SHEET.sections if s.id == missing.section_id)
        given_answers = shared if missing.child is None else children[missing.child]
        context = None if missing.child is None else shared
        assert missing.question.required
        assert missing.question in visible(section.questions, given_answers, context).questions
        assert not is_answered(given_answers.get(missing.question.id))
        assert (missing.child is not None) is section.per_child


@settings(max_examples=100)
@given(all_answers(SHARED), st.lists(all_answers(PER_CHILD), max_size=3))
def test_nothing_is_missing_when_every_question_is_answered(
    shared: dict[str, object], children: list[dict[str, object]]
) -> None:
    assert sheet_missing(SHEET, shared, children) == ()


@given(some_answers(SHARED))
def test_visible_answers_only_hold_visible_questions(shared: dict[str, object]) -> None:
    seen = visible(SHARED, shared)
    assert set(seen.answers) <= {q.id for q in seen.questions}
    assert set(seen.answers) <= set(shared)


def test_user_without_children_only_needs_the_gate_and_the_summary() -> None:
    answers = {"has_children": "nei", "has_minor_siblings": "nei", "gate_asked_on": date(2025, 1, 6)}
    missing = sheet_missing(SHEET, answers, [{}])
    assert [(m.question.id, m.child) for m in missing] == [("gate_asked_by", None), ("talked_about", None)]


def test_each_child_is_checked_on_its_own() -> None:
    shared = {"has_children": "ja"}
    first = {q.id: "x" for q in PER_CHILD} | {"child_knows": "nei", "lives_where": "elsewhere"}
    second = {"child_knows": "ja"}
    missing = sheet_missing(SHEET, shared, [first, second])
    assert not [m for m in missing if m.child == 0]
    assert ("who_told_child", 1) in {(m.question.id, m.child) for m in missing}


def test_answer_to_a_hidden_question_does_not_reveal_later_ones() -> None:
    def q(question_id: str, when: OneOf | None = None) -> Question:
        yes_no = QuestionType.YES_NO
        return Question(
            id=question_id, type=yes_no, label="L", help="H", required=True, options=YES_NO, when=when
        )

    chain = [q("a"), q("b", OneOf("a", ("ja",))), q("c", OneOf("b", ("ja",)))]
    answers = {"a": "nei", "b": "ja"}
    assert [x.id for x in visible(chain, answers).questions] == ["a"]
    assert missing_required(chain, answers) == ()
    assert [x.id for x in missing_required(chain, {"a": "ja"})] == ["b"]


@pytest.mark.parametrize(
    ("entry", "done"),
    [
        ({}, False),
        ({"held": "ja", "conversation_on": date(2025, 2, 3)}, False),
        ({"held": "ja", "response": "Forelderen ble lei seg, men var enig."}, True),
        ({"held": "nei", "not_held_reason": "Mistanke om vold; rådet av barnevernet å vente."}, True),
        ({"held": "nei", "response": "Skrevet før svaret ble endret."}, False),
    ],
)
def test_conversation_step_is_done_when_held_with_response_or_skipped_with_reason(
    entry: dict[str, object], done: bool
) -> None:
    assert step_done(STEPS.step("conversation"), [entry]) is done


def test_repeating_step_is_done_when_any_entry_is() -> None:
    step = STEPS.step("concretise")
    empty: dict[str, object] = {}
    full = {"observed_on": date(2025, 3, 1), "observation": "Barnet kom uten matpakke tre dager på rad."}
    assert not step_done(step, [])
    assert not step_done(step, [empty])
    assert step_done(step, [empty, full])


def test_single_step_uses_its_one_entry() -> None:
    step = STEPS.step("decision")
    entry = {"decided_on": date(2025, 3, 10), "outcome": "cooperate", "anchored_with": "Leder"}
    assert step_done(step, [entry])
    assert [q.id for q in step_missing(step, entry)] == ["decision_note", "recipients"]
    assert [q.id for q in step_missing(step, entry | {"outcome": "report"})] == ["decision_note"]


def test_an_unborn_child_is_asked_only_what_applies_before_birth() -> None:
    from barnearket.domain.forms import Sheet as SheetForm
    from barnearket.domain.forms import for_unborn, load_standard_library, sheet_missing

    form = load_standard_library().latest_as("barnearket", SheetForm)
    section = next(s for s in form.sections if s.per_child)
    kept = {q.id for q in for_unborn(section).questions}
    assert "lives_where" not in kept and "child_knows" not in kept and "followup_need" in kept
    shared = {"has_children": "ja"}
    born = {m.question.id for m in sheet_missing(form, shared, [{}], [False]) if m.child == 0}
    unborn = {m.question.id for m in sheet_missing(form, shared, [{}], [True]) if m.child == 0}
    assert "lives_where" in born and "lives_where" not in unborn and unborn < born
