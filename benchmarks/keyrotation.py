"""Benchmarks of issue 12: re-keying a 10,000-case file, the witness check at unlock, unlock after upgrade."""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from barnearket.domain.roles import Role
from barnearket.storage import accounts, audit, kdf, witness
from barnearket.storage.engine import connect_raw
from barnearket.storage.opening import create_case_file, open_case_file
from benchmarks.common import figure, median_ms

CASES = 10_000
SEED = 7
TODAY = date(2026, 3, 2)
PASSPHRASE = "måler med fire lange ord"
LOG_ROWS = 50_000


def _rekey_s(folder: Path) -> float:
    from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE, create_demo_file
    path = folder / "stor.barnearket"
    create_demo_file(path, cases=CASES, seed=SEED, today=TODAY)
    case_file = open_case_file(path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    try:
        accounts.add_user(case_file, "borte", "Borte Bruker", Role.SAKSBEHANDLER, PASSPHRASE,
                          kdf.fast_params_for_tests())
        started = time.perf_counter()
        accounts.remove_user(case_file, "borte")
        return time.perf_counter() - started
    finally:
        case_file.close()


def _fill_log(path: Path, file_key: bytes, rows: int) -> None:
    """Append `rows` correctly chained audit rows with plain SQL (the ORM would take minutes)."""
    con = connect_raw(path, file_key)
    try:
        seq, digest = con.execute("SELECT seq, hash FROM audit_head").fetchone()
        start = datetime.now(UTC)
        batch = []
        for n in range(rows):
            seq += 1
            at = start + timedelta(seconds=n)
            link = audit._link_values(seq, at, 1, "view", "case", n % 500 + 1, "", "ok", digest)
            batch.append((seq, at.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds"), 1,
                          "view", "case", n % 500 + 1, "", "ok", digest, link))
            digest = link
        con.execute("BEGIN IMMEDIATE")
        con.executemany("INSERT INTO audit_log (seq, at, actor_id, action, object_type, object_id, fields, "
                        "outcome, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)", batch)
        con.execute("UPDATE audit_head SET seq = ?, hash = ?", (seq, digest))
        con.execute("COMMIT")
    finally:
        con.close()


def _witness_ms(folder: Path) -> tuple[float, float]:
    """The witness part of an unlock (read + seal check + row lookup), and the whole chain walk."""
    path = folder / "vitne.barnearket"
    case_file = create_case_file(path, login="maaler", full_name="Måler", passphrase=PASSPHRASE,
                                 kdf_params=kdf.fast_params_for_tests())
    key = case_file.file_key
    case_file.close()
    _fill_log(path, key, LOG_ROWS)
    opened = open_case_file(path, login="maaler", passphrase=PASSPHRASE)
    try:
        folder_w = witness.default_folder()

        def check() -> None:
            with opened.read_session() as session:
                seen = witness.recall(folder_w, opened.keyfile, "maaler", opened.personal_key)
                assert seen is not None and witness.compare(session, seen.head)

        def walk() -> None:
            with opened.read_session() as session:
                assert audit.verify(session).ok
        return median_ms(check, repeat=9), median_ms(walk, repeat=3)
    finally:
        opened.close()


def _unlock_after_upgrade_ms(folder: Path) -> float:
    path = folder / "oppgradert.barnearket"
    cheap = kdf.KdfParams(2, kdf.MIN_MEMORY_KIB, 4, b"0" * kdf.SALT_BYTES)
    create_case_file(path, login="maaler", full_name="Måler", passphrase=PASSPHRASE, kdf_params=cheap).close()
    open_case_file(path, login="maaler", passphrase=PASSPHRASE).close()  # upgrades the slot if too fast
    return median_ms(lambda: open_case_file(path, login="maaler", passphrase=PASSPHRASE).close())


def run() -> list[dict[str, Any]]:
    """store.rekey_10k_s, store.witness_check_ms, store.audit_walk_50k_ms, store.unlock_after_upgrade_ms."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        witness_ms, walk_ms = _witness_ms(base)
        figures = [figure("store.witness_check_ms", witness_ms, "ms"),
                   figure("store.audit_walk_50k_ms", walk_ms, "ms"),
                   figure("store.unlock_after_upgrade_ms", _unlock_after_upgrade_ms(base), "ms")]
        figures.append(figure("store.rekey_10k_s", _rekey_s(base), "s"))
        return figures
