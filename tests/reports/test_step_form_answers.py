"""Issue 15: answers to step questions a municipality added are checked against its form, kept by
question id on the entry, corrected with a trail, printed (and left out where free text must be),
and carried through the exchange format."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.forms import FormLibrary
from barnearket.domain.model import ConsultationWith, JsonValue
from barnearket.reports.names import DocumentKind
from barnearket.services import corrections, steps
from barnearket.services.context import ServiceContext
from barnearket.services.documents import DocumentOptions, generate_document
from barnearket.services.exchange import export_cases
from barnearket.storage.mapping import load_concern
from tests.helpers import municipality as kommune
from tests.reports import pdfcheck
from tests.reports.built import Family
from tests.services.support import World, assert_audit_clean
from tests.services.test_exchange import empty_file, round_trip

SEEN, WHO = kommune.ADDED_QUESTION[0], kommune.ADDED_TEXT_QUESTION[0]


def ctx(world: World, forms: FormLibrary) -> ServiceContext:
    return replace(world.ctx(), forms=forms)


def _observe(world: World, forms: FormLibrary, family: Family, answers: dict[str, JsonValue]) -> int:
    return steps.add_observation(ctx(world, forms), family.concern_ids[0], "Sovnet i timen.",
                                 form_answers=answers)


def test_added_answers_are_checked_cleaned_and_kept_by_id(
        world: World, forms: FormLibrary, family: Family) -> None:
    entry = _observe(world, forms, family, {SEEN: "ja", WHO: "  Læreren\tÁnte  "})
    stored = next(o for o in load_concern(world.session, family.concern_ids[0]).observations if o.id == entry)
    assert stored.form_answers == {SEEN: "ja", WHO: "Læreren Ánte"}
    wrongs: list[dict[str, JsonValue]] = [{"made_up": "ja"}, {SEEN: "kanskje"}, {WHO: ["liste"]}]
    for wrong in wrongs:
        with pytest.raises(ValidationError):
            _observe(world, forms, family, wrong)
    with pytest.raises(ValidationError, match="ikke lastet"):
        steps.add_observation(world.ctx(), family.concern_ids[0], "Tekst", form_answers={SEEN: "ja"})
    assert_audit_clean(world.session, family.canaries)


def test_a_question_of_a_step_without_room_for_answers_is_refused(
        world: World, forms: FormLibrary, family: Family) -> None:
    with pytest.raises(ValidationError):
        steps.add_consultation(ctx(world, forms), family.concern_ids[0], with_whom=ConsultationWith.LEADER,
                               form_answers={SEEN: "ja"})


def test_a_correction_changes_the_added_answers_and_keeps_what_they_were(
        world: World, forms: FormLibrary, family: Family) -> None:
    entry = _observe(world, forms, family, {SEEN: "ja", WHO: "Læreren"})
    changed = corrections.correct_observation(ctx(world, forms), entry, "Sovnet i timen.", observed_on=None,
                                              form_answers={SEEN: "nei"}, reason="Feil person")
    assert changed == ["form_answers"]
    again = next(o for o in load_concern(world.session, family.concern_ids[0]).observations if o.id == entry)
    assert again.form_answers == {SEEN: "nei"}
    assert "svar på kommunens egne spørsmål: «seen_by_others: ja; who_else_saw: Læreren»" in again.text


def test_the_summary_prints_them_and_leaves_the_free_text_out_without_child_details(
        world: World, forms: FormLibrary, family: Family) -> None:
    _observe(world, forms, family, {SEEN: "ja", WHO: "Nattevakten"})
    full = pdfcheck.flat(generate_document(world.ctx(), family.case_id, DocumentKind.SUMMARY,
                                           forms=forms).data)
    assert f"{kommune.ADDED_QUESTION[1]}: Ja" in full
    assert f"{kommune.ADDED_TEXT_QUESTION[1]}: Nattevakten" in full
    parent_only = pdfcheck.flat(generate_document(world.ctx(), family.case_id, DocumentKind.SUMMARY,
                                                  DocumentOptions(with_children=False), forms=forms).data)
    assert "Nattevakten" not in parent_only
    assert f"{kommune.ADDED_TEXT_QUESTION[1]}: Utelatt" in parent_only


def test_the_exchange_format_carries_them(
        world: World, forms: FormLibrary, family: Family, tmp_path: Path) -> None:
    _observe(world, forms, family, {SEEN: "ja", WHO: "Nattevakten"})
    first = export_cases(world.ctx(world.admin))
    concern = first["cases"][0]["concerns"][0]
    assert {SEEN: "ja", WHO: "Nattevakten"} in [o["form_answers"] for o in concern["observations"]]
    target = empty_file(tmp_path / "mottak.barnearket")
    try:
        again = round_trip(first, target)
    finally:
        target.close()
    assert again["cases"] == first["cases"]
