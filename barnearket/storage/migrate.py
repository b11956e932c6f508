"""Knows the schema version of a case file and migrates older files with Alembic."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class SchemaState(StrEnum):
    """How a file's schema compares with this program's."""

    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def _script() -> ScriptDirectory:
    """The migration scripts, read once per process (they never change while it runs)."""
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    """The newest schema revision this program knows."""
    head = _script().get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the file, or None for an empty file."""
    return MigrationContext.configure(connection).get_current_revision()


def schema_state(connection: Connection) -> SchemaState:
    """Compare the file's revision with the program's; unknown revisions come from newer versions."""
    current = current_revision(connection)
    if current is None:
        return SchemaState.EMPTY
    if current == head_revision():
        return SchemaState.CURRENT
    known = _known_revisions()
    return SchemaState.OLDER if current in known else SchemaState.NEWER


@cache
def _known_revisions() -> frozenset[str]:
    return frozenset(rev.revision for rev in _script().walk_revisions())


def upgrade(connection: Connection) -> None:
    """Run every migration up to the head inside the caller's transaction."""
    command.upgrade(_config(connection), "head")
