"""Compares a file's schema revision with the program's in plain SQL, so unlocking never loads Alembic.

The file's revision is the row Alembic keeps in `alembic_version`; the program's revisions are read
from the `revision = "…"` / `down_revision = …` lines of the scripts in `migrations/versions`
(the same files Alembic runs). Alembic itself loads only when a migration has to run (`migrate.py`).
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


class SchemaState(StrEnum):
    """How a file's schema compares with this program's."""

    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"


@cache
def revision_graph() -> dict[str, frozenset[str]]:
    """Every revision this program knows, with the revisions it follows (read once per process)."""
    graph: dict[str, frozenset[str]] = {}
    for script in sorted(VERSIONS.glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            continue  # __init__.py and helpers
        graph[revision.group(1)] = frozenset(_QUOTED.findall(down.group(1)))
    return graph


def head_revision() -> str:
    """The newest schema revision this program knows (the one no other revision follows)."""
    graph = revision_graph()
    followed = set().union(*graph.values())
    heads = sorted(set(graph) - followed)
    if len(heads) != 1:
        raise RuntimeError(f"the migration scripts have {len(heads)} heads, expected one")
    return heads[0]


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the file or server database, or None without one (empty or not ours)."""
    if connection.dialect.name == "postgresql":
        table = connection.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar()
    else:
        table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
    if table is None:
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    if len(rows) > 1:  # branches are never used here: a file with two heads is not one we wrote
        return ",".join(sorted(str(row[0]) for row in rows))
    return str(rows[0][0]) if rows else None


def schema_state(connection: Connection) -> SchemaState:
    """Compare the file's revision with the program's; unknown revisions come from newer versions."""
    current = current_revision(connection)
    if current is None:
        return SchemaState.EMPTY
    if current == head_revision():
        return SchemaState.CURRENT
    return SchemaState.OLDER if current in revision_graph() else SchemaState.NEWER
