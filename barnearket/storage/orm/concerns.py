"""Tables for concerns, their categories, the level history and closures or reopenings.

The concern row keeps its current level, step, decision due date and next follow-up date, so
the coordinator's overview and "what needs me now" are plain indexed queries.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from barnearket.storage.orm.base import Base, UtcDateTime, VersionedRow


class ConcernRow(VersionedRow, Base):
    """One concern about one child (or unborn child)."""

    __tablename__ = "concerns"
    __table_args__ = (
        Index("ix_concerns_status_step", "status", "step"),
        Index("ix_concerns_status_level", "status", "level"),
        Index("ix_concerns_status_decision_due", "status", "decision_due"),
        Index("ix_concerns_status_follow_up", "status", "next_follow_up"),
        Index("ix_concerns_status_arose", "status", "arose_on", "id"),  # the overview's first page
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    arose_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[int] = mapped_column(Integer)
    parent_level: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    step: Mapped[str] = mapped_column(String(20))
    decision_due: Mapped[date] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    next_follow_up: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))


class ConcernCategoryRow(Base):
    """One category of the concern (an id from the category catalogue)."""

    __tablename__ = "concern_categories"

    concern_id: Mapped[int] = mapped_column(
        ForeignKey("concerns.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[str] = mapped_column(String(60), primary_key=True)


class LevelChangeRow(Base):
    """One move on the child or parent concern scale."""

    __tablename__ = "level_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concern_id: Mapped[int] = mapped_column(
        ForeignKey("concerns.id", ondelete="CASCADE"), index=True
    )
    scale: Mapped[str] = mapped_column(String(20))
    level: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class ConcernEventRow(Base):
    """A closure or a reopening, with its reason, who and when."""

    __tablename__ = "concern_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concern_id: Mapped[int] = mapped_column(
        ForeignKey("concerns.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    occurred_on: Mapped[date] = mapped_column(Date)
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
