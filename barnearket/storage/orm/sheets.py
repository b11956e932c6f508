"""Tables for Barnearket conversations and their answers, one row per child and question."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from barnearket.storage.orm.base import Base, UtcDateTime, VersionedRow


class SheetRow(VersionedRow, Base):
    """One conversation, numbered per case, answered against a fixed form id and version."""

    __tablename__ = "sheets"
    __table_args__ = (Index("uq_sheets_case_version", "case_id", "version", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    form_id: Mapped[str] = mapped_column(String(60))
    form_version: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(String(2000), default="")
    quick_notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), index=True)
    based_on: Mapped[int | None] = mapped_column(ForeignKey("sheets.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    completed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class SheetAnswerRow(VersionedRow, Base):
    """One answer as JSON text, stored against the form id and version it was asked under.

    `child_id` NULL means a question about the parent. An answer carried over from an earlier
    conversation keeps the form version it was given under until it is answered again.

    Two partial unique indexes make (sheet, child, question) unique also when the child is NULL,
    so autosave is a single indexed upsert.
    """

    __tablename__ = "sheet_answers"
    __table_args__ = (
        Index(
            "uq_sheet_answers_child", "sheet_id", "child_id", "question_id", unique=True,
            sqlite_where=text("child_id IS NOT NULL"), postgresql_where=text("child_id IS NOT NULL"),
        ),
        Index(
            "uq_sheet_answers_parent", "sheet_id", "question_id", unique=True,
            sqlite_where=text("child_id IS NULL"), postgresql_where=text("child_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheets.id", ondelete="CASCADE"))
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    form_id: Mapped[str] = mapped_column(String(60))
    form_version: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
