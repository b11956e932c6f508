"""The editable content of an action plan for a responsibility group, drawn from the case."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from barnearket.domain.language import t
from barnearket.domain.model import Action, Case, Child, Concern, DecisionOutcome, Relation
from barnearket.domain.rules.consent import sharing_warnings
from barnearket.domain.rules.deadlines import next_follow_up
from barnearket.reports.context import DocumentContext
from barnearket.reports.report_draft import report_children, report_concerns


@dataclass(frozen=True)
class Participant:
    """A member of the responsibility group."""

    name: str
    role: str
    contact: str = ""


@dataclass(frozen=True)
class PlanDraft:
    """Everything printed in the plan; the UI may edit it with `dataclasses.replace`."""

    case_number: str
    children: tuple[Child, ...]
    participants: tuple[Participant, ...]
    goals: str
    actions: tuple[Action, ...]
    next_meeting: date | None
    consents: tuple[str, ...]
    missing_consent: tuple[str, ...]


def build_plan_draft(case: Case, ctx: DocumentContext, child_ids: Sequence[int] = ()) -> PlanDraft:
    """A plan for the chosen children (or those with open concerns) from their concerns' entries."""
    concerns = report_concerns(case, child_ids)
    children = report_children(case, child_ids, concerns) or case.children
    actions = tuple(sorted((a for c in concerns for a in c.actions),
                           key=lambda a: (not a.status.active, a.deadline or date.max)))
    services = sorted({r for c in concerns for d in c.decisions for r in d.recipients
                       if d.outcome is DecisionOutcome.COOPERATE})
    today = ctx.made_at.date()
    missing = tuple(ctx.service(n.ref) for n in sharing_warnings(services, case.consents, None, today,
                                                                    ctx.rules) if n.ref)
    return PlanDraft(
        case_number=case.number, children=children,
        participants=_participants(case, ctx, concerns, children, services), goals=_goals(concerns),
        actions=actions, next_meeting=next_follow_up(actions),
        consents=tuple(_consent_lines(case, ctx, today)), missing_consent=missing,
    )


def _participants(case: Case, ctx: DocumentContext, concerns: Sequence[Concern],
                  children: Sequence[Child], services: Sequence[str]) -> tuple[Participant, ...]:
    people = [Participant(ctx.author.name, ctx.author.job_title or t("Koordinator"),
                          ctx.author.phone or ctx.author.email)]
    if any(c.details.relation in (Relation.OWN, Relation.STEP) for c in children):
        people.append(Participant(case.parent.name, t("Forelder"), case.parent.phone))
    people += [Participant(c.details.other_parent, t("Forelder")) for c in children
               if c.details.other_parent.strip()]
    people += [Participant(a.responsible, t("Ansvarlig for tiltak"))
               for c in concerns for a in c.actions if a.responsible.strip()]
    people += [Participant("", ctx.service(s)) for s in services]
    unique = {(p.name.strip().casefold(), p.role): p for p in people}
    return tuple(unique.values())


def _goals(concerns: Sequence[Concern]) -> str:
    notes = [d.note.strip() for c in concerns if (d := c.decision) and d.note.strip()
             and d.outcome in (DecisionOutcome.OWN_UNIT, DecisionOutcome.COOPERATE)]
    return "\n\n".join(notes)


def _consent_lines(case: Case, ctx: DocumentContext, today: date) -> list[str]:
    lines = []
    for c in case.consents:
        if c.refused or c.withdrawn_on is not None or (c.expires_on is not None and c.expires_on < today):
            continue
        until = t(", gyldig til {date}", date=f"{c.expires_on:%d.%m.%Y}") if c.expires_on else ""
        names = ", ".join(sorted(ctx.service(r) for r in c.recipients))
        lines.append(t("Gitt {date} til {names}", date=f"{c.given_on:%d.%m.%Y}", names=names)
                     + f"{until}: {ctx.purpose(c.purpose)}")
    return lines
