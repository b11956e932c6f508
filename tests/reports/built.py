"""Builds a demo-like family through the real services, for document tests and benchmarks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from barnearket.domain import model as m
from barnearket.domain.synthetic import SyntheticPeople
from barnearket.services import actions, cases, children, concerns, consents, reports, sheets, steps
from barnearket.services.context import ServiceContext
from barnearket.services.organisation import save_organisation
from barnearket.storage.orm.meta import set_meta
from barnearket.storage.orm.users import User
from tests.reports.factory import CHILDREN, ORG, PARENT, WORKER

ADDRESS = "Storgata 3, 9700 Lakselv"


@dataclass(frozen=True)
class Family:
    """Ids of what was built, and the canaries that must never reach metadata or file names."""

    case_id: int
    number: str
    child_ids: tuple[int, ...]
    concern_ids: tuple[int, ...]
    canaries: tuple[str, ...]


def set_up_sender(admin: ServiceContext, worker_id: int) -> None:
    """The organisation's settings and the worker's profile, as an admin would set them once."""
    save_organisation(admin, ORG)
    user = admin.session.get(User, worker_id)
    assert user is not None
    user.job_title, user.phone, user.email = WORKER.job_title, WORKER.phone, WORKER.email
    set_meta(admin.session, "identity.allow_synthetic", "true")


def build_family(ctx: ServiceContext, unit_id: int, *, kids: int = 3, worries: int = 2,
                 seed: int = 7) -> Family:
    """A parent with Sami names, `kids` children (the last unborn) and `worries` full concerns."""
    people, today = SyntheticPeople(seed), ctx.clock.today()
    parent_id = people.identity_number(date(1980, 8, 15))
    case_id = cases.create_case(ctx, unit_id=unit_id, parent=m.Parent(
        PARENT, parent_id, None, ADDRESS, "900 11 222", "nordsamisk", True))
    cases.answer_gate(ctx, case_id, m.GateAnswer.JA, siblings=m.GateAnswer.NEI, asked_on=today)
    child_ids, numbers = [], [parent_id]
    for n in range(kids):
        name = CHILDREN[n % 3] + ("" if n < 3 else f" {n}")
        unborn = n == kids - 1 and kids > 1
        born = None if unborn else date(2012 + 2 * n % 12, 1 + n % 12, 10)
        number = None if born is None else people.identity_number(born)
        numbers += [number] if number else []
        details = m.ChildDetails(name, identity_number=number, birth_date=born, unborn=unborn,
                                 due_date=today + timedelta(days=90) if unborn else None,
                                 residence=m.Residence.DAILY_CARE,
                                 other_parent="Biret Sæther" if n == 0 else "",
                                 services=frozenset({"skole"}) if n == 0 else frozenset())
        child_ids.append(children.add_child(ctx, case_id, details))
    _sheet(ctx, case_id, child_ids[0])
    concern_ids = [_concern(ctx, case_id, child_ids[i % len(child_ids)], i) for i in range(worries)]
    consents.record_consent(ctx, case_id, given_by=m.ConsentGiver.PARENT, purpose="Samarbeid med skolen",
                            recipients=["skole", "helsestasjon"], form=m.ConsentForm.WRITTEN,
                            given_on=today, expires_on=today + timedelta(days=365))
    number = cases.view_case(ctx, case_id).number
    names = (PARENT, *CHILDREN[:kids], "Čeavrris", "Ŋuolas", "Đuolbma")
    return Family(case_id, number, tuple(child_ids), tuple(concern_ids), names + tuple(numbers))


def _sheet(ctx: ServiceContext, case_id: int, child_id: int) -> None:
    sheet_id = sheets.start_sheet(ctx, case_id, form_id="barnearket", form_version=1,
                                  participants="Forelder og barneansvarlig")
    answers: list[tuple[str, m.JsonValue, int | None]] = [
        ("has_children", "ja", None), ("parent_situation", "Er i behandling for rus.", None),
        ("child_knows", "delvis", child_id), ("child_experience", "Savner mor når hun er innlagt.", child_id),
        ("services_involved", ["skole"], child_id),
    ]
    for question, value, child in answers:
        sheets.answer_question(ctx, sheet_id, question, value, child_id=child)
    sheets.complete_sheet(ctx, sheet_id)


def _concern(ctx: ServiceContext, case_id: int, child_id: int, n: int) -> int:
    day = ctx.clock.today() - timedelta(days=20)
    cid = concerns.open_concern(ctx, case_id, child_id, level=3, arose_on=day,
                                description=f"Barnet kommer sultent på skolen ({n + 1}).")
    steps.add_observation(ctx, cid, "Ŋuolas hadde ikke matpakke tre dager på rad.", observed_on=day)
    steps.add_consultation(ctx, cid, with_whom=m.ConsultationWith.BARNEVERN, anonymous=True,
                           held_on=day + timedelta(days=2), summary="Rådet var å snakke med mor.")
    steps.record_parent_conversation(ctx, cid, held_on=day + timedelta(days=4), participants="Mor",
                                     shared="Det vi har sett.", response="Mor ble lei seg, men enig.")
    steps.record_decision(ctx, cid, m.DecisionOutcome.REPORT, decided_on=day + timedelta(days=6),
                          anchored_with="Enhetsleder", note="Meldes.", recipients=["barnevern"])
    action = actions.add_action(ctx, cid, "Samtale med helsesykepleier", responsible="Helsesykepleier",
                                deadline=day + timedelta(days=40), status=m.ActionStatus.ONGOING)
    actions.add_evaluation(ctx, action, "Det hjelper.", evaluated_on=day + timedelta(days=10))
    content = m.ReportContent(parents_told=True, child_told=False, child_not_told_why="For liten.",
                              interpreter_needed=True, interpreter_language="nordsamisk")
    report = reports.draft_report(ctx, cid, m.ReportRecipient.BARNEVERN, content)
    if n == 0:
        reports.mark_report_sent(ctx, report, channel=m.ReportChannel.PORTAL, portal_reference="BM-118",
                                 sent_on=day + timedelta(days=8))
    return cid


def minimal_family(ctx: ServiceContext, unit_id: int) -> Family:
    """One child, one concern with nothing but a description: no consent, no steps, no report."""
    case_id = cases.create_case(ctx, unit_id=unit_id, parent=m.Parent("Ŧoavdda Đuolbma"))
    child = children.add_child(ctx, case_id, m.ChildDetails("Iŋgá Đuolbma"))
    cid = concerns.open_concern(ctx, case_id, child, level=3, description="Barnet er redd for å gå hjem.")
    number = cases.view_case(ctx, case_id).number
    return Family(case_id, number, (child,), (cid,), ("Ŧoavdda", "Đuolbma", "Iŋgá"))

