"""The report's parts in the national portal's order, as label-value pairs and as text to paste."""

from __future__ import annotations

from enum import StrEnum

from barnearket.domain.language import t
from barnearket.domain.model import ReportSection
from barnearket.reports.report_draft import Guardian, ReportChild, ReportDraft
from barnearket.reports.text import EMPTY, fmt_date, or_dash, yes_no

Pairs = list[tuple[str, str]]
Group = tuple[str, Pairs]


class Part(StrEnum):
    """One part of the portal's public-reporter form, in the form's order."""

    MUNICIPALITY = "municipality"
    REPORTER = "reporter"
    CHILDREN = "children"
    GUARDIANS = "guardians"
    INTERPRETER = "interpreter"
    OTHER_SERVICES = "other_services"
    CONCERN = "concern"
    HISTORY = "history"
    MEASURES = "measures"
    OTHER_VIEWS = "other_views"

    @property
    def heading(self) -> str:
        """The part's heading in the active language."""
        return t(_TITLES[self])

    @property
    def section(self) -> ReportSection | None:
        """The free-text section this part edits, or None for a structured part."""
        return _SECTIONS.get(self)


_TITLES = {
    Part.MUNICIPALITY: "Kommunen der barnet bor",
    Part.REPORTER: "Melder",
    Part.CHILDREN: "Barnet eller barna",
    Part.GUARDIANS: "Foreldre eller foresatte",
    Part.INTERPRETER: "Behov for tolk",
    Part.OTHER_SERVICES: "Andre hjelpeinstanser",
    Part.CONCERN: "Bekymringen",
    Part.HISTORY: "Bakgrunn og historikk",
    Part.MEASURES: "Hva tjenesten allerede har gjort",
    Part.OTHER_VIEWS: "Andre synspunkter",
}
_SECTIONS = {
    Part.OTHER_SERVICES: ReportSection.OTHER_SERVICES,
    Part.CONCERN: ReportSection.CONCERN,
    Part.HISTORY: ReportSection.HISTORY,
    Part.MEASURES: ReportSection.MEASURES,
    Part.OTHER_VIEWS: ReportSection.OTHER_VIEWS,
}


def interpreter_text(draft: ReportDraft) -> str:
    """«Ja, nordsamisk», «Nei» or «Ikke kjent»."""
    if draft.interpreter_needed is None:
        return t("Ikke kjent")
    if not draft.interpreter_needed:
        return t("Nei")
    language = draft.interpreter_language.strip()
    return t("Ja, {language}", language=language) if language else t("Ja")


def _identity(child: ReportChild) -> str:
    if child.unborn:
        return t("Ufødt barn, termin {date}", date=fmt_date(child.due_date))
    if child.identity_number:
        return child.identity_number
    if child.birth_date:
        return t("Ikke kjent (født {date})", date=fmt_date(child.birth_date))
    return t("Ikke kjent")


def _child(child: ReportChild) -> Pairs:
    return [("Navn", child.name), ("Fødselsnummer", _identity(child)),
            ("Adresse", or_dash(child.address)), ("Telefon", or_dash(child.phone)),
            ("Er barnet orientert om meldingen?", yes_no(child.told)),
            ("Hvorfor / hvorfor ikke", or_dash(child.told_why))]


def _guardian(g: Guardian) -> Pairs:
    return [("Navn", g.name), ("Telefon", or_dash(g.phone)),
            ("Er de orientert om meldingen?", yes_no(g.told)),
            ("Hvorfor / hvorfor ikke", or_dash(g.told_why))]


def _reporter(draft: ReportDraft) -> Pairs:
    org, who = draft.organisation, draft.reporter
    return [("Navn", who.name), ("Rolle", or_dash(who.job_title)), ("Telefon", or_dash(who.phone)),
            ("E-post", or_dash(who.email)), ("Virksomhet", or_dash(org.display_name)),
            ("Organisasjonsnummer", or_dash(org.org_number)), ("Adresse", or_dash(org.address))]


def _municipality(draft: ReportDraft) -> Pairs:
    org = draft.organisation
    pairs = [("Kommune", or_dash(f"{org.municipality_number} {org.municipality_name}".strip()))]
    if org.district_name.strip() or org.district_number.strip():
        pairs.append(("Bydel", f"{org.district_number} {org.district_name}".strip()))
    return pairs


def part_groups(draft: ReportDraft, part: Part) -> list[Group]:
    """A structured part as groups of label-value pairs (one group per child or guardian)."""
    if part is Part.MUNICIPALITY:
        return [("", _municipality(draft))]
    if part is Part.REPORTER:
        return [("", _reporter(draft))]
    if part is Part.CHILDREN:
        many = len(draft.children) > 1
        return [(t("Barn {n}", n=n) if many else "", _child(c)) for n, c in enumerate(draft.children, 1)]
    if part is Part.GUARDIANS:
        many = len(draft.guardians) > 1
        return [(t("Forelder/foresatt {n}", n=n) if many else "", _guardian(g))
                for n, g in enumerate(draft.guardians, 1)]
    if part is Part.INTERPRETER:
        return [("", [("Behov for tolk", interpreter_text(draft))])]
    return []


def part_text(draft: ReportDraft, part: Part) -> str:
    """The part as plain text, ready to paste into the portal's matching field."""
    if part.section is not None:
        return draft.text(part.section).strip()
    if part is Part.INTERPRETER:
        return interpreter_text(draft)
    blocks = []
    for title, pairs in part_groups(draft, part):
        lines = [title] if title else []
        lines += [f"{t(label)}{' ' if label.endswith('?') else ': '}{value}" for label, value in pairs
                  if value != EMPTY]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
