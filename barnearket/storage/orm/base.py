"""The declarative base every table derives from, with stable constraint names for migrations."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, Integer, MetaData, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from barnearket.storage import versions  # noqa: F401  (registers the version bump on every session)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and gives them back aware, so no local time sneaks in."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert an aware datetime to naive UTC before it is stored."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC was expected")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Attach UTC to a stored naive datetime."""
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Base class for all ORM tables of the case file."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class VersionedRow:
    """Mixin for a table whose rows a person edits in place: the row's edit version
    (`storage/versions.py`: a write based on an older version is refused by the database)."""

    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_by: Mapped[int | None] = mapped_column(Integer)
    """Who stored the current version after the first (a user id; the log tells the rest)."""
    changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
