"""The editable content of a report of concern for one child or a sibling group, drawn from the case."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from types import MappingProxyType

from barnearket.domain.model import (
    Case,
    Child,
    Concern,
    Relation,
    Report,
    ReportContent,
    ReportRecipient,
    ReportSection,
    Residence,
)
from barnearket.domain.model.organisation import Organisation, Worker
from barnearket.reports.context import DocumentContext
from barnearket.reports.report_text import suggested_text


@dataclass(frozen=True)
class ReportChild:
    """A child the report is about, as the portal asks for it."""

    name: str
    identity_number: str = ""
    birth_date: date | None = None
    unborn: bool = False
    due_date: date | None = None
    address: str = ""
    phone: str = ""
    told: bool | None = None
    told_why: str = ""


@dataclass(frozen=True)
class Guardian:
    """A parent or caregiver, and whether they have been told about the report and why (not)."""

    name: str
    phone: str = ""
    told: bool | None = None
    told_why: str = ""


@dataclass(frozen=True)
class ReportDraft:
    """Everything printed in the report, in the portal's order; the UI edits it with `replace`."""

    case_number: str
    organisation: Organisation
    reporter: Worker
    children: tuple[ReportChild, ...]
    guardians: tuple[Guardian, ...]
    interpreter_needed: bool | None = None
    interpreter_language: str = ""
    texts: Mapping[ReportSection, str] = field(default_factory=lambda: MappingProxyType({}))
    tracking: Report | None = None
    recipient: ReportRecipient = ReportRecipient.BARNEVERN

    def text(self, section: ReportSection) -> str:
        """One free-text section ("" when empty)."""
        return self.texts.get(section, "")

    def with_text(self, section: ReportSection, text: str) -> ReportDraft:
        """A copy with one section replaced."""
        return replace(self, texts=MappingProxyType({**self.texts, section: text}))


def report_concerns(case: Case, child_ids: Sequence[int] = ()) -> tuple[Concern, ...]:
    """The concerns a report covers: about the chosen children (open ones first), else every open one."""
    wanted = set(child_ids) or {c.child_id for c in case.concerns if c.is_open}
    chosen = [c for c in case.concerns if c.child_id in wanted]
    open_ones = [c for c in chosen if c.is_open]
    return tuple(open_ones or chosen)


def report_children(case: Case, child_ids: Sequence[int], concerns: Sequence[Concern]) -> tuple[Child, ...]:
    """The children a report is about: those chosen, else those the concerns are about."""
    wanted = set(child_ids) or {c.child_id for c in concerns}
    return tuple(c for c in case.children if c.id in wanted)


def latest_report(concerns: Sequence[Concern]) -> Report | None:
    """The newest version of a report to child welfare among the concerns."""
    reports = [r for c in concerns for r in c.reports if r.recipient is ReportRecipient.BARNEVERN]
    return max(reports, key=lambda r: (r.created_at, r.series, r.version), default=None)


def build_report_draft(case: Case, ctx: DocumentContext, child_ids: Sequence[int] = (),
                       report: Report | None = None) -> ReportDraft:
    """A draft from a saved report's content (by default the latest), empty sections suggested.

    With `report` given, the draft is that version, about its concern's child.
    """
    if report is not None:
        concerns = tuple(c for c in case.concerns if c.id == report.concern_id)
        child_ids = child_ids or tuple(c.child_id for c in concerns)
    else:
        concerns = report_concerns(case, child_ids)
        report = latest_report(concerns)
    content = report.content if report else ReportContent()
    texts = {s: content.section(s).strip() or suggested_text(s, case, concerns, ctx) for s in ReportSection}
    interpreter = content.interpreter_needed
    if interpreter is None and case.parent.interpreter_needed:
        interpreter = True
    return ReportDraft(
        case_number=case.number, organisation=_municipality(ctx.organisation, content),
        reporter=ctx.author, recipient=report.recipient if report else ReportRecipient.BARNEVERN,
        children=tuple(_child(case, c, content) for c in report_children(case, child_ids, concerns)),
        guardians=_guardians(case, report_children(case, child_ids, concerns), content),
        interpreter_needed=interpreter,
        interpreter_language=content.interpreter_language or case.parent.language,
        texts=MappingProxyType(texts), tracking=report,
    )


def _municipality(org: Organisation, content: ReportContent) -> Organisation:
    """The organisation with the municipality (and district) the report names, where it names one."""
    if not (content.municipality_number.strip() or content.municipality_name.strip()):
        return org
    return replace(org, municipality_number=content.municipality_number.strip(),
                   municipality_name=content.municipality_name.strip(),
                   district_number=content.district_number.strip(),
                   district_name=content.district_name.strip())


def _child(case: Case, child: Child, content: ReportContent) -> ReportChild:
    d = child.details
    lives_with_parent = d.residence in (Residence.DAILY_CARE, None) and d.relation is not Relation.SIBLING
    return ReportChild(
        name=d.name, identity_number=d.identity_number or "", birth_date=child.birth_date,
        unborn=d.unborn, due_date=d.due_date if d.unborn else None,
        address=case.parent.address if lives_with_parent else "",
        told=content.child_told, told_why=content.child_not_told_why,
    )


def _guardians(case: Case, children: Sequence[Child], content: ReportContent) -> tuple[Guardian, ...]:
    names: list[tuple[str, str]] = []
    for child in children:
        d = child.details
        if d.relation in (Relation.OWN, Relation.STEP):
            names.append((case.parent.name, case.parent.phone))
        elif d.daily_carer.strip():
            names.append((d.daily_carer.strip(), ""))
        if d.other_parent.strip():
            names.append((d.other_parent.strip(), ""))
    if not children:
        names.append((case.parent.name, case.parent.phone))
    unique = list(dict.fromkeys(names))
    return tuple(Guardian(n, p, content.parents_told, content.parents_not_told_why) for n, p in unique)
