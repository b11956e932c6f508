"""Tamper evidence of the audit log (reliability plan E-3).

A log of about 50 rows is built through `audit.record`. Each of 120 seeded tamperings works on a
fresh copy and edits the decrypted database directly with SQL: change one field, delete a row,
swap two rows' contents, insert a forged row (with a correct-looking hash), or cut off the tail.
`audit.verify` must flag every one, and so must `barnearket audit FILE --verify` (exit 1).
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from barnearket.files.recoverykey import format_recovery_key
from barnearket.main import main as cli_main
from barnearket.storage import audit
from barnearket.storage.casefile import CaseFile
from barnearket.storage.check import check_file
from barnearket.storage.copying import copy_database
from barnearket.storage.engine import connect_raw, make_engine
from barnearket.storage.keyfile import KeyFile
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.audit import AuditEntry

TAMPERINGS = 120
COLUMNS = ("seq", "at", "actor_id", "action", "object_type", "object_id", "fields", "outcome",
           "prev_hash", "hash")
EDITABLE = COLUMNS[1:]
Row = dict[str, Any]


def rows(con: Any) -> list[Row]:
    """The whole log in sequence order, as dicts."""
    cur = con.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY seq")
    return [dict(zip(COLUMNS, r, strict=True)) for r in cur.fetchall()]


def _other(rng: random.Random, old: object, choices: list[Any]) -> Any:
    return rng.choice([c for c in choices if c != old])


def edit_field(con: Any, rng: random.Random) -> str:
    row = rng.choice(rows(con))
    column = rng.choice(EDITABLE)
    old = row[column]
    if column == "at":
        shifted = datetime.fromisoformat(old) + timedelta(microseconds=rng.choice([1, 1000, 3_600_000_000]))
        new: object = shifted.isoformat(sep=" ", timespec="microseconds")
    elif column in ("actor_id", "object_id"):
        new = _other(rng, old, [None, 1, 2, 3, 17, 4242])
    elif column == "action":
        new = _other(rng, old, [a.value for a in audit.AuditAction])
    elif column == "object_type":
        new = _other(rng, old, [None, "user", "case", "child"])
    elif column == "fields":
        new = _other(rng, old, ["", "login", "full_name,login,role", "passphrase", "active"])
    elif column == "outcome":
        new = _other(rng, old, [o.value for o in audit.Outcome])
    else:
        new = rng.randbytes(32).hex()
    con.execute(f"UPDATE audit_log SET {column} = ? WHERE seq = ?", (new, row["seq"]))
    return f"endret {column} i rad {row['seq']}: {old!r} -> {new!r}"


def delete_row(con: Any, rng: random.Random) -> str:
    seq = rng.choice(rows(con))["seq"]
    con.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
    return f"slettet rad {seq}"


def swap_rows(con: Any, rng: random.Random) -> str:
    a, b = rng.sample(rows(con), 2)
    for target, source in ((a, b), (b, a)):
        sets = ", ".join(f"{c} = ?" for c in EDITABLE)
        values = (*(source[c] for c in EDITABLE), target["seq"])
        con.execute(f"UPDATE audit_log SET {sets} WHERE seq = ?", values)
    return f"byttet innholdet i rad {a['seq']} og {b['seq']}"


def insert_row(con: Any, rng: random.Random) -> str:
    """A forged row whose own hash is right for its content and predecessor."""
    log = rows(con)
    position = rng.randint(1, len(log) + 1)
    con.execute("UPDATE audit_log SET seq = seq + 1000000 WHERE seq >= ?", (position,))
    con.execute("UPDATE audit_log SET seq = seq - 999999 WHERE seq >= 1000000")
    prev = log[position - 2]["hash"] if position > 1 else audit.GENESIS
    forged = AuditEntry(seq=position, at=datetime.fromisoformat(log[-1]["at"]).replace(tzinfo=UTC),
                        actor_id=1, action="view", object_type="case", object_id=99, fields="",
                        outcome="ok", prev_hash=prev, hash="")
    forged.hash = audit._link(forged)
    con.execute(
        f"INSERT INTO audit_log ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
        (position, log[-1]["at"], 1, "view", "case", 99, "", "ok", prev, forged.hash))
    return f"satt inn en falsk rad som nr. {position} av {len(log) + 1}"


def cut_tail(con: Any, rng: random.Random) -> str:
    log = rows(con)
    k = rng.randint(1, 5)
    con.execute("DELETE FROM audit_log WHERE seq > ?", (log[-1]["seq"] - k,))
    return f"kuttet de {k} siste radene"


TAMPERS: list[Callable[[Any, random.Random], str]] = [edit_field, delete_row, swap_rows, insert_row, cut_tail]


def verify_copy(path: Path, file_key: bytes) -> audit.ChainReport:
    """Verify the chain without unlocking through the app (which would append a row)."""
    engine = make_engine(path, file_key)
    try:
        with Session(engine) as session:
            return audit.verify(session)
    finally:
        engine.dispose()


def cli_verify(path: Path, file_key: bytes, capsys: pytest.CaptureFixture[str],
               monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    """`barnearket audit FILE --verify --recovery-key-stdin`, run in this process."""
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(format_recovery_key(file_key) + "\n"))
    code = cli_main(["audit", str(path), "--verify", "--recovery-key-stdin"])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_untouched_copy_verifies(logged: tuple[Path, bytes, KeyFile], tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    source, file_key, keys = logged
    copy = tmp_path / "kopi.barnearket"
    copy_database(source, file_key, keys, copy)
    report = verify_copy(copy, file_key)
    assert report.ok and report.rows >= 45
    code, out, err = cli_verify(copy, file_key, capsys, monkeypatch)
    assert code == 0, err
    assert "Hendelsesloggen er hel" in out


@pytest.mark.slow
@pytest.mark.parametrize("n", range(TAMPERINGS))
def test_tampering_is_detected(n: int, logged: tuple[Path, bytes, KeyFile], tmp_path: Path,
                               capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    source, file_key, keys = logged
    rng = random.Random(9000 + n)
    tamper = TAMPERS[n % len(TAMPERS)]
    copy = tmp_path / "kopi.barnearket"
    copy_database(source, file_key, keys, copy)
    con = connect_raw(copy, file_key)
    try:
        con.execute("BEGIN IMMEDIATE")
        what = tamper(con, rng)
        con.execute("COMMIT")
    finally:
        con.close()
    where = f"tampering {n} (seed {9000 + n}): {what}"

    report = verify_copy(copy, file_key)
    assert not report.ok, f"{where}: audit.verify did not notice"

    code, _, err = cli_verify(copy, file_key, capsys, monkeypatch)
    assert code == 1, f"{where}: `audit --verify` exited {code}: {err}"
    assert "Hendelsesloggen er endret" in err and "Traceback" not in err, where

    if n % 6 == 0:
        opened: CaseFile = open_case_file(copy, recovery_key=file_key)
        try:
            result = check_file(opened)
        finally:
            opened.close()
        assert any("Hendelsesloggen er endret" in f for f in result.findings), f"{where}: {result.findings}"
