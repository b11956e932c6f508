"""Key-value settings of one case file: its id, the key-file mirror and the organisation's details."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, Session, mapped_column

from barnearket.storage.orm.base import Base


class Meta(Base):
    """One setting of the case file."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def get_meta(session: Session, key: str, default: str | None = None) -> str | None:
    """Read one setting."""
    row = session.get(Meta, key)
    return default if row is None else row.value


def set_meta(session: Session, key: str, value: str) -> None:
    """Write one setting in the caller's transaction."""
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value
