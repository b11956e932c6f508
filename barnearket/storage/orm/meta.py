"""Key-value settings of one case file: its id, the key-file mirror and the organisation's details."""

from __future__ import annotations

from sqlalchemy import String, Text, select
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


def meta_starting_with(session: Session, prefix: str) -> dict[str, str]:
    """Every setting whose key starts with `prefix`, in one query (one round trip on a server)."""
    rows = session.execute(select(Meta.key, Meta.value).where(Meta.key.startswith(prefix, autoescape=True)))
    return {key: value for key, value in rows}


def set_meta(session: Session, key: str, value: str) -> None:
    """Write one setting in the caller's transaction."""
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value
