"""Migrates older files (and builds new ones) with Alembic; only creating and upgrading load it.

Comparing a file's revision with the program's needs no Alembic: see `revisions.py`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from barnearket.storage.revisions import SchemaState, current_revision, head_revision, schema_state

__all__ = ["MIGRATIONS", "SchemaState", "alembic_head", "alembic_revision", "alembic_revisions",
           "current_revision", "head_revision", "schema_state", "upgrade"]
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


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


def alembic_head() -> str:
    """The newest revision as Alembic sees it (tests hold `revisions.head_revision` to it)."""
    head = _script().get_current_head()
    assert head is not None
    return head


def alembic_revisions() -> frozenset[str]:
    """Every revision Alembic knows."""
    return frozenset(rev.revision for rev in _script().walk_revisions())


def alembic_revision(connection: Connection) -> str | None:
    """The file's revision as Alembic reads it."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> None:
    """Run every migration up to the head inside the caller's transaction."""
    command.upgrade(_config(connection), "head")
