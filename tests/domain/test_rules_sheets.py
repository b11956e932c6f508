"""Required questions left open in a sheet are reported as notes against the shipped form."""

from __future__ import annotations

from datetime import date

from barnearket.domain import model as m
from barnearket.domain.forms import Sheet as SheetForm
from barnearket.domain.forms import load_standard_library
from barnearket.domain.rules.notes import Severity
from barnearket.domain.rules.sheets import sheet_notes


def _sheet(*answers: m.Answer) -> m.Sheet:
    return m.Sheet(1, 1, 1, "barnearket", 1, date(2026, 3, 2), m.SheetStatus.DRAFT, answers=answers)


def test_missing_required_answers_become_notes_per_child() -> None:
    form = load_standard_library().get_as("barnearket", 1, SheetForm)
    sheet = _sheet(m.Answer("child_knows", 5, "ja"))
    notes = sheet_notes(form, sheet, [5, 6], {"has_children": "ja", "has_minor_siblings": "nei"})
    refs = {n.ref for n in notes}
    assert {"information_need:5", "information_need:6", "child_knows:6"} <= refs
    assert "child_knows:5" not in refs and "has_children" not in refs
    assert all(n.severity is Severity.INFO and n.message.startswith("Ikke besvart") for n in notes)


def test_without_the_gate_answer_the_gate_question_is_missing() -> None:
    form = load_standard_library().get_as("barnearket", 1, SheetForm)
    assert "has_children" in {n.ref for n in sheet_notes(form, _sheet(), [])}
