"""S18: drinking in pregnancy and again soon after birth; cooperation backed by a consent that expires."""

from __future__ import annotations

from datetime import date, timedelta

from barnearket.domain.model import (
    ChildDetails,
    ConsentForm,
    ConsentGiver,
    DecisionOutcome,
    GateAnswer,
    Parent,
)
from barnearket.services import actions, cases, children, concerns, consents, steps
from tests.services.support import World, assert_logged_in_order, reloaded, stored_audit

MOTHER, BABY = "Frøydis Kvåle", "Eldrid Kvåle"


def test_drinking_after_birth(world: World) -> None:
    ctx = world.ctx()
    case_id = cases.create_case(ctx, unit_id=world.rus, parent=Parent(name=MOTHER),
                                categories=["alkohol", "rus_svangerskap"])
    cases.answer_gate(ctx, case_id, GateAnswer.JA)
    child = children.add_child(ctx, case_id, ChildDetails(name="", unborn=True, due_date=date(2026, 4, 15)))
    concern = concerns.open_concern(ctx, case_id, child, level=2, categories=["rus_svangerskap"])
    consent = consents.record_consent(
        ctx, case_id, given_by=ConsentGiver.PARENT, purpose="Ansvarsgruppe før og etter fødselen",
        recipients=["helsestasjon", "fastlege"], form=ConsentForm.WRITTEN, expires_on=date(2026, 6, 30))
    decision = steps.record_decision(ctx, concern, DecisionOutcome.COOPERATE,
                                     recipients=["helsestasjon", "fastlege"], anchored_with="Teamleder")
    assert decision.notes == ()
    group = actions.add_action(ctx, concern, "Ansvarsgruppe med jordmor, fastlege og helsestasjon",
                               evaluate_on=date(2026, 5, 1))

    world.advance(40)
    children.update_child(ctx, child, ChildDetails(name=BABY, birth_date=date(2026, 4, 8)))
    steps.add_observation(ctx, concern, "Moren drikker igjen to uker etter fødselen.")
    concerns.set_level(ctx, concern, 3, note="Drikker igjen etter fødselen")
    actions.add_evaluation(ctx, group, "Helsestasjonen følger tett.", next_evaluate_on=date(2026, 7, 1))

    world.advance(date(2026, 7, 1).toordinal() - world.today.toordinal())
    expired = consents.check_sharing(ctx, case_id, ["helsestasjon"], child_id=child)
    assert [n.ref for n in expired] == ["helsestasjon"]
    renewed = consents.record_consent(ctx, case_id, given_by=ConsentGiver.PARENT, purpose="Videre oppfølging",
                                      recipients=["helsestasjon"], form=ConsentForm.WRITTEN,
                                      expires_on=world.today + timedelta(days=365))
    assert consents.check_sharing(ctx, case_id, ["helsestasjon"], child_id=child) == []
    actions.add_evaluation(ctx, group, "Moren er rusfri og babyen trives.")
    concerns.close_concern(ctx, concern, "Stabilt; helsestasjonen følger videre.")

    stored = reloaded(world, case_id)
    baby = stored.children[0]
    assert (baby.unborn, baby.name, baby.birth_date) == (False, BABY, date(2026, 4, 8))
    assert [c.id for c in stored.consents] == [consent, renewed]
    assert [lv.level for lv in stored.concerns[0].levels] == [2, 3]

    rows = stored_audit(world, [MOTHER, BABY, "drikker igjen", "Ansvarsgruppe", "jordmor"])
    assert_logged_in_order(rows, [("create", "child", child), ("create", "consent", consent),
                                  ("update", "child", child), ("create", "consent", renewed),
                                  ("update", "concern", concern)])
