"""Tables for the routine's team work: functions on a person, plans recorded as given, and the
resource group's meeting notes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from barnearket.storage.orm.base import Base, UtcDateTime


class UserFunctionRow(Base):
    """A function of the routine held by a person (barneansvarlig, teamleder, ...), apart from the role."""

    __tablename__ = "user_functions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    function: Mapped[str] = mapped_column(String(30))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))


class PlanDeliveryRow(Base):
    """The information or follow-up a sheet planned for a child, recorded as given (when, by whom)."""

    __tablename__ = "plan_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("sheets.id", ondelete="CASCADE"), index=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    given_on: Mapped[date] = mapped_column(Date)
    given_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ResourceMeetingRow(Base):
    """The notes of one resource group meeting; no names of users or children, only case numbers."""

    __tablename__ = "resource_meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    participants: Mapped[str] = mapped_column(Text, default="")
    advice: Mapped[str] = mapped_column(Text, default="")
    procedures: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ResourceMeetingCaseRow(Base):
    """A case discussed at a meeting: by case number, or anonymously (no number)."""

    __tablename__ = "resource_meeting_cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("resource_meetings.id", ondelete="CASCADE"), index=True
    )
    case_number: Mapped[str] = mapped_column(String(20), default="")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[str] = mapped_column(Text, default="")
