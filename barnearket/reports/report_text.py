"""Suggests the free-text sections of a report of concern from what the case already holds."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from barnearket.domain.language import t
from barnearket.domain.model import Case, Concern, ReportRecipient, ReportSection, label
from barnearket.reports.context import DocumentContext
from barnearket.reports.text import fmt_date

Writer = Callable[[Case, Concern, DocumentContext], str]


def _concern(case: Case, c: Concern, ctx: DocumentContext) -> str:
    lines = [c.description.strip()] if c.description.strip() else []
    if c.observations:
        lines.append(t("Observasjoner:") + "\n" + "\n".join(
            f"- {fmt_date(o.observed_on)}: {o.text.strip()}" for o in c.observations))
    return "\n\n".join(lines)


def _history(case: Case, c: Concern, ctx: DocumentContext) -> str:
    lines = [t("Tjenesten har fulgt brukeren siden {start}. Bekymringen oppstod {arose}.",
               start=fmt_date(case.created_at.date()), arose=fmt_date(c.arose_on))]
    for x in c.consultations:
        who = label(x.with_whom).lower() + (" " + t("(anonymt)") if x.anonymous else "")
        lines.append((t("Drøftet med {who} {date}.", who=who, date=fmt_date(x.held_on))
                      + f" {x.summary.strip()}").strip())
    for talk in c.conversations:
        if not talk.held:
            lines.append((t("Samtalen med foreldrene er ikke holdt (registrert {date}).",
                            date=fmt_date(talk.held_on)) + f" {talk.not_held_reason.strip()}").strip())
            continue
        parts = [t("Samtale med foreldrene {date}.", date=fmt_date(talk.held_on)), talk.shared.strip(),
                 t("Avtalt: {text}", text=talk.agreed.strip()) if talk.agreed.strip() else ""]
        lines.append(" ".join(p for p in parts if p))
    return "\n".join(lines)


def _measures(case: Case, c: Concern, ctx: DocumentContext) -> str:
    lines = [f"- {fmt_date(d.decided_on)}: {label(d.outcome)}. {d.note.strip()}".rstrip()
             for d in c.decisions]
    for a in c.actions:
        who = " " + t("(ansvarlig: {name})", name=a.responsible.strip()) if a.responsible.strip() else ""
        lines.append(f"- {a.measure.strip()}{who}, {label(a.status).lower()}.")
        lines += ["  " + t("Evaluert {date}:", date=fmt_date(e.evaluated_on)) + f" {e.text.strip()}"
                  for e in a.evaluations]
    return "\n".join(lines)


def _other_services(case: Case, c: Concern, ctx: DocumentContext) -> str:
    child = case.child(c.child_id)
    ids = set(child.details.services) if child else set()
    ids |= {r for d in c.decisions for r in d.recipients}
    ids.discard(ReportRecipient.BARNEVERN.value)
    return ", ".join(sorted(ctx.service(i) for i in ids))


def _other_views(case: Case, c: Concern, ctx: DocumentContext) -> str:
    return "\n".join(t("Foreldrenes syn (samtale {date}):", date=fmt_date(talk.held_on))
                     + f" {talk.response.strip()}" for talk in c.conversations if talk.response.strip())


WRITERS: dict[ReportSection, Writer] = {
    ReportSection.CONCERN: _concern,
    ReportSection.HISTORY: _history,
    ReportSection.MEASURES: _measures,
    ReportSection.OTHER_SERVICES: _other_services,
    ReportSection.OTHER_VIEWS: _other_views,
}


def suggested_text(section: ReportSection, case: Case, concerns: Sequence[Concern],
                   ctx: DocumentContext) -> str:
    """A section drawn from the concerns; each child gets its own paragraph in a sibling report."""
    write = WRITERS[section]
    if section is ReportSection.OTHER_SERVICES:
        found = sorted({s for c in concerns for s in write(case, c, ctx).split(", ") if s})
        return ", ".join(found)
    blocks = []
    for c in concerns:
        text = write(case, c, ctx).strip()
        if text and len(concerns) > 1:
            child = case.child(c.child_id)
            text = t("Om {name}:", name=child.name if child else t("barnet")) + f"\n{text}"
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)
