"""Tables for the dated step entries of a concern: observations, talks, decisions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from barnearket.storage.orm.base import Base, UtcDateTime, VersionedRow


class ObservationRow(VersionedRow, Base):
    """A dated observation in the concern's log."""

    __tablename__ = "observations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concern_id: Mapped[int] = mapped_column(
        ForeignKey("concerns.id", ondelete="CASCADE"), index=True
    )
    observed_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    worried_since: Mapped[str] = mapped_column(String(200), default="", server_default="")
    earlier_concerns: Mapped[str] = mapped_column(String(20), default="", server_default="")
    form_answers: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    """JSON: answers to questions a municipality added to the step, by question id."""
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ConsultationRow(VersionedRow, Base):
    """A consultation; when `anonymous`, the texts were checked to identify nobody."""

    __tablename__ = "consultations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concern_id: Mapped[int] = mapped_column(
        ForeignKey("concerns.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    with_whom: Mapped[str] = mapped_column(String(20))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    counterpart: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    form_answers: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    """JSON: answers to questions a municipality added to the step, by question id."""
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ParentConversationRow(VersionedRow, Base):
    """The necessary conversation with the parent."""

    __tablename__ = "parent_conversations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concern_id: Mapped[int] = mapped_column(
        ForeignKey("concerns.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(String(2000), default="")
    shared: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(Text, default="")
    agreed: Mapped[str] = mapped_column(Text, default="")
    held: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    not_held_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    form_answers: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    """JSON: answers to questions a municipality added to the step, by question id."""
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class DecisionRow(VersionedRow, Base):
    """A decision (BTI level 0 to 3) anchored with a leader."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concern_id: Mapped[int] = mapped_column(
        ForeignKey("concerns.id", ondelete="CASCADE"), index=True
    )
    decided_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(20))
    anchored_with: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    form_answers: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    """JSON: answers to questions a municipality added to the step, by question id."""
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class DecisionRecipientRow(Base):
    """A service the decision shares information with (an id from the service directory)."""

    __tablename__ = "decision_recipients"

    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="CASCADE"), primary_key=True
    )
    service_id: Mapped[str] = mapped_column(String(60), primary_key=True)
