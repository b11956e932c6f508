"""Tables for consents to share information and the recipients each consent names."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from barnearket.storage.orm.base import Base, UtcDateTime, VersionedRow


class ConsentRow(VersionedRow, Base):
    """One consent; `child_id` NULL covers all the case's children (given by the parent)."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    child_id: Mapped[int | None] = mapped_column(
        ForeignKey("children.id", ondelete="CASCADE"), index=True
    )
    given_by: Mapped[str] = mapped_column(String(20))
    answer: Mapped[str] = mapped_column(String(20), default="given", server_default="given")
    purpose: Mapped[str] = mapped_column(String(2000))
    form: Mapped[str] = mapped_column(String(20))
    given_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))


class ConsentRecipientRow(Base):
    """A service the consent lets information go to (an id from the service directory)."""

    __tablename__ = "consent_recipients"

    consent_id: Mapped[int] = mapped_column(
        ForeignKey("consents.id", ondelete="CASCADE"), primary_key=True
    )
    service_id: Mapped[str] = mapped_column(String(60), primary_key=True)
