"""The `when` condition language: parsing, evaluation and its algebra."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from barnearket.domain.forms import (
    AllOf,
    Answered,
    AnyOf,
    Condition,
    NoneOf,
    Not,
    OneOf,
    Question,
    QuestionType,
    evaluate,
    is_answered,
)
from barnearket.domain.forms.errors import SchemaError
from barnearket.domain.forms.parse_conditions import parse_condition
from barnearket.domain.forms.scope import Scope
from barnearket.domain.forms.standard import YES_NO_UNCLEAR

IDS = ("q0", "q1", "q2", "q3")
VALUES = ("ja", "nei", "uavklart")

answer_values = st.one_of(
    st.none(),
    st.just(""),
    st.just("   "),
    st.sampled_from(VALUES),
    st.lists(st.sampled_from(VALUES), max_size=3),
    st.integers(),
)
answers = st.dictionaries(st.sampled_from(IDS), answer_values)
value_sets = st.lists(st.sampled_from(VALUES), min_size=1, max_size=3, unique=True).map(tuple)
leaves = st.one_of(
    st.builds(Answered, st.sampled_from(IDS), st.booleans()),
    st.builds(OneOf, st.sampled_from(IDS), value_sets),
    st.builds(NoneOf, st.sampled_from(IDS), value_sets),
)
conditions = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.builds(AllOf, st.lists(inner, min_size=1, max_size=3).map(tuple)),
        st.builds(AnyOf, st.lists(inner, min_size=1, max_size=3).map(tuple)),
        st.builds(Not, inner),
    ),
    max_leaves=8,
)


def scope() -> Scope:
    result = Scope(IDS)
    for question_id in IDS:
        qtype = QuestionType.YES_NO_UNCLEAR
        result.add(Question(id=question_id, type=qtype, label="L", help="H", options=YES_NO_UNCLEAR))
    return result


def to_toml(condition: Condition) -> object:
    """What a municipality would write in the file for this condition."""
    match condition:
        case Answered(question, expected):
            return {"question": question, "answered": expected}
        case OneOf(question, values):
            return {"question": question, "in": list(values)}
        case NoneOf(question, values):
            return {"question": question, "not_in": list(values)}
        case AllOf(parts):
            return {"all": [to_toml(p) for p in parts]}
        case AnyOf(parts):
            return {"any": [to_toml(p) for p in parts]}
        case Not(part):
            return {"not": to_toml(part)}
    raise AssertionError(condition)


@given(conditions)
def test_parsing_what_was_written_gives_the_same_condition(condition: Condition) -> None:
    assert parse_condition(to_toml(condition), ("when",), scope()) == condition


@given(conditions, answers)
def test_not_negates(condition: Condition, given_answers: dict[str, object]) -> None:
    assert evaluate(Not(condition), given_answers) is (not evaluate(condition, given_answers))


@given(st.lists(conditions, min_size=1, max_size=4), answers)
def test_all_and_any_agree_with_python(parts: list[Condition], given_answers: dict[str, object]) -> None:
    results = [evaluate(p, given_answers) for p in parts]
    assert evaluate(AllOf(tuple(parts)), given_answers) is all(results)
    assert evaluate(AnyOf(tuple(parts)), given_answers) is any(results)


@given(st.sampled_from(IDS), answers)
def test_answered_true_and_false_are_opposites(question: str, given_answers: dict[str, object]) -> None:
    answered, unanswered = Answered(question, True), Answered(question, False)
    assert evaluate(answered, given_answers) is not evaluate(unanswered, given_answers)
    assert evaluate(Answered(question), given_answers) is is_answered(given_answers.get(question))


@given(st.sampled_from(IDS), value_sets, answers)
def test_single_answers_are_either_in_or_not_in(
    question: str, values: tuple[str, ...], given_answers: dict[str, object]
) -> None:
    one_of = evaluate(OneOf(question, values), given_answers)
    none_of = evaluate(NoneOf(question, values), given_answers)
    value = given_answers.get(question)
    if isinstance(value, str) and value in VALUES:
        assert one_of is not none_of
    if not is_answered(value):
        assert not one_of
        assert not none_of


def test_no_condition_is_always_true() -> None:
    assert evaluate(None, {})


def test_in_on_a_list_answer_means_any_chosen_option() -> None:
    chosen = {"services": ["skole", "barnevern"]}
    assert evaluate(OneOf("services", ("barnevern",)), chosen)
    assert not evaluate(OneOf("services", ("bup",)), chosen)
    assert not evaluate(NoneOf("services", ("barnevern",)), chosen)
    assert evaluate(NoneOf("services", ("bup",)), chosen)


@pytest.mark.parametrize(
    ("value", "answered"),
    [
        (None, False),
        ("", False),
        (" \n", False),
        ([], False),
        ((), False),
        ("nei", True),
        (0, True),
        (["ja"], True),
        (date(2025, 1, 1), True),
    ],
)
def test_what_counts_as_an_answer(value: object, answered: bool) -> None:
    assert is_answered(value) is answered


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"question": "q0"}, "nøyaktig én av"),
        ({"question": "q0", "equals": "ja", "in": ["nei"]}, "nøyaktig én av"),
        ({"question": "q0", "is": "ja"}, "ukjent nøkkel 'is'"),
        ({"all": []}, "minst én betingelse"),
        ({"any": "q0"}, "minst én betingelse"),
        ({"all": [{"question": "q0", "answered": True}], "any": []}, "ukjent nøkkel 'any'"),
        ({"question": "q0", "in": []}, "minst ett svar-id"),
        ({"question": "q0", "in": [1]}, "bare inneholde tekst"),
        ({"question": "q0", "answered": "ja"}, "true eller false"),
        ("q0 == ja", "en betingelse"),
        ({"question": "q9", "equals": "ja"}, "finnes ikke"),
    ],
)
def test_malformed_conditions_are_refused(raw: object, message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        parse_condition(raw, ("when",), scope())


def test_deep_nesting_is_refused() -> None:
    raw: object = {"question": "q0", "answered": True}
    for _ in range(10):
        raw = {"not": raw}
    with pytest.raises(SchemaError, match="nøstet for dypt"):
        parse_condition(raw, ("when",), scope())
