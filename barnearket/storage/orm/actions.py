"""Tables for the action plan of a concern and the evaluations of each action."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from barnearket.storage.orm.base import Base, UtcDateTime, VersionedRow


class ActionRow(VersionedRow, Base):
    """One measure with responsible, deadline and evaluation date."""

    __tablename__ = "actions"
    __table_args__ = (Index("ix_actions_status_evaluate_on", "status", "evaluate_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concern_id: Mapped[int] = mapped_column(
        ForeignKey("concerns.id", ondelete="CASCADE"), index=True
    )
    measure: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    service_id: Mapped[str | None] = mapped_column(String(60))
    deadline: Mapped[date | None] = mapped_column(Date)
    evaluate_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))


class EvaluationRow(VersionedRow, Base):
    """One evaluation of an action."""

    __tablename__ = "evaluations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    evaluated_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
