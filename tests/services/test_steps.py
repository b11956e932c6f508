"""Step entries: the observation log, consultations (anonymous ones identify nobody), decisions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import (
    ConsentForm,
    ConsentGiver,
    ConsultationWith,
    DecisionOutcome,
)
from barnearket.domain.rules.notes import Severity
from barnearket.services import steps
from barnearket.services.consents import record_consent
from barnearket.storage.mapping import load_concern
from barnearket.storage.orm.steps import ConsultationRow
from tests.services.support import World, assert_audit_clean, audit_rows


def test_observation_log(world: World, step_concern: int) -> None:
    first = steps.add_observation(world.ctx(), step_concern, "Kom uten yttertøy",
                                  observed_on=date(2026, 2, 27))
    second = steps.add_observation(world.ctx(), step_concern, "Sovnet i timen")
    log = load_concern(world.session, step_concern).observations
    assert [(o.id, o.observed_on, o.text) for o in log] == [
        (first, date(2026, 2, 27), "Kom uten yttertøy"), (second, date(2026, 3, 2), "Sovnet i timen")]
    with pytest.raises(ValidationError, match="observert"):
        steps.add_observation(world.ctx(), step_concern, " \n ")
    assert ("create", "observation", first) in audit_rows(world.session)
    assert_audit_clean(world.session, ["Kom uten yttertøy", "Sovnet i timen", "Heaika Ŧoavdda"])


@pytest.mark.parametrize("summary", [
    "Heaika sover dårlig", "Moren ŦOAVDDA drikker", "Faren Mindaugas er lite hjemme",
    "Fødselsnummer 090115 12345", "Gjelder sak 2026-0001",
])
def test_anonymous_consultation_refuses_anything_identifying(
    world: World, step_concern: int, summary: str
) -> None:
    with pytest.raises(ValidationError, match="anonym"):
        steps.add_consultation(world.ctx(), step_concern, with_whom=ConsultationWith.BARNEVERN,
                               anonymous=True, summary=summary)
    assert world.session.scalars(select(ConsultationRow)).all() == []


def test_anonymous_consultation_is_stored_when_clean(world: World, step_concern: int) -> None:
    text = "Drøftet en gutt på elleve år. Barnevernet råder til en samtale med foreldrene."
    entry = steps.add_consultation(world.ctx(), step_concern, with_whom=ConsultationWith.BARNEVERN,
                                   anonymous=True, counterpart="Vakthavende", summary=text)
    stored = load_concern(world.session, step_concern).consultations[0]
    assert (stored.id, stored.anonymous, stored.summary) == (entry, True, text)
    named = steps.add_consultation(world.ctx(), step_concern, with_whom=ConsultationWith.LEADER,
                                   summary="Heaika virker sliten")
    assert named


def test_parent_conversation(world: World, step_concern: int) -> None:
    steps.record_parent_conversation(world.ctx(), step_concern, participants="Mor, Kari og Ánte",
                                     shared="Det vi har sett", response="Ble lei seg", agreed="Nytt møte")
    talk = load_concern(world.session, step_concern).conversations[0]
    assert (talk.participants, talk.response, talk.agreed) == (
        "Mor, Kari og Ánte", "Ble lei seg", "Nytt møte")


def test_cooperation_decision_warns_per_recipient_without_consent(world: World, step_concern: int) -> None:
    case_id = load_concern(world.session, step_concern).case_id
    result = steps.record_decision(world.ctx(), step_concern, DecisionOutcome.COOPERATE,
                                   anchored_with="Leder Sunná", recipients=["helsestasjon", "ppt"])
    assert [(n.ref, n.severity) for n in result.notes] == [
        ("helsestasjon", Severity.WARNING), ("ppt", Severity.WARNING)]
    record_consent(world.ctx(), case_id, given_by=ConsentGiver.PARENT, purpose="Samarbeid om barnet",
                   recipients=["ppt"], form=ConsentForm.WRITTEN)
    again = steps.record_decision(world.ctx(), step_concern, DecisionOutcome.COOPERATE, recipients=["ppt"])
    assert again.notes == ()
    decision = load_concern(world.session, step_concern).decision
    assert decision is not None and decision.id == again.id and decision.recipients == {"ppt"}


def test_report_decision_never_warns(world: World, step_concern: int) -> None:
    result = steps.record_decision(world.ctx(), step_concern, DecisionOutcome.REPORT,
                                   recipients=["barnevern"])
    assert result.notes == ()

