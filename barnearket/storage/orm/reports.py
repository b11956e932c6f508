"""Tables for reports of concern (and referrals): versions, tracking and the text sections."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from barnearket.storage.orm.base import Base, UtcDateTime, VersionedRow


class ReportRow(VersionedRow, Base):
    """One version of a report; a sent version is never updated again (except its feedback date)."""

    __tablename__ = "reports"
    __table_args__ = (
        Index("uq_reports_concern_series_version", "concern_id", "series", "version", unique=True),
        Index("ix_reports_status_feedback_due", "status", "feedback_due"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concerns.id", ondelete="CASCADE"))
    series: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    recipient: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    parents_told: Mapped[bool | None] = mapped_column(Boolean)
    parents_not_told_why: Mapped[str] = mapped_column(Text, default="")
    child_told: Mapped[bool | None] = mapped_column(Boolean)
    child_not_told_why: Mapped[str] = mapped_column(Text, default="")
    interpreter_needed: Mapped[bool | None] = mapped_column(Boolean)
    interpreter_language: Mapped[str] = mapped_column(String(100), default="")
    municipality_number: Mapped[str] = mapped_column(String(4), default="")
    municipality_name: Mapped[str] = mapped_column(String(100), default="")
    district_number: Mapped[str] = mapped_column(String(2), default="")
    district_name: Mapped[str] = mapped_column(String(100), default="")
    sent_on: Mapped[date | None] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(20))
    portal_reference: Mapped[str] = mapped_column(String(100), default="")
    feedback_due: Mapped[date | None] = mapped_column(Date)
    feedback_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    completed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ReportSectionRow(VersionedRow, Base):
    """One free-text section of a report version."""

    __tablename__ = "report_sections"

    report_id: Mapped[int] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True
    )
    section: Mapped[str] = mapped_column(String(40), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
