"""Case files left with a hot write-ahead log by a writer that died without closing (journal tests)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from barnearket.storage import kdf
from barnearket.storage.journal import FRAME_HEADER_BYTES, HEADER_BYTES, wal_path
from barnearket.storage.opening import create_case_file
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE

FRAME = 4096 + FRAME_HEADER_BYTES
WRITER = """
import os, sys
from pathlib import Path
from barnearket.storage.engine import connect_raw
from barnearket.storage.opening import open_case_file
path, passphrase, first, count, restart = Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"), \\
    int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
case_file = open_case_file(path, login=sys.argv[5], passphrase=passphrase)
case_file.engine.dispose()
conn = connect_raw(path, case_file.file_key)
conn.execute("CREATE TABLE IF NOT EXISTS marker (n INTEGER PRIMARY KEY, body TEXT)")
conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # the log then holds marker commits only
for n in range(first, first + count):
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO marker VALUES (?, ?)", (n, "x" * (1500 + 2500 * (n % 3))))
    conn.execute("COMMIT")
if restart:
    conn.execute("PRAGMA wal_checkpoint(RESTART)").fetchall()
    for n in range(first + count, first + count + 2):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO marker VALUES (?, ?)", (n, "y"))
        conn.execute("COMMIT")
sys.stdout.write("done\\n")
sys.stdout.flush()
os._exit(0)
"""


@dataclass(frozen=True)
class Template:
    """A case file with a hot log; `markers` is every acknowledged marker row."""

    folder: Path
    file_key: bytes
    markers: int

    @property
    def path(self) -> Path:
        """The case file."""
        return self.folder / "saker.barnearket"


def make_hot_file(folder: Path, *, restart: bool = False) -> Template:
    """A new file whose log holds 7 committed marker transactions (or, with `restart`, 2 after a
    restarted log, with frames of the earlier generation left behind them)."""
    folder.mkdir()
    path = folder / "saker.barnearket"
    case_file = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                                 kdf_params=kdf.fast_params_for_tests())
    file_key = case_file.file_key
    case_file.close()
    count = 4 if restart else 7
    done = subprocess.run([sys.executable, "-c", WRITER, str(path), "1", str(count), "1" if restart else "0",
                           ADMIN_LOGIN], input=ADMIN_PASSPHRASE + "\n", capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.stdout == "done\n", done.stderr
    assert wal_path(path).stat().st_size > 0
    return Template(folder, file_key, count + (2 if restart else 0))


def commit_frames(log: bytes) -> list[int]:
    """Indexes of the commit frames of a log."""
    count = (len(log) - HEADER_BYTES) // FRAME
    return [j for j in range(count)
            if int.from_bytes(log[HEADER_BYTES + j * FRAME + 4:HEADER_BYTES + j * FRAME + 8], "big")]


def lose_last_two(path: Path) -> None:
    """Flip one byte in the second-last commit frame: the last two transactions cannot be replayed."""
    log = bytearray(wal_path(path).read_bytes())
    log[HEADER_BYTES + commit_frames(bytes(log))[-2] * FRAME + 2000] ^= 0x40
    wal_path(path).write_bytes(bytes(log))
