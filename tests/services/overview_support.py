"""A seeded municipality built through the services, for the overview tests (no tests here)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from barnearket.domain.model import (
    ActionStatus,
    ChildDetails,
    ConsentForm,
    ConsentGiver,
    ConsultationWith,
    DecisionOutcome,
    GateAnswer,
    Parent,
    ReportChannel,
    ReportRecipient,
)
from barnearket.services import actions, cases, children, concerns, consents, reports, sheets, steps
from barnearket.services.context import Actor, ServiceContext
from tests.services.support import World

TODAY = date(2026, 6, 17)
"""A Wednesday: the week runs to Sunday 21 June."""
FIRST = date(2025, 10, 1)
CANARIES = ("Ŋuolas Ærøy-Čáhppes", "Åsa Đuođđa Øvergård", "Ǥiella Šárá", "Bjørn Žaŋŋa")
IDENTITIES = ("13097248022", "15031451350")
"""Valid identity numbers of a parent and a child (born 15 March 2014) in the edge cases."""
NEED_VALUES = ("ja", "nei", "uavklart")


@dataclass
class Built:
    """What the builder made, besides the file itself."""

    case_ids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def between(rng: random.Random, first: date, last: date) -> date:
    """A random day in first..last."""
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def build(world: World, *, cases_count: int = 48, seed: int = 7) -> Built:
    """Cases in both units with gates, children, sheets, concerns, steps, reports and consents."""
    world.clock.at = datetime(TODAY.year, TODAY.month, TODAY.day, 10, tzinfo=UTC)
    rng, built = random.Random(seed), Built()
    for number in range(cases_count):
        actor = (world.worker, world.colleague)[number % 2]
        _case(world, world.ctx(actor), rng, built, number)
    _edge_cases(world, built)
    world.session.flush()
    return built


def _case(world: World, ctx: ServiceContext, rng: random.Random, built: Built, number: int) -> None:
    name = f"{CANARIES[number % len(CANARIES)]} {number}"
    unit = world.rus if ctx.actor is world.worker else world.psyk
    case_id = cases.create_case(ctx, unit_id=unit, parent=Parent(name=name, address="Gáldu 3, 9520 Ŋ"))
    built.case_ids.append(case_id)
    built.names.append(name)
    gate = rng.choice([None, GateAnswer.JA, GateAnswer.JA, GateAnswer.JA, GateAnswer.NEI,
                       GateAnswer.VIL_IKKE_SVARE, GateAnswer.UKJENT])
    if gate is None:
        return
    siblings = rng.choice([None, GateAnswer.JA, GateAnswer.NEI])
    cases.answer_gate(ctx, case_id, gate, siblings=siblings, asked_on=between(rng, FIRST, TODAY))
    if gate is not GateAnswer.JA:
        return
    kids = [_child(ctx, rng, case_id, f"Barn {name} {k}", built) for k in range(rng.randint(1, 3))]
    talks = rng.randint(0, 2)
    for talk in range(talks):
        _sheet(ctx, rng, case_id, kids, last=talk == talks - 1)
    for _ in range(rng.choice([0, 1, 1, 2])):
        _concern(ctx, rng, case_id, rng.choice(kids))
    if rng.random() < 0.4:
        consents.record_consent(ctx, case_id, given_by=ConsentGiver.PARENT, purpose="ansvarsgruppe",
                                recipients=["helsestasjon"], form=ConsentForm.WRITTEN,
                                given_on=between(rng, FIRST, TODAY))


def _child(ctx: ServiceContext, rng: random.Random, case_id: int, name: str, built: Built) -> int:
    built.names.append(name)
    born = between(rng, date(2008, 1, 1), date(2026, 1, 1))
    return children.add_child(ctx, case_id, ChildDetails(name=name, birth_date=born))


def _sheet(ctx: ServiceContext, rng: random.Random, case_id: int, kids: list[int], *, last: bool) -> None:
    sheet = sheets.start_sheet(ctx, case_id, form_id="barnearket", form_version=1,
                               held_on=between(rng, FIRST, TODAY), from_previous=False)
    for kid in kids:
        for need, plan in (("information_need", "information_plan"), ("followup_need", "followup_plan")):
            sheets.answer_question(ctx, sheet, need, rng.choice(NEED_VALUES), child_id=kid)
            if rng.random() < 0.5:
                sheets.answer_question(ctx, sheet, plan, "Mor forteller, med hjelp av Ánde.", child_id=kid)
    if not last or rng.random() < 0.85:
        sheets.complete_sheet(ctx, sheet)


def _concern(ctx: ServiceContext, rng: random.Random, case_id: int, child_id: int) -> None:
    arose = between(rng, FIRST, TODAY)
    concern = concerns.open_concern(ctx, case_id, child_id, level=rng.randint(1, 4), arose_on=arose,
                                    description="Barnet sa at Ŋuolas slo.")
    if rng.random() < 0.5:
        steps.add_observation(ctx, concern, "Sov dårlig", observed_on=between(rng, arose, TODAY))
    if rng.random() < 0.3:
        steps.add_consultation(ctx, concern, with_whom=ConsultationWith.LEADER, held_on=arose)
    for _ in range(rng.choice([0, 1, 1, 2])):
        outcome = rng.choice(list(DecisionOutcome))
        steps.record_decision(ctx, concern, outcome, decided_on=between(rng, arose, TODAY))
    if rng.random() < 0.45:
        _actions(ctx, rng, concern)
    if rng.random() < 0.45:
        _report(ctx, rng, concern, arose)
    if rng.random() < 0.3:
        closed = between(rng, arose, TODAY)
        concerns.close_concern(ctx, concern, "Ferdig", on=closed)
        if rng.random() < 0.3:
            concerns.reopen_concern(ctx, concern, "Ny uro", on=between(rng, closed, TODAY))


def _actions(ctx: ServiceContext, rng: random.Random, concern: int) -> None:
    for _ in range(rng.randint(1, 2)):
        evaluate = TODAY + timedelta(days=rng.randint(-30, 30)) if rng.random() < 0.7 else None
        deadline = TODAY + timedelta(days=rng.randint(-20, 40))
        actions.add_action(ctx, concern, "Samtalegruppe", deadline=deadline, evaluate_on=evaluate,
                           status=rng.choice([ActionStatus.PLANNED, ActionStatus.ONGOING, ActionStatus.DONE]))


def _report(ctx: ServiceContext, rng: random.Random, concern: int, arose: date) -> None:
    recipient = rng.choice([ReportRecipient.BARNEVERN] * 3 + [ReportRecipient.NAV])
    report = reports.draft_report(ctx, concern, recipient)
    if rng.random() < 0.25:
        return
    sent = between(rng, arose, TODAY)
    reports.mark_report_sent(ctx, report, channel=ReportChannel.PORTAL, sent_on=sent)
    if rng.random() < 0.2:
        correction = reports.correct_report(ctx, report)
        reports.mark_report_sent(ctx, correction, channel=ReportChannel.LETTER,
                                 sent_on=between(rng, sent, TODAY))
    elif rng.random() < 0.35:
        reports.record_report_tracking(ctx, report, feedback_on=between(rng, sent, TODAY))


def _edge_cases(world: World, built: Built) -> None:
    """A leap-day child, an unborn child, a child with an identity number, and a case in psyk that
    the rus worker is responsible for."""
    ctx = world.ctx(world.colleague)
    parent = Parent(name="Ǥiella Ŋuolas", identity_number=IDENTITIES[0])
    case_id = cases.create_case(ctx, unit_id=world.psyk, parent=parent, responsible_id=world.worker.user_id)
    built.case_ids.append(case_id)
    cases.answer_gate(ctx, case_id, GateAnswer.JA, asked_on=date(2026, 2, 28))
    leap = children.add_child(ctx, case_id, ChildDetails(name="Áile Ŋuolas", birth_date=date(2016, 2, 29)))
    unborn = children.add_child(ctx, case_id, ChildDetails(name="Ufødt Ŋuolas", unborn=True,
                                                             due_date=date(2026, 9, 1)))
    concerns.open_concern(ctx, case_id, leap, level=2, arose_on=date(2026, 6, 3))
    concerns.open_concern(ctx, case_id, unborn, level=3, arose_on=date(2026, 5, 1))
    known = children.add_child(ctx, case_id, ChildDetails(name="Ánde Ŋuolas", identity_number=IDENTITIES[1]))
    concerns.open_concern(ctx, case_id, known, level=1, arose_on=date(2026, 6, 10))


def actor_unit(world: World, actor: Actor) -> int | None:
    """The unit of a test actor (None for the coordinator)."""
    return {world.worker: world.rus, world.colleague: world.psyk}.get(actor)
