"""S10: a young man in substance treatment with minor brothers; siblings' own consent from 15."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import (
    ChildDetails,
    ConsentForm,
    ConsentGiver,
    DecisionOutcome,
    GateAnswer,
    Parent,
    Relation,
)
from barnearket.domain.rules.gate import is_case_complete
from barnearket.services import actions, cases, children, concerns, consents, sheets, steps
from tests.services.support import World, assert_logged_in_order, reloaded, stored_audit

USER = "Ståle Rønning"
OLDER, YOUNGER = ("Kåre Rønning", date(2009, 6, 12)), ("Åsmund Rønning", date(2012, 10, 1))


def test_sibling_needs(world: World) -> None:
    ctx = world.ctx()
    case_id = cases.create_case(ctx, unit_id=world.rus, parent=Parent(name=USER, birth_date=date(2006, 8, 8)),
                                categories=["narkotika"])
    cases.answer_gate(ctx, case_id, GateAnswer.NEI, siblings=GateAnswer.JA)
    older, younger = (children.add_child(ctx, case_id, ChildDetails(name=n, birth_date=b,
                                                                    relation=Relation.SIBLING))
                      for n, b in (OLDER, YOUNGER))
    sheet = sheets.start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    for child in (older, younger):
        sheets.answer_question(ctx, sheet, "child_knows", "ja", child_id=child)
        sheets.answer_question(ctx, sheet, "followup_need", "ja", child_id=child)
    sheets.complete_sheet(ctx, sheet)
    assert is_case_complete(reloaded(world, case_id))

    concern = concerns.open_concern(ctx, case_id, older, level=2, categories=["barnets_rus"],
                                    description="Har begynt å røyke hasj.")
    with pytest.raises(ValidationError, match="15 år"):
        consents.record_consent(ctx, case_id, given_by=ConsentGiver.CHILD, child_id=younger,
                                purpose="Samtaler hos helsesykepleier", recipients=["skolehelsetjenesten"],
                                form=ConsentForm.ORAL)
    own = consents.record_consent(ctx, case_id, given_by=ConsentGiver.CHILD, child_id=older,
                                  purpose="Samtaler hos helsesykepleier", recipients=["skolehelsetjenesten"],
                                  form=ConsentForm.WRITTEN)
    decision = steps.record_decision(ctx, concern, DecisionOutcome.COOPERATE,
                                     recipients=["skolehelsetjenesten"])
    assert decision.notes == ()
    action = actions.add_action(ctx, concern, "Faste samtaler hos helsesykepleier",
                                service_id="skolehelsetjenesten", deadline=date(2026, 6, 1))
    world.advance(40)
    actions.add_evaluation(ctx, action, "Kåre har sluttet med hasj.")
    concerns.close_concern(ctx, concern, "Følges videre av skolehelsetjenesten.")

    stored = reloaded(world, case_id)
    assert stored.gate is not None and stored.gate.siblings is GateAnswer.JA
    assert [c.details.relation for c in stored.children] == [Relation.SIBLING, Relation.SIBLING]
    assert [(c.id, c.given_by, c.child_id) for c in stored.consents] == [(own, ConsentGiver.CHILD, older)]

    rows = stored_audit(world, [USER, OLDER[0], YOUNGER[0], "hasj", "helsesykepleier"])
    assert_logged_in_order(rows, [("create", "consent", own), ("create", "decision", decision.id),
                                  ("update", "concern", concern)])
