"""Issue 15: step questions the form defines are stored and printed, never dropped; a conversation
with the parents can be recorded as not held, with the reason, and is printed as such."""

from __future__ import annotations

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.reports.names import DocumentKind
from barnearket.services import corrections, steps
from barnearket.services.documents import DocumentOptions, generate_document
from barnearket.storage.mapping import load_concern
from barnearket.ui.concern import adapters
from tests.reports import pdfcheck
from tests.reports.built import Family
from tests.services.support import World, assert_audit_clean

REASON = "Mistanke om vold fra Čeavrris; barnevernet rådet oss til å vente."


def test_the_form_answers_of_an_observation_are_stored(world: World, family: Family) -> None:
    concern_id = family.concern_ids[0]
    answers = {"observed_on": "2026-02-27", "observation": "Kom uten yttertøy.",
               "worried_since": "siden høstferien", "earlier_concerns": "uavklart"}
    entry = adapters.observation(world.ctx(), concern_id, answers)
    stored = next(o for o in load_concern(world.session, concern_id).observations if o.id == entry)
    assert (stored.worried_since, stored.earlier_concerns) == ("siden høstferien", "uavklart")
    with pytest.raises(ValidationError):
        steps.add_observation(world.ctx(), concern_id, "Tekst", earlier_concerns="kanskje")


def test_a_conversation_not_held_is_stored_with_its_reason_only(world: World, family: Family) -> None:
    concern_id = family.concern_ids[0]
    answers = {"held": "nei", "not_held_reason": REASON, "participants": "skal ikke lagres"}
    entry = adapters.conversation(world.ctx(), concern_id, answers)
    talk = next(t for t in load_concern(world.session, concern_id).conversations if t.id == entry)
    assert (talk.held, talk.not_held_reason, talk.participants) == (False, REASON, "")
    with pytest.raises(ValidationError, match="ikke er holdt"):
        adapters.conversation(world.ctx(), concern_id, {"held": "nei"})
    assert_audit_clean(world.session, family.canaries)


def test_a_conversation_corrected_to_not_held_keeps_its_reason(world: World, family: Family) -> None:
    concern_id = family.concern_ids[0]
    first = load_concern(world.session, concern_id).conversations[0]
    assert first.held
    changed = corrections.correct_parent_conversation(
        world.ctx(), first.id, held_on=None, participants="", shared="", response="", agreed="",
        held=False, not_held_reason=REASON)
    assert {"held", "not_held_reason"} <= set(changed)
    again = load_concern(world.session, concern_id).conversations[0]
    assert (again.held, again.not_held_reason, again.held_on) == (False, REASON, first.held_on)


def test_the_summary_and_the_report_print_the_new_answers(world: World, family: Family) -> None:
    concern_id = family.concern_ids[0]
    steps.add_observation(world.ctx(), concern_id, "Sovnet i timen.", worried_since="i tre måneder",
                          earlier_concerns="ja")
    steps.record_parent_conversation(world.ctx(), concern_id, held=False, not_held_reason=REASON)
    summary = pdfcheck.flat(generate_document(world.ctx(), family.case_id, DocumentKind.SUMMARY).data)
    for words in ("Bekymret siden: i tre måneder", "Bekymring før: Ja",
                  "Samtale med foreldrene ikke holdt", "Hvorfor ikke", "rådet oss til å vente"):
        assert words in summary, words
    report = pdfcheck.flat(generate_document(world.ctx(), family.case_id, DocumentKind.REPORT,
                                             DocumentOptions(child_ids=family.child_ids[:1])).data)
    assert "Samtalen med foreldrene er ikke holdt" in report
