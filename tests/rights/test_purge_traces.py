"""Acceptance for purge (issue 18, point 3): after `barnearket purge`, none of the case's names,
identity numbers or free texts is left in the file, its write-ahead log, the temp folder or a fresh
backup, neither in the raw bytes nor in the decrypted pages (free pages and stale log frames
included); the chain verifies, `check` passes, and the purge row holds no personal data.
Refusals (open, untransferred, a role without the right) are each logged."""

from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from barnearket.cli.main import run_cli
from barnearket.domain.clock import SystemClock
from barnearket.domain.model import ChildDetails, Parent
from barnearket.domain.roles import Role
from barnearket.services.cases import create_case
from barnearket.services.children import add_child
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage import accounts, audit, backup, kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.opening import create_case_file, open_case_file
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.users import Unit
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE
from tests.helpers.canary import find_canaries, searched_files
from tests.helpers.plainpages import plain_database, plain_wal
from tests.rights.family import Family, write_family
from tests.services.support import assert_audit_clean

KEPT = "Biret Ámmol-Hætta"
KEPT_CHILD = "Ándaras Ámmol"
WORKER, WORKER_PHRASE = "kari", "karis lange frase ŋđ æøå"


def _run(*args: str, login: str = ADMIN_LOGIN, phrase: str = ADMIN_PASSPHRASE,
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    import sys

    old = sys.stdin
    sys.stdin = io.StringIO(phrase + "\n")
    try:
        code = run_cli([*args, "--user", login, "--passphrase-stdin"])
    finally:
        sys.stdin = old
    out = capsys.readouterr()
    return code, out.out + out.err


def _build(path: Path) -> tuple[bytes, str, Family]:
    case_file = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                                 kdf_params=kdf.fast_params_for_tests())
    try:
        accounts.add_user(case_file, WORKER, "Kari Čeavrris", Role.SAKSBEHANDLER, WORKER_PHRASE,
                          kdf.fast_params_for_tests())
        assert case_file.user is not None
        actor = Actor(case_file.user.id, case_file.user.login, Role(case_file.user.role))
        with case_file.session() as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock())
            unit = Unit(name="Rustjenesten", service="rus")
            session.add(unit)
            session.flush()
            family = write_family(ctx, unit.id, closed=True)
            kept = create_case(ctx, unit_id=unit.id, parent=Parent(KEPT))
            add_child(ctx, kept, ChildDetails(KEPT_CHILD))
            number = session.get(CaseRow, family.case_id).number  # type: ignore[union-attr]
        return case_file.file_key, number, family
    finally:
        case_file.close()


def _denied(path: Path) -> list[tuple[str, str]]:
    case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        with case_file.read_session() as session:
            return [(e.action, e.outcome) for e in session.scalars(
                select(AuditEntry).where(AuditEntry.outcome == "denied").order_by(AuditEntry.seq))]
    finally:
        case_file.close()


def test_purge_refusals_are_logged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "saker.barnearket"
    _, number, _ = _build(path)
    code, out = _run("purge", str(path), "--case", number, capsys=capsys)
    assert code == 2 and "ikke merket som overført" in out
    code, out = _run("purge", str(path), "--case", "2026-0002", capsys=capsys)
    assert code == 2 and "ikke avsluttet" in out
    assert _run("transfer", str(path), "--case", number, "--reference", "DIPS-77", capsys=capsys)[0] == 0
    code, out = _run("purge", str(path), "--case", number, login=WORKER, phrase=WORKER_PHRASE, capsys=capsys)
    assert code == 2 and "ikke rett til å slette" in out
    code, out = _run("purge", str(path), "--list", login=WORKER, phrase=WORKER_PHRASE, capsys=capsys)
    assert code == 2
    assert _denied(path) == [("purge", "denied")] * 3 + [("view", "denied")]
    code, out = _run("case", "reopen", str(path), "--case", number, capsys=capsys)
    assert code == 2 and "overført til journal" in out


def test_after_purge_no_trace_is_left(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    started = time.time()
    path = tmp_path / "saker.barnearket"
    key, number, family = _build(path)
    canaries = family.canaries()
    assert find_canaries([], canaries) == []
    assert [c for c in canaries if c.encode() in plain_database(path, key)], "the canaries are written"
    assert _run("transfer", str(path), "--case", number, "--reference", "DIPS-77", capsys=capsys)[0] == 0
    code, out = _run("purge", str(path), "--list", "--all", capsys=capsys)
    assert code == 0 and number in out and "DIPS-77" in out
    code, out = _run("purge", str(path), "--case", number, capsys=capsys)
    assert code == 0 and f"Sak {number} er slettet" in out

    case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        _check_open_file(case_file, key, canaries, number, family)
        backup.backup(case_file, tmp_path / "kopi.barnearket")
    finally:
        case_file.close()
    backup_file = open_case_file(tmp_path / "kopi.barnearket", login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    backup_key = backup_file.file_key
    backup_file.close()
    assert _leaks(plain_database(tmp_path / "kopi.barnearket", backup_key), canaries) == []
    assert _leaks(plain_database(path, key), canaries) == []
    temp = [f for f in Path(tempfile.gettempdir()).iterdir() if f.is_file() and f.stat().st_mtime >= started]
    assert searched_files([tmp_path])
    assert find_canaries([tmp_path, *temp], canaries) == []
    code, out = _run("check", str(path), capsys=capsys)
    assert code == 0, out
    code, out = _run("audit", str(path), "--verify", capsys=capsys)
    assert code == 0, out


def _check_open_file(case_file: CaseFile, key: bytes, canaries: list[str], number: str,
                     family: Family) -> None:
    """With the file open (and its log present): the log and the pages hold nothing of the case."""
    wal = Path(f"{case_file.path}-wal")
    with case_file.read_session() as session:
        names = [r.parent_name for r in session.scalars(select(CaseRow))]
        assert names == [KEPT]
        purge_row = session.scalars(select(AuditEntry).where(AuditEntry.action == "purge",
                                                             AuditEntry.outcome == "ok")).one()
        assert (purge_row.object_type, purge_row.object_id) == ("case", family.case_id)
        assert purge_row.fields == "number." + number.replace("-", "_")
        assert audit.verify(session).ok
        assert_audit_clean(session, canaries)
    assert _leaks(plain_wal(wal, key), canaries) == []
    assert _leaks(plain_database(case_file.path, key), canaries) == []
    assert KEPT.encode() in plain_database(case_file.path, key) + plain_wal(wal, key)


def _leaks(plain: bytes, canaries: list[str]) -> list[str]:
    """The canaries found in decrypted content, in the forms the byte search knows."""
    from tests.helpers.canary import needles

    return [f"{c!r} ({d})" for c in canaries for pattern, d in needles(c).items() if pattern in plain]


def test_purge_in_an_open_file_clears_its_log(tmp_path: Path) -> None:
    """The window keeps the file open after a purge: the log it keeps writing to must be emptied too."""
    from barnearket.services.purge import purge_case
    from barnearket.services.retention import Retention
    from barnearket.services.transfer import transfer_case
    from barnearket.storage.purge import scrub

    path = tmp_path / "saker.barnearket"
    first = _build(path)[2]
    case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert case_file.user is not None
        actor = Actor(case_file.user.id, case_file.user.login, Role(case_file.user.role))
        with case_file.session() as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock())
            family = write_family(ctx, session.scalars(select(Unit.id)).one(), closed=True)
        wal = Path(f"{case_file.path}-wal")
        assert _leaks(plain_wal(wal, case_file.file_key), Family.canaries()), "the log holds the case"
        with case_file.session() as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock())
            for case_id in (first.case_id, family.case_id):
                transfer_case(ctx, case_id, "DIPS-78")
                purge_case(ctx, case_id, Retention())
        assert scrub(case_file.engine)
        assert _leaks(plain_wal(wal, case_file.file_key), Family.canaries()) == []
        assert _leaks(plain_database(path, case_file.file_key), Family.canaries()) == []
        with case_file.read_session() as session:
            assert audit.verify(session).ok
    finally:
        case_file.close()
