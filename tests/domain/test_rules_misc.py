"""Smaller rules: anonymous consultations, scale levels, children's details, rule settings."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain import model as m
from barnearket.domain.collation import search_key
from barnearket.domain.errors import ValidationError
from barnearket.domain.rules.anonymity import identifying_content, require_anonymous
from barnearket.domain.rules.children import check_child
from barnearket.domain.rules.levels import check_level, scale_size
from barnearket.domain.rules.settings import RuleSettings

NAMES = ["Máret Ødegård", "Niillas Ødegård-Čeavrris", "Bo Li"]
TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "found"), [
    ("Drøftet en jente på ti år med vakthavende.", []),
    ("MÁRET har vondt i magen.", ["name"]),
    ("Snakket om niillas og moren.", ["name"]),
    ("Gutten heter Čeavrris til etternavn.", ["name"]),
    ("Vi bo i by, sa li.", []),
    ("Fødselsnummer 170510 12345.", ["number"]),
    ("Ring 900 12 345.", ["number"]),
    ("Saken 2026-0042 ble drøftet.", ["number"]),
    ("Møtet var 12.03.2026 klokka 10.", []),
])
def test_identifying_content(text: str, found: list[str]) -> None:
    assert identifying_content(text, NAMES, search_key) == found


def test_require_anonymous_names_the_problem_without_the_data() -> None:
    with pytest.raises(ValidationError) as caught:
        require_anonymous(["Ok", "Máret gråter ofte"], NAMES, search_key)
    assert "Máret" not in caught.value.message
    require_anonymous(["En jente gråter ofte"], NAMES, search_key)


def test_levels_lie_on_the_configured_scale() -> None:
    check_level(4, m.Scale.CHILD)
    for bad in (0, 5):
        with pytest.raises(ValidationError):
            check_level(bad, m.Scale.CHILD)
    six = RuleSettings(parent_scale_levels=6)
    assert scale_size(m.Scale.PARENT, six) == 6
    check_level(6, m.Scale.PARENT, six)


@pytest.mark.parametrize(("details", "field"), [
    (m.ChildDetails(name=" "), "name"),
    (m.ChildDetails(name="Biret", birth_date=date(2026, 3, 3)), "birth_date"),
    (m.ChildDetails(name="Biret", due_date=date(2026, 6, 1)), "due_date"),
    (m.ChildDetails(name="", unborn=True), "due_date"),
    (m.ChildDetails(name="", unborn=True, due_date=date(2026, 6, 1), birth_date=date(2026, 1, 1)),
     "birth_date"),
])
def test_child_details_refused(details: m.ChildDetails, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_child(details, TODAY)
    assert caught.value.field == field


def test_child_details_accepted() -> None:
    check_child(m.ChildDetails(name="Biret", birth_date=TODAY), TODAY)
    check_child(m.ChildDetails(name="", unborn=True, due_date=date(2026, 8, 1)), TODAY)


def test_default_rules_match_the_national_guidance() -> None:
    rules = RuleSettings()
    deadlines = (rules.decision_days, rules.assessment_days, rules.feedback_days, rules.chase_days)
    assert deadlines == (14, 7, 21, 21)
    assert (rules.own_consent_age, rules.adult_age) == (15, 18)


def test_rule_settings_take_the_deadline_form_values() -> None:
    from barnearket.domain.forms import RuleSet, load_standard_library

    form = load_standard_library().latest_as("frister", RuleSet)
    rules = RuleSettings().with_values({r.id: r.value for r in form.rules} | {"unknown": 3})
    assert rules == RuleSettings()
    assert RuleSettings().with_values({"decision_days": 10}).decision_days == 10
