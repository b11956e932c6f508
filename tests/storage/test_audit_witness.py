"""A key holder who rewrites the audit log is caught by the witness (issue 12, point 2).

200 tamperings, done through an independent SQLCipher reader (SQLite3 Multiple Ciphers) with the
file key, the way someone who kept the key would: edit, delete, insert, reorder (with and without
recomputing the chain), delete everything, cut the tail and move the head, rewrite the whole chain
consistently, and put back an older copy of the file. Each is reported at the next unlock of the
person who saw a later head, and by the kept-head check of `audit --verify --head`.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from datetime import datetime
from pathlib import Path

import apsw
import pytest

from barnearket.domain.roles import Role
from barnearket.storage import accounts, audit, kdf, witness
from barnearket.storage.casefile import CaseFile
from barnearket.storage.check import check_file
from barnearket.storage.engine import read_salt
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.opening import create_case_file, open_case_file
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE

pytestmark = pytest.mark.file_only("the witness is sealed with the person's passphrase (a key slot)")

Row = list[object]  # seq, at, actor_id, action, object_type, object_id, fields, outcome, prev_hash, hash
COLUMNS = "seq, at, actor_id, action, object_type, object_id, fields, outcome, prev_hash, hash"


def _open_rw(path: Path, key: bytes) -> apsw.Connection:
    con = apsw.Connection(str(path))
    con.execute("PRAGMA cipher = 'sqlcipher'")
    con.execute("PRAGMA legacy = 4")
    con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    con.execute("PRAGMA journal_mode = DELETE").fetchall()
    return con


def _link(row: Row) -> str:
    """The chain's hash, recomputed from the published algorithm (not from the program's code)."""
    at = datetime.fromisoformat(str(row[1])).isoformat(timespec="microseconds")
    payload = [row[0], at, *row[2:9]]
    return hashlib.sha256(json.dumps(payload, separators=(",", ":"), ensure_ascii=True).encode()).hexdigest()


def _rows(con: apsw.Connection) -> list[Row]:
    return [list(r) for r in con.execute(f"SELECT {COLUMNS} FROM audit_log ORDER BY seq")]


def _write_chain(con: apsw.Connection, rows: list[Row], rehash: bool) -> None:
    """Replace the log with `rows` (renumbered and re-linked when `rehash`), moving the head too."""
    con.execute("DELETE FROM audit_log")
    prev = audit.GENESIS
    for n, row in enumerate(rows, start=1):
        if rehash:
            row[0], row[8] = n, prev
            row[9] = _link(row)
        con.execute(f"INSERT INTO audit_log ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)", row)
        prev = str(row[9])
    if rehash:
        con.execute("UPDATE audit_head SET seq = ?, hash = ?", (len(rows), prev) if rows else (0, prev))


def _edit(row: Row, rng: random.Random) -> None:
    choice = rng.randrange(3)
    if choice == 0:
        row[3] = "view" if row[3] != "view" else "print"
    elif choice == 1:
        row[2] = (int(str(row[2] or 0)) % 3) + 1 if row[2] != 2 else 3
    else:
        row[5] = int(str(row[5] or 0)) + 1


def tamper(con: apsw.Connection, kind: str, rng: random.Random, seen_seq: int) -> None:
    """One tampering of kind `kind` at a row the witness has seen."""
    rows = _rows(con)
    k = rng.randrange(1, seen_seq)  # 0-based index of a row before the seen head
    if kind == "edit":
        _edit(rows[k], rng)
        _write_chain(con, rows, rehash=False)
    elif kind == "edit_rehash":
        _edit(rows[k], rng)
        _write_chain(con, rows, rehash=True)
    elif kind == "delete":
        con.execute("DELETE FROM audit_log WHERE seq = ?", (rows[k][0],))
    elif kind == "delete_rehash":
        del rows[k]
        _write_chain(con, rows, rehash=True)
    elif kind == "insert_rehash":
        fake = list(rows[k])
        fake[3], fake[5] = "view", rng.randrange(1, 50)
        rows.insert(k + 1, fake)
        _write_chain(con, rows, rehash=True)
    elif kind == "reorder_rehash":
        rows[k - 1], rows[k] = rows[k], rows[k - 1]
        rows[k - 1][1], rows[k][1] = rows[k][1], rows[k - 1][1]  # keep times in order
        _write_chain(con, rows, rehash=True)
    elif kind == "delete_all":
        con.execute("DELETE FROM audit_log")
        con.execute("DELETE FROM audit_head")
    elif kind == "cut_tail":
        kept = rows[:k]
        con.execute("DELETE FROM audit_log WHERE seq > ?", (kept[-1][0],))
        con.execute("UPDATE audit_head SET seq = ?, hash = ?", (kept[-1][0], kept[-1][9]))
    elif kind == "rewrite_all":
        for row in rows:
            if row[3] == "view":
                row[3] = "search"
        _edit(rows[rng.randrange(0, seen_seq)], rng)
        _write_chain(con, rows, rehash=True)
    else:
        raise AssertionError(kind)


KINDS = ("edit", "edit_rehash", "delete", "delete_rehash", "insert_rehash", "reorder_rehash",
         "delete_all", "cut_tail", "rewrite_all", "older_copy")


def _copy(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, dest)
    shutil.copy2(keyfile_path(source), keyfile_path(dest))


def _busy_file(path: Path) -> tuple[bytes, Path]:
    """A file with a few dozen log rows; returns its key and an older copy of it."""
    fast = kdf.fast_params_for_tests()
    case_file = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME,
                                 passphrase=ADMIN_PASSPHRASE, kdf_params=fast)
    accounts.add_user(case_file, "kari", "Kari Čeavrris", Role.SAKSBEHANDLER, "karis frase æøå", fast)
    with case_file.session() as session, session.begin():
        for n in range(12):
            audit.record(session, actor_id=1 + n % 2, action=audit.AuditAction.VIEW,
                         object_type="case", object_id=n + 1)
    key = case_file.file_key
    case_file.close()
    older = path.parent / "eldre" / path.name
    _copy(path, older)
    for _ in range(3):  # the admin unlocks a few more times; the witness follows the head
        opened = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
        with opened.session() as session, session.begin():
            audit.record(session, actor_id=1, action=audit.AuditAction.VIEW, object_type="case", object_id=3)
        opened.close()
    return key, older


def _seen(path: Path, key: bytes) -> witness.Head:
    con = _open_rw(path, key)
    try:
        seq, digest = next(iter(con.execute("SELECT seq, hash FROM audit_head")))
    finally:
        con.close()
    return witness.Head(int(seq), str(digest))


def _kept_head_check(path: Path, key: bytes, kept: witness.Head) -> list[str]:
    """What `audit --verify --head SEQ:HASH` checks, opened with the recovery key (no witness)."""
    case_file = open_case_file(path, recovery_key=key)
    try:
        with case_file.read_session() as session:
            findings = witness.chain_findings(audit.verify(session))
            if not witness.compare(session, kept):
                findings.append("missing head")
        return findings
    finally:
        case_file.close()


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_two_hundred_tamperings_are_all_caught(tmp_path: Path) -> None:
    pristine = tmp_path / "ren" / "saker.barnearket"
    pristine.parent.mkdir()
    key, older = _busy_file(pristine)
    seen = _seen(pristine, key)  # the head a coordinator printed with `audit --head` and kept
    witnessed_place = witness.folder_for(pristine, read_salt(pristine))
    saved_witness = {p.name: p.read_bytes() for p in witnessed_place.iterdir()}
    # The admin's witness was written at their last unlock: one row (their session's) before `seen`.
    [witnessed] = [json.loads(data)["seq"] for data in saved_witness.values()]
    assert witnessed == seen.seq - 1
    rng = random.Random(2026)
    work = tmp_path / "arbeid" / "saker.barnearket"
    missed: list[str] = []
    consistent_rewrites_pass_the_plain_chain = 0
    for trial in range(200):
        kind = KINDS[trial % len(KINDS)]
        _copy(older if kind == "older_copy" else pristine, work)
        # the tampered file sits where the witnessed one sat, with its salt
        folder = witness.folder_for(work, read_salt(pristine))
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in saved_witness.items():
            (folder / name).write_bytes(data)
        if kind != "older_copy":
            con = _open_rw(work, key)
            try:
                with con:
                    tamper(con, kind, rng, witnessed - 1)  # rows up to the witnessed one
            finally:
                con.close()
        kept = _kept_head_check(work, key, seen)
        case_file = open_case_file(work, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
        try:
            if not case_file.audit_findings:
                missed.append(f"{trial}:{kind}:unlock")
            if trial % 10 == 0 and check_file(case_file).ok:  # `check` reports it too (a sample)
                missed.append(f"{trial}:{kind}:check")
        finally:
            case_file.close()
        if not kept:
            missed.append(f"{trial}:{kind}:kept-head")
        if kind in ("edit_rehash", "rewrite_all", "delete_rehash") and len(kept) == 1:
            consistent_rewrites_pass_the_plain_chain += 1
    assert missed == []
    # The consistent rewrites really are invisible to the chain alone: only the witness sees them.
    assert consistent_rewrites_pass_the_plain_chain >= 40


def test_the_witness_is_sealed_with_the_persons_passphrase(case_file: CaseFile) -> None:
    """A witness edited by someone without the passphrase is reported, not trusted."""
    path = case_file.path
    case_file.close()
    open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE).close()
    [file] = witness.folder_for(path, read_salt(path)).iterdir()
    body = json.loads(file.read_text())
    body["seq"] = 1
    file.write_text(json.dumps(body))
    reopened = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert any("Vitnefilen" in f for f in reopened.audit_findings)
    finally:
        reopened.close()


def test_an_untouched_file_reports_nothing_over_many_unlocks(case_file: CaseFile) -> None:
    path = case_file.path
    case_file.close()
    for _ in range(4):
        opened = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
        try:
            assert opened.audit_findings == []
            assert check_file(opened).ok
        finally:
            opened.close()


