"""A report of concern (or referral) with its tracking; a sent version is locked for good."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from barnearket.domain.model.enums import (
    ReportChannel,
    ReportRecipient,
    ReportSection,
    ReportStatus,
)


@dataclass(frozen=True)
class ReportContent:
    """What the worker writes in a report, following the national portal's public form."""

    sections: dict[ReportSection, str] = field(default_factory=dict)
    parents_told: bool | None = None
    parents_not_told_why: str = ""
    child_told: bool | None = None
    child_not_told_why: str = ""
    interpreter_needed: bool | None = None
    interpreter_language: str = ""
    municipality_number: str = ""
    """The municipality the report goes to; empty means the organisation's own (settings)."""
    municipality_name: str = ""
    district_number: str = ""
    district_name: str = ""

    def section(self, section: ReportSection) -> str:
        """The text of one section ("" when empty)."""
        return self.sections.get(section, "")


@dataclass(frozen=True)
class Report:
    """One version of a report; corrections after sending share the series and bump the version."""

    id: int
    concern_id: int
    series: int
    version: int
    recipient: ReportRecipient
    status: ReportStatus
    created_at: datetime
    created_by: int
    content: ReportContent = field(default_factory=ReportContent)
    completed_at: datetime | None = None
    completed_by: int | None = None
    sent_on: date | None = None
    channel: ReportChannel | None = None
    portal_reference: str = ""
    feedback_on: date | None = None
    row_version: int = field(default=0, compare=False)
    """The stored version an edit of it is based on; not part of equality."""

    @property
    def locked(self) -> bool:
        """A sent version never changes."""
        return self.status is ReportStatus.SENT
