"""S15: a young mother of 19 with heavy drug use and an infant; acute report and a referral."""

from __future__ import annotations

from datetime import date

from barnearket.domain.model import (
    ChildDetails,
    DecisionOutcome,
    GateAnswer,
    Parent,
    ReportChannel,
    ReportContent,
    ReportRecipient,
    ReportSection,
    ReportStatus,
)
from barnearket.domain.rules.ages import age_on
from barnearket.domain.rules.notes import Severity
from barnearket.domain.synthetic import SyntheticPeople
from barnearket.services import cases, children, concerns, reports, steps
from tests.services.support import World, allow_synthetic, assert_logged_in_order, reloaded, stored_audit

MOTHER, BABY = "Thảo Vågen", "Ánte Vågen"
MOTHER_BORN = date(2006, 12, 1)
TEXT = "Moren bruker hasj daglig og amfetamin i helgene. Babyen er alene når hun er ruset."


def test_young_mother_acute_report_and_referral(world: World) -> None:
    allow_synthetic(world)
    ctx = world.ctx(world.colleague)
    number = SyntheticPeople(15).identity_number(MOTHER_BORN)
    case_id = cases.create_case(ctx, unit_id=world.psyk, parent=Parent(name=MOTHER, identity_number=number),
                                categories=["narkotika", "psykisk_sykdom"])
    assert age_on(MOTHER_BORN, world.today) == 19
    cases.answer_gate(ctx, case_id, GateAnswer.JA)
    baby = children.add_child(ctx, case_id, ChildDetails(name=BABY, birth_date=date(2025, 6, 10)))
    concern = concerns.open_concern(ctx, case_id, baby, level=4, parent_level=4, categories=["narkotika"],
                                    description=TEXT)
    steps.record_decision(ctx, concern, DecisionOutcome.REPORT, anchored_with="Ingen leder tilgjengelig")
    acute = reports.draft_report(ctx, concern, ReportRecipient.BARNEVERN, ReportContent(
        sections={ReportSection.CONCERN: TEXT}, parents_told=True))
    assert reports.complete_report(ctx, acute).can_complete
    reports.mark_report_sent(ctx, acute, channel=ReportChannel.PHONE)

    referral = reports.draft_report(ctx, concern, ReportRecipient.SPESIALISTHELSETJENESTEN,
                                    ReportContent(sections={ReportSection.CONCERN: TEXT}))
    ready = reports.complete_report(ctx, referral)
    assert ready.can_complete
    assert [(n.code, n.ref) for n in ready.notes if n.severity is Severity.WARNING] == [
        ("no_consent", "spesialisthelsetjenesten")]
    reports.mark_report_sent(ctx, referral, channel=ReportChannel.LETTER)

    stored = reloaded(world, case_id)
    assert stored.parent.identity_number == number and stored.parent.birth_date == MOTHER_BORN
    assert [(r.series, r.recipient, r.status) for r in stored.concerns[0].reports] == [
        (1, ReportRecipient.BARNEVERN, ReportStatus.SENT),
        (2, ReportRecipient.SPESIALISTHELSETJENESTEN, ReportStatus.SENT)]

    rows = stored_audit(world, [MOTHER, BABY, TEXT, number])
    assert_logged_in_order(rows, [("create", "report", acute), ("update", "report", acute),
                                  ("create", "report", referral), ("update", "report", referral)])
