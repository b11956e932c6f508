"""Corrections of step entries and actions keep what the entry said before, and log field names only."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import ActionStatus, ConsultationWith, DecisionOutcome
from barnearket.services import actions, corrections, steps
from barnearket.storage.mapping import load_concern
from tests.services.support import World, assert_audit_clean, audit_rows


def test_a_corrected_observation_keeps_its_earlier_wording(world: World, heaika_concern: int) -> None:
    entry = steps.add_observation(world.ctx(), heaika_concern, "Kom uten yttertøy",
                                  observed_on=date(2026, 2, 26))
    changed = corrections.correct_observation(world.ctx(), entry, "Kom uten lue og votter",
                                              observed_on=date(2026, 2, 27))
    assert changed == ["observed_on", "text"]
    observation = load_concern(world.session, heaika_concern).observations[0]
    assert observation.observed_on == date(2026, 2, 27)
    assert observation.text.startswith("Kom uten lue og votter\n\n[Rettet ")
    assert "dato: «26.02.2026»" in observation.text and "tekst: «Kom uten yttertøy»" in observation.text
    assert ("update", "observation", entry) in audit_rows(world.session)
    assert_audit_clean(world.session, ["Kom uten yttertøy", "votter"])
    assert corrections.correct_observation(world.ctx(), entry, observation.text,
                                           observed_on=date(2026, 2, 27)) == []


def test_an_anonymous_consultation_stays_anonymous_when_corrected(world: World, heaika_concern: int) -> None:
    entry = steps.add_consultation(world.ctx(), heaika_concern, with_whom=ConsultationWith.BARNEVERN,
                                   counterpart="Per Hansen", summary="Råd om samtale")
    with pytest.raises(ValidationError):
        corrections.correct_consultation(world.ctx(), entry, with_whom=ConsultationWith.BARNEVERN,
                                         held_on=None, anonymous=True, counterpart="",
                                         summary="Heaika sover dårlig")
    corrections.correct_consultation(world.ctx(), entry, with_whom=ConsultationWith.BARNEVERN, held_on=None,
                                     anonymous=True, counterpart="", summary="Råd om samtale med mor")
    summary = load_concern(world.session, heaika_concern).consultations[0].summary
    assert "Per Hansen" not in summary and "hvem" in summary


def test_decision_and_action_corrections(world: World, heaika_concern: int) -> None:
    decision = steps.record_decision(world.ctx(), heaika_concern, DecisionOutcome.OWN_UNIT,
                                     note="Følges opp").id
    corrections.correct_decision(world.ctx(), decision, DecisionOutcome.OWN_UNIT, decided_on=None,
                                 anchored_with="Leder Åse", note="Følges opp her", recipients=["skole"])
    stored = load_concern(world.session, heaika_concern).decisions[0]
    assert stored.anchored_with == "Leder Åse" and stored.recipients == frozenset({"skole"})
    assert "Før rettingen" in stored.note
    action = actions.add_action(world.ctx(), heaika_concern, "Samtale med mor")
    corrections.update_action(world.ctx(), action, "Samtale med mor", responsible="Teamleder",
                              deadline=date(2026, 4, 1), evaluate_on=None, status=ActionStatus.DONE)
    plan = load_concern(world.session, heaika_concern).actions[0]
    assert plan.status is ActionStatus.DONE and plan.responsible == "Teamleder"
    assert plan.measure == "Samtale med mor"


def test_a_corrected_evaluation_keeps_what_it_said(world: World, heaika_concern: int) -> None:
    action = actions.add_action(world.ctx(), heaika_concern, "Samtale med mor")
    evaluation = actions.add_evaluation(world.ctx(), action, "Litt bedre")
    assert corrections.correct_evaluation(world.ctx(), evaluation, "Mye bedre", evaluated_on=None) == ["text"]
    stored = load_concern(world.session, heaika_concern).actions[0].evaluations[0]
    assert stored.text.startswith("Mye bedre\n\n[Rettet") and "«Litt bedre»" in stored.text
    assert ("update", "evaluation", evaluation) in audit_rows(world.session)


def test_no_added_questions_before_or_after_is_no_change(world: World, heaika_concern: int) -> None:
    concern_id = heaika_concern
    """A step form without the municipality's own questions sends {} for them: nothing changed there,
    so the correction note does not name them (it used to say «svar på kommunens egne spørsmål: «»»)."""
    entry = steps.add_observation(world.ctx(), concern_id, "Kom uten yttertøy", observed_on=date(2026, 2, 26))
    changed = corrections.correct_observation(world.ctx(), entry, "Kom uten lue",
                                              observed_on=date(2026, 2, 26), form_answers={})
    assert changed == ["text"]
    assert "kommunens egne" not in load_concern(world.session, concern_id).observations[0].text
