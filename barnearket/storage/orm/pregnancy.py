"""Tables for the pregnancy path of an unborn child: screening, the plan and the responsibility group."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from barnearket.storage.orm.base import Base


class PregnancyRow(Base):
    """Screening and plan for one unborn child (at most one row per child)."""

    __tablename__ = "pregnancies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(
        ForeignKey("children.id", ondelete="CASCADE"), index=True, unique=True
    )
    screening_tool: Mapped[str] = mapped_column(String(200), default="")
    screened_on: Mapped[date | None] = mapped_column(Date)
    screening_result: Mapped[str] = mapped_column(Text, default="")
    plan_made_on: Mapped[date | None] = mapped_column(Date)
    plan_text: Mapped[str] = mapped_column(Text, default="")


class ResponsibilityMemberRow(Base):
    """A member of the responsibility group around an unborn child: role, service and name."""

    __tablename__ = "responsibility_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(200))
    service: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
