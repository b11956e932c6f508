"""Tables for a case: the parent's details, the gate answer and the condition categories."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from barnearket.storage.orm.base import Base, UtcDateTime, VersionedRow


class CaseRow(VersionedRow, Base):
    """One case: one parent (service user) in one unit; the parent's details live on the row."""

    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_unit_status", "unit_id", "status"),
        Index("ix_cases_responsible_status", "responsible_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(20))
    treatment_phase: Mapped[str] = mapped_column(String(20))
    parent_name: Mapped[str] = mapped_column(String(200))
    parent_search: Mapped[str] = mapped_column(String(400), index=True)
    parent_identity: Mapped[str | None] = mapped_column(String(11), index=True)
    parent_birth_date: Mapped[date | None] = mapped_column(Date)
    parent_address: Mapped[str] = mapped_column(Text, default="")
    parent_phone: Mapped[str] = mapped_column(String(40), default="")
    parent_language: Mapped[str] = mapped_column(String(100), default="")
    parent_interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    gate_answer: Mapped[str | None] = mapped_column(String(20))
    gate_siblings: Mapped[str | None] = mapped_column(String(20))
    gate_on: Mapped[date | None] = mapped_column(Date)
    gate_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closed_on: Mapped[date | None] = mapped_column(Date)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    transferred_on: Mapped[date | None] = mapped_column(Date)
    transfer_reference: Mapped[str | None] = mapped_column(String(60))
    transferred_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class CaseCategoryRow(Base):
    """One condition category of the parent (an id from the category catalogue)."""

    __tablename__ = "case_categories"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[str] = mapped_column(String(60), primary_key=True)
