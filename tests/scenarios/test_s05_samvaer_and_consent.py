"""S5: a parent known to NAV with drug problems and visitation only; cooperation needs consent."""

from __future__ import annotations

from datetime import date, timedelta

from barnearket.domain.model import (
    ChildDetails,
    ConsentForm,
    ConsentGiver,
    DecisionOutcome,
    GateAnswer,
    Parent,
    Residence,
    Scale,
)
from barnearket.services import actions, cases, children, concerns, consents, sheets, steps
from tests.services.support import World, assert_logged_in_order, reloaded, stored_audit

PARENT, CHILD, MOTHER = "Mindaugas Žukauskas", "Jūratė Žukauskienė", "Łucja Wiśniewska"


def test_visitation_parent_and_consent_for_cooperation(world: World) -> None:
    ctx = world.ctx()
    case_id = cases.create_case(ctx, unit_id=world.rus, parent=Parent(name=PARENT, language="litauisk"),
                                categories=["narkotika"])
    cases.answer_gate(ctx, case_id, GateAnswer.JA)
    child = children.add_child(ctx, case_id, ChildDetails(
        name=CHILD, birth_date=date(2018, 4, 30), residence=Residence.SAMVAER, daily_carer=MOTHER,
        other_parent=MOTHER, parental_responsibility=False))
    sheet = sheets.start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    sheets.answer_question(ctx, sheet, "parent_situation", "Ustabil bosituasjon, bor hos venner.")
    sheets.answer_question(ctx, sheet, "lives_where", "samvaer", child_id=child)
    sheets.complete_sheet(ctx, sheet)

    concern = concerns.open_concern(ctx, case_id, child, level=2, parent_level=3, categories=["narkotika"])
    concerns.set_level(ctx, concern, 3, scale=Scale.PARENT, note="Bekymringsfullt funksjonsnivå")
    steps.add_observation(ctx, concern, "Kom ruset til avtalt samvær.")
    first = steps.record_decision(ctx, concern, DecisionOutcome.COOPERATE, recipients=["nav", "helsestasjon"])
    assert [n.ref for n in first.notes] == ["helsestasjon", "nav"]

    nav = consents.record_consent(ctx, case_id, given_by=ConsentGiver.PARENT, purpose="Samarbeid om samvær",
                                  recipients=["nav"], form=ConsentForm.ORAL)
    assert [n.ref for n in consents.check_sharing(ctx, case_id, ["nav", "helsestasjon"], child_id=child)] == [
        "helsestasjon"]
    consents.record_consent(ctx, case_id, given_by=ConsentGiver.PARENT, purpose="Helsestasjonen",
                            recipients=["helsestasjon"], form=ConsentForm.WRITTEN, child_id=child)
    second = steps.record_decision(ctx, concern, DecisionOutcome.COOPERATE,
                                   recipients=["nav", "helsestasjon"])
    assert second.notes == ()

    action = actions.add_action(ctx, concern, "Samværsplan med støtte fra NAV", service_id="nav",
                                evaluate_on=world.today + timedelta(days=30))
    world.advance(30)
    consents.withdraw_consent(ctx, nav)
    assert [n.ref for n in consents.check_sharing(ctx, case_id, ["nav"], child_id=child)] == ["nav"]
    actions.add_evaluation(ctx, action, "Samværet går bedre med faste avtaler.")
    concerns.close_concern(ctx, concern, "Samværet fungerer; moren har daglig omsorg.")

    stored = reloaded(world, case_id)
    kept = stored.concerns[0]
    assert (kept.level, kept.parent_level) == (2, 3)
    assert [c.withdrawn_on for c in stored.consents] == [date(2026, 4, 1), None]
    assert kept.decision is not None and kept.decision.recipients == {"nav", "helsestasjon"}
    assert stored.children[0].details.residence is Residence.SAMVAER

    rows = stored_audit(world, [PARENT, CHILD, MOTHER, "Ustabil bosituasjon", "Kom ruset"])
    assert_logged_in_order(rows, [
        ("create", "concern", concern), ("create", "decision", first.id),  # the level was already 3: no row
        ("create", "consent", nav), ("create", "decision", second.id), ("update", "consent", nav),
        ("update", "concern", concern)])
