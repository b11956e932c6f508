"""Consents: recording, the child's own consent from 15, withdrawal and sharing checks."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import ConsentForm, ConsentGiver
from barnearket.services.cases import view_case
from barnearket.services.consents import check_sharing, record_consent, withdraw_consent
from tests.services.support import World, assert_audit_clean, audit_rows, new_case, new_child


def test_parent_consent_covers_its_recipients_until_withdrawn(world: World) -> None:
    case_id = new_case(world)
    consent = record_consent(world.ctx(), case_id, given_by=ConsentGiver.PARENT,
                             purpose="Samarbeid med skolen", recipients=["skole", "helsestasjon"],
                             form=ConsentForm.WRITTEN, expires_on=date(2026, 12, 31), note="Signert")
    assert check_sharing(world.ctx(), case_id, ["skole"]) == []
    assert [n.ref for n in check_sharing(world.ctx(), case_id, ["skole", "nav"])] == ["nav"]
    world.advance(5)
    withdraw_consent(world.ctx(), consent)
    assert [n.ref for n in check_sharing(world.ctx(), case_id, ["skole"])] == ["skole"]
    assert check_sharing(world.ctx(), case_id, ["skole"], on=date(2026, 3, 3)) == []
    stored = view_case(world.ctx(), case_id).consents[0]
    assert stored.withdrawn_on == date(2026, 3, 7)
    assert stored.recipients == frozenset({"skole", "helsestasjon"})
    with pytest.raises(ValidationError, match="allerede"):
        withdraw_consent(world.ctx(), consent)
    assert ("update", "consent", consent) in audit_rows(world.session, "consent")
    assert_audit_clean(world.session, ["Samarbeid med skolen", "Signert"])


def test_child_consents_for_itself_only_from_fifteen(world: World) -> None:
    case_id = new_case(world)
    older = new_child(world, case_id, "Áilu", date(2011, 3, 2))
    younger = new_child(world, case_id, "Sunná", date(2011, 3, 3))
    with pytest.raises(ValidationError, match="15 år"):
        record_consent(world.ctx(), case_id, given_by=ConsentGiver.CHILD, child_id=younger,
                       purpose="Helsesykepleier", recipients=["skolehelsetjenesten"], form=ConsentForm.ORAL)
    record_consent(world.ctx(), case_id, given_by=ConsentGiver.CHILD, child_id=older,
                   purpose="Helsesykepleier", recipients=["skolehelsetjenesten"], form=ConsentForm.ORAL)
    assert check_sharing(world.ctx(), case_id, ["skolehelsetjenesten"], child_id=older) == []
    assert check_sharing(world.ctx(), case_id, ["skolehelsetjenesten"], child_id=younger)


def test_consent_must_belong_to_the_case(world: World) -> None:
    case_id = new_case(world)
    stranger = new_child(world, new_case(world, "Per Hansen"))
    with pytest.raises(ValidationError, match="hører ikke"):
        record_consent(world.ctx(), case_id, given_by=ConsentGiver.PARENT, child_id=stranger,
                       purpose="Samarbeid", recipients=["skole"], form=ConsentForm.WRITTEN)
    with pytest.raises(ValidationError, match="mottaker"):
        record_consent(world.ctx(), case_id, given_by=ConsentGiver.PARENT, purpose="Samarbeid",
                       recipients=[], form=ConsentForm.WRITTEN)
