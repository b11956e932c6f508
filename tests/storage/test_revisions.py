"""The schema revision is compared in plain SQL, agrees with Alembic, and unlocking loads no Alembic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from barnearket.storage import migrate, revisions
from barnearket.storage.casefile import CaseFile
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.opening import open_case_file
from barnearket.storage.revisions import SchemaState
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
OPEN_AND_LIST = """\
import json, sys
from pathlib import Path
from barnearket.storage.opening import open_case_file
passphrase = sys.stdin.readline().rstrip("\\n")
case_file = open_case_file(Path(sys.argv[1]), login=sys.argv[2], passphrase=passphrase)
case_file.close()
print(json.dumps(sorted(m for m in sys.modules if m == "alembic" or m.startswith("alembic."))))
"""


def test_the_scripts_read_as_text_give_alembics_revisions() -> None:
    assert revisions.head_revision() == migrate.alembic_head()
    assert frozenset(revisions.revision_graph()) == migrate.alembic_revisions()


def test_plain_sql_reads_the_revision_alembic_reads(case_file: CaseFile) -> None:
    with case_file.engine.begin() as conn:
        assert revisions.current_revision(conn) == migrate.alembic_revision(conn) == revisions.head_revision()
        assert revisions.schema_state(conn) is SchemaState.CURRENT
        command.downgrade(migrate._config(conn), "0001")
        assert revisions.current_revision(conn) == migrate.alembic_revision(conn) == "0001"
        assert revisions.schema_state(conn) is SchemaState.OLDER
        command.upgrade(migrate._config(conn), "head")


@pytest.mark.file_only("opens the file itself: its header, revision or path")
def test_a_file_from_a_newer_version_is_refused_untouched(case_file: CaseFile) -> None:
    with case_file.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_fra_fremtiden'")
        assert revisions.schema_state(conn) is SchemaState.NEWER
    path = case_file.path
    case_file.close()
    before = path.read_bytes()
    with pytest.raises(CaseFileError) as refused:
        open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    assert refused.value.problem is Problem.NEWER_VERSION
    assert path.read_bytes() == before


def test_a_file_without_a_revision_is_empty(case_file: CaseFile) -> None:
    with case_file.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM alembic_version")
        assert revisions.current_revision(conn) is None
        assert revisions.schema_state(conn) is SchemaState.EMPTY
        conn.exec_driver_sql("DROP TABLE alembic_version")
        assert revisions.schema_state(conn) is SchemaState.EMPTY


def _alembic_after_unlock(path: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", OPEN_AND_LIST, str(path), ADMIN_LOGIN],
                          input=ADMIN_PASSPHRASE + "\n", capture_output=True, text=True, cwd=ROOT,
                          env=dict(os.environ), timeout=120, check=True)
    loaded: list[str] = json.loads(done.stdout.splitlines()[-1])
    return loaded


@pytest.mark.file_only("opens the file itself: its header, revision or path")
def test_unlocking_a_current_file_never_loads_alembic(case_file: CaseFile) -> None:
    path = case_file.path
    case_file.close()
    assert _alembic_after_unlock(path) == []


@pytest.mark.file_only("opens the file itself: its header, revision or path")
def test_unlocking_an_older_file_loads_alembic_to_migrate_it(case_file: CaseFile) -> None:
    with case_file.engine.begin() as conn:
        command.downgrade(migrate._config(conn), "0001")
    path = case_file.path
    case_file.close()
    assert "alembic" in _alembic_after_unlock(path)
    upgraded = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        with upgraded.engine.connect() as conn:
            assert revisions.current_revision(conn) == revisions.head_revision()
    finally:
        upgraded.close()
