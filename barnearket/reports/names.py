"""The four document kinds, their titles, and default file names that never hold a person's name."""

from __future__ import annotations

import re
from enum import StrEnum

from barnearket.domain.language import t
from barnearket.domain.model import ReportRecipient, label


class DocumentKind(StrEnum):
    """Which document to make; the value is the command line's `--kind`."""

    SUMMARY = "summary"
    REPORT = "report"
    CONSENT = "consent"
    PLAN = "plan"

    @property
    def heading(self) -> str:
        """The document's title in the active language."""
        return t(_TITLES[self])

    @property
    def short_title(self) -> str:
        """The short title used in the page header and the PDF metadata."""
        return t(_SHORT[self])

    @property
    def file_stem(self) -> str:
        """The start of the default file name."""
        return _STEMS[self]


_TITLES = {
    DocumentKind.SUMMARY: "Journalsammendrag",
    DocumentKind.REPORT: "Bekymringsmelding til barnevernstjenesten",
    DocumentKind.CONSENT: "Samtykke til å dele opplysninger",
    DocumentKind.PLAN: "Tiltaksplan for ansvarsgruppe",
}
_SHORT = {
    DocumentKind.SUMMARY: "Journalsammendrag",
    DocumentKind.REPORT: "Bekymringsmelding",
    DocumentKind.CONSENT: "Samtykkeerklæring",
    DocumentKind.PLAN: "Tiltaksplan",
}
_STEMS = {
    DocumentKind.SUMMARY: "journalsammendrag",
    DocumentKind.REPORT: "bekymringsmelding",
    DocumentKind.CONSENT: "samtykke",
    DocumentKind.PLAN: "tiltaksplan",
}
_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")


def default_file_name(kind: DocumentKind, case_number: str, suffix: str = ".pdf") -> str:
    """E.g. «bekymringsmelding-2026-0042.pdf»: kind and case number only, safe on every system."""
    number = _UNSAFE.sub("-", case_number).strip("-") or "sak"
    return f"{kind.file_stem}-{number}{suffix}"


def report_heading(recipient: ReportRecipient) -> str:
    """A report's title for its recipient: barnevernet, the police, or a referral to another service."""
    if recipient is ReportRecipient.BARNEVERN:
        return DocumentKind.REPORT.heading
    if recipient is ReportRecipient.POLITI:
        return t("Melding til politiet om fare for et barn")
    if recipient is ReportRecipient.SOSIAL_SVANGERSKAP:
        return t("Melding til sosialtjenesten om gravid kvinne og ufødt barn")
    if recipient is ReportRecipient.SPESIALIST_SVANGERSKAP:
        return t("Melding til spesialisthelsetjenesten om gravid kvinne og ufødt barn")
    return t("Melding til {recipient}", recipient=label(recipient).lower().replace("nav", "NAV"))
