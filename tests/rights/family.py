"""One synthetic family written through the services, with every kind of entry innsyn and purge must
cover: the parent, two children, a completed conversation with free text, a concern with its steps
(an anonymous consultation among them), an action with an evaluation, and a consent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from barnearket.domain.model import (
    ChildDetails,
    ConsentForm,
    ConsentGiver,
    ConsultationWith,
    DecisionOutcome,
    GateAnswer,
    Parent,
    Relation,
    ReportChannel,
    ReportContent,
    ReportRecipient,
    ReportSection,
)
from barnearket.services.actions import add_action, add_evaluation
from barnearket.services.cases import answer_gate, close_case, create_case
from barnearket.services.children import add_child
from barnearket.services.concerns import close_concern, open_concern
from barnearket.services.consents import record_consent
from barnearket.services.context import ServiceContext
from barnearket.services.reports import complete_report, draft_report, mark_report_sent
from barnearket.services.settings import SYNTHETIC_IDS
from barnearket.services.sheets import answer_question, complete_sheet, start_sheet
from barnearket.services.steps import add_consultation, add_observation, record_decision
from barnearket.storage.orm.meta import get_meta, set_meta
from tests.storage.test_at_rest import synthetic_fnr

PARENT = "Ŋuolas Ráiddas-Øvredal"
CHILD = "Sárá Ráiddas"
SIBLING = "Ánte Čuoččut-Ráiddas"
FNRS = (synthetic_fnr(3, 4, 1985), synthetic_fnr(13, 5, 2016), synthetic_fnr(1, 12, 2019, 720))
ADDRESS = "Bávttegeaidnu 17, 9520 Guovdageaidnu"
SITUATION = "Ŋuolas drikker mest i helgene og sover lenge etterpå"
OBSERVATION = "Sárá kom uten matpakke tre dager på rad og var sliten"
ACTION = "Sárá får plass på leksehjelpen i Bávttegeaidnu"
EVALUATION = "Leksehjelpen fungerer godt for Sárá"
CONSULTANT = "Helsesykepleier Elle Gáicci-Bræk"
CONSULTATION = "Drøftet anonymt om bekymringen er stor nok for melding"
PURPOSE = "Dele med helsesykepleier ved Gáicci skole"
SIBLING_SCHOOL = "Čuoččut oppvekstsenter"
REPORT_TEXT = "Sárá forteller at hun lager middag selv når Ŋuolas har drukket"
NOT_TOLD = "Vi frykter at Sárá får skylden hvis forelderen får vite om meldingen nå"
PORTAL_REF = "FIKS-40417"


@dataclass(frozen=True)
class Family:
    """Ids of what was written."""

    case_id: int
    child_id: int
    sibling_id: int
    concern_id: int
    sheet_id: int

    @staticmethod
    def canaries() -> list[str]:
        """Every name, number and free text of the family (none may survive a purge)."""
        return [PARENT, CHILD, SIBLING, *FNRS, ADDRESS, SITUATION, OBSERVATION, ACTION, EVALUATION,
                CONSULTANT, CONSULTATION, PURPOSE, SIBLING_SCHOOL, REPORT_TEXT, NOT_TOLD, PORTAL_REF]


def write_family(ctx: ServiceContext, unit_id: int, *, closed: bool = False) -> Family:
    """Write the family's case as the actor of `ctx` (synthetic identity numbers are allowed; on the
    server an administrator must have allowed them first, see `allow_synthetic_ids`)."""
    if get_meta(ctx.session, SYNTHETIC_IDS) != "true":  # on the server only an administrator sets it
        set_meta(ctx.session, SYNTHETIC_IDS, "true")
    case_id = create_case(ctx, unit_id=unit_id, parent=Parent(PARENT, identity_number=FNRS[0],
                                                              address=ADDRESS, phone="+47 41234567"))
    answer_gate(ctx, case_id, GateAnswer.JA)
    child = add_child(ctx, case_id, ChildDetails(CHILD, identity_number=FNRS[1], school="Gáicci skole"))
    sibling = add_child(ctx, case_id, ChildDetails(SIBLING, identity_number=FNRS[2], relation=Relation.STEP,
                                                   school=SIBLING_SCHOOL))
    sheet = start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    answer_question(ctx, sheet, "parent_situation", SITUATION)
    complete_sheet(ctx, sheet)
    concern = open_concern(ctx, case_id, child, level=2, description=OBSERVATION)
    add_observation(ctx, concern, OBSERVATION)
    add_consultation(ctx, concern, with_whom=ConsultationWith.OTHER, anonymous=True,
                     counterpart=CONSULTANT, summary=CONSULTATION)
    record_decision(ctx, concern, DecisionOutcome.OWN_UNIT, note="Vi følger opp selv")
    action = add_action(ctx, concern, ACTION, responsible="Kontaktlærer")
    add_evaluation(ctx, action, "Første uke gikk fint")
    add_evaluation(ctx, action, EVALUATION)
    report = draft_report(ctx, concern, ReportRecipient.BARNEVERN, ReportContent(
        sections={ReportSection.CONCERN: REPORT_TEXT}, parents_told=False, parents_not_told_why=NOT_TOLD,
        child_told=True))
    complete_report(ctx, report)
    mark_report_sent(ctx, report, channel=ReportChannel.PORTAL, portal_reference=PORTAL_REF)
    record_consent(ctx, case_id, given_by=ConsentGiver.PARENT, purpose=PURPOSE, recipients=["helsestasjon"],
                   form=ConsentForm.WRITTEN, child_id=child, expires_on=date(2027, 1, 1))
    if closed:
        close_concern(ctx, concern, "Bekymringen er borte")
        close_case(ctx, case_id)
    return Family(case_id, child, sibling, concern, sheet)


def allow_synthetic_ids(ctx: ServiceContext) -> None:
    """Let the store accept the family's synthetic identity numbers (an administrator's setting)."""
    set_meta(ctx.session, SYNTHETIC_IDS, "true")
