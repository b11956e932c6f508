"""Cases taken along to a laptop file: while a row is here the server copy of the case is read-only."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from barnearket.storage.orm.base import Base, UtcDateTime


class CaseCheckoutRow(Base):
    """One case taken along: by whom, when, and the SHA-256 of the token the laptop file carries back.

    `checkin_tx` is set (to the server's transaction id) only by the transaction that brings the case
    back; the database's guard lets that one transaction, and no other, write to the case.
    """

    __tablename__ = "case_checkouts"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime())
    token: Mapped[str] = mapped_column(String(64), index=True)
    checkin_tx: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
