"""Encryption at rest (reliability plan C-1, C-2, C-9): no canary name or number in clear text.

A case file gets users and rows with canary names (Norwegian, Sami, Arabic, Tigrinya) and
synthetic fødselsnummer; rows are edited and deleted, a writer is killed with SIGKILL in the middle
of writing canary text, and backups are made (API and command line). Then every file the run left
behind is searched byte for byte: the case file, its -wal/-shm (right after the crash too), the key
file, the backups, the dedicated temp folder of the subprocesses, new files in this process's temp
folder, the home folders, and all log output.
"""

from __future__ import annotations

import json
import logging
import math
import os
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import text

from barnearket.domain.roles import Role
from barnearket.storage import accounts, backup, kdf
from barnearket.storage.check import check_file
from barnearket.storage.engine import PLAIN_SQLITE_HEADER
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.opening import create_case_file, open_case_file
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE
from tests.helpers.canary import find_canaries, searched_files
from tests.helpers.crash_worker import CHILD_TABLE, ForkServer

NAMES = [
    "Ŋuolas Čeavrris-Ødegård", "Máret Đuolbma", "Åse Ærlig-Øvrebø", "Sárá Ŧoađđi-Bæivi",
    "Ljudmila Šávžžá", "ليلى الحسيني", "ሰላም ተስፋይ", ADMIN_NAME,
]


def synthetic_fnr(day: int, month: int, year: int, start: int = 500) -> str:
    """A Test Norge number (month + 80) with valid mod-11 check digits; never a real person."""
    w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    for individual in range(start, 1000):
        digits = [int(c) for c in f"{day:02d}{month + 80:02d}{year % 100:02d}{individual:03d}"]
        k1 = (11 - sum(a * b for a, b in zip(w1, digits, strict=True)) % 11) % 11
        if k1 == 10:
            continue
        k2 = (11 - sum(a * b for a, b in zip(w2, [*digits, k1], strict=True)) % 11) % 11
        if k2 != 10:
            return "".join(map(str, [*digits, k1, k2]))
    raise ValueError("no valid number")


FNRS = [synthetic_fnr(13, 5, 2016), synthetic_fnr(29, 2, 2012), synthetic_fnr(1, 12, 2019, 720)]
CANARIES = [*NAMES, *FNRS]


def entropy(data: bytes) -> float:
    """Shannon entropy in bits per byte."""
    counts = Counter(data)
    return -sum(n / len(data) * math.log2(n / len(data)) for n in counts.values())


def test_find_canaries_sees_every_form_and_nothing_else(tmp_path: Path) -> None:
    name, fnr = NAMES[0], FNRS[0]
    forms = {
        "utf8.bin": name.encode(),
        "utf16.bin": name.encode("utf-16-le"),
        "upper.bin": name.upper().encode(),
        "nfd.bin": unicodedata.normalize("NFD", name).encode(),
        "nfd-upper-utf16.bin": unicodedata.normalize("NFD", name.upper()).encode("utf-16-le"),
        "word.bin": "...Ødegård...".encode(),
        "fnr.bin": f"x{fnr}x".encode("utf-16-le"),
        "fnr-spaced.bin": f"{fnr[:6]} {fnr[6:]}".encode(),
    }
    for file, data in forms.items():
        (tmp_path / "sub").mkdir(exist_ok=True)
        (tmp_path / "sub" / file).write_bytes(b"\x00" * 100 + data + b"\xff" * 100)
    (tmp_path / "clean.bin").write_bytes("Ola Nordmann 01010112345 Ødegaard".encode())
    hits = find_canaries([tmp_path], CANARIES)
    hit_files = {line.split(":")[0] for line in hits}
    assert hit_files == {str(tmp_path / "sub" / f) for f in forms}, hits
    # A plain SQLite file with the data would be caught: the search is not vacuous.
    plain = tmp_path / "plain.sqlite"
    con = sqlite3.connect(plain)
    con.execute("CREATE TABLE sak(navn TEXT, fnr TEXT)")
    con.executemany("INSERT INTO sak VALUES (?, ?)", [(NAMES[1], FNRS[1])])
    con.commit()
    con.close()
    assert len(find_canaries([plain], [NAMES[1], FNRS[1]])) >= 2


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_no_canary_anywhere_after_edits_deletes_a_crash_and_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    system_tmp = Path(tempfile.gettempdir())
    tmp_before = set(system_tmp.iterdir())
    work, sub_tmp = tmp_path / "arbeid", tmp_path / "tmp"
    work.mkdir()
    sub_tmp.mkdir()
    sub_env = {"TMPDIR": str(sub_tmp), "SQLITE_TMPDIR": str(sub_tmp), "QT_QPA_PLATFORM": "offscreen"}
    path = work / "saker.barnearket"
    fast = kdf.fast_params_for_tests()

    case_file = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                                 kdf_params=fast)
    try:
        accounts.add_user(case_file, "maret", NAMES[1], Role.SAKSBEHANDLER, "marets frase", fast)
        accounts.add_user(case_file, "sara", NAMES[3], Role.KOORDINATOR, "saras frase", fast)
        with case_file.session() as session, session.begin():
            session.execute(text("CREATE TABLE canary_sak (id INTEGER PRIMARY KEY, navn TEXT, fnr TEXT, "
                                 "notat TEXT)"))
            for i in range(320):
                note = " ".join(NAMES[(i + k) % len(NAMES)] + " " + FNRS[k % len(FNRS)] for k in range(60))
                session.execute(text("INSERT INTO canary_sak (navn, fnr, notat) VALUES (:n, :f, :t)"),
                                {"n": NAMES[i % len(NAMES)], "f": FNRS[i % len(FNRS)], "t": note})
        with case_file.session() as session, session.begin():
            session.execute(text("UPDATE canary_sak SET navn = :n WHERE id % 4 = 0"), {"n": NAMES[2]})
            session.execute(text("DELETE FROM canary_sak WHERE id % 5 = 0"))
        accounts.remove_user(case_file, "sara")
    finally:
        case_file.close()

    words_file = tmp_path / "ord.json"
    words_file.write_text(json.dumps([w for c in CANARIES for w in c.split()]), encoding="utf-8")
    server = ForkServer(path, tmp_path, ADMIN_LOGIN, ADMIN_PASSPHRASE, env=sub_env, words_file=words_file)
    try:
        words_file.unlink()  # read at start-up; it is the one file that must hold the canaries
        server.run_to_point(77, tmp_path / "kvitteringer.txt", 6, "after_children")  # kill -9 mid-commit
        assert Path(f"{path}-wal").exists(), "the crash should leave the WAL behind"
        crash_hits = find_canaries([work], CANARIES)
        assert crash_hits == [], crash_hits
    finally:
        server.close()

    reopened = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert check_file(reopened).ok
        with reopened.read_session() as session:
            stored = set(session.execute(text("SELECT navn FROM canary_sak")).scalars())
            crashed = session.execute(text(f"SELECT count(*) FROM {CHILD_TABLE}")).scalar_one()
            plain_header = session.execute(text("PRAGMA cipher_plaintext_header_size")).scalar_one()
        assert stored >= {NAMES[2], NAMES[1]}, "the canaries really are in the file"
        assert crashed > 0, "the killed writer committed canary text before it died"
        assert int(plain_header) == 0
        backup.backup(reopened, work / "kopi-api.barnearket")
    finally:
        reopened.close()

    cli = subprocess.run(
        [sys.executable, "-m", "barnearket", "backup", str(path), str(work / "kopi-cli.barnearket"),
         "--user", ADMIN_LOGIN, "--passphrase-stdin"],
        input=ADMIN_PASSPHRASE + "\n", capture_output=True, text=True, timeout=60,
        env={**os.environ, **sub_env}, check=False)
    assert cli.returncode == 0, cli.stderr

    captured = capsys.readouterr()
    logs = tmp_path / "logger.txt"
    logs.write_text("\n".join([cli.stdout, cli.stderr, captured.out, captured.err, caplog.text]),
                    encoding="utf-8")
    new_in_system_tmp = [p for p in set(system_tmp.iterdir()) - tmp_before if not p.is_symlink()]
    home = [Path(os.environ[v]) for v in ("HOME", "BARNEARKET_HOME") if v in os.environ]
    targets = [tmp_path, *new_in_system_tmp, *home]

    files = {p.name for p in searched_files(targets)}
    for expected in ("saker.barnearket", "saker.barnearket.keys", "kopi-api.barnearket",
                     "kopi-api.barnearket.keys", "kopi-cli.barnearket", "logger.txt", "worker-stderr.txt"):
        assert expected in files, f"{expected} was not searched"
    hits = find_canaries(targets, CANARIES)
    assert hits == [], "\n".join(hits)

    for db in (path, work / "kopi-api.barnearket", work / "kopi-cli.barnearket"):
        data = db.read_bytes()
        assert data[:16] != PLAIN_SQLITE_HEADER, db.name
        assert data[:16] == bytes.fromhex(json.loads(keyfile_path(db).read_text())["db_salt"]), db.name
    data = path.read_bytes()
    assert len(data) > 1_000_000 and entropy(data) > 7.99, (len(data), entropy(data))
