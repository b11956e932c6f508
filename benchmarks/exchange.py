"""Benchmarks of the exchange import and of the write-ahead-log check at unlock, on a 10,000-case file.

exchange.import_10k_s       import of a 10,000-case export into an empty training file (seconds)
exchange.import_200mb_peak_mb  peak memory of a process importing a 200 MB document (the stream reader)
exchange.wal_check_ms       reading and judging a hot log left by a crash of a 10,000-case file
exchange.wal_check_clean_ms the same check when the file was closed cleanly (no log: the usual case)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import figure, median_ms

CASES = 10_000
SEED = 11
TODAY = dt.date(2026, 6, 17)
BIG_BYTES = 200 * 1024 * 1024
ROOT = Path(__file__).resolve().parent.parent
REUSE_ENV = "BARNEARKET_BENCH_10K"
CRASH_COMMITS = 250

CRASH = """
import os, sys
from pathlib import Path
from barnearket.storage.engine import connect_raw
from barnearket.storage.opening import open_case_file
case_file = open_case_file(Path(sys.argv[1]), login="demo", passphrase="demo")
case_file.engine.dispose()
con = connect_raw(case_file.path, case_file.file_key)
for n in range(int(sys.argv[2])):
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE cases SET parent_phone = ? WHERE id = ?", (str(n), 1 + (n * 37) % 9000))
    con.execute("COMMIT")
os._exit(0)
"""


def run() -> list[dict[str, Any]]:
    """Build (or reuse) the 10,000-case file, export it, then measure in child processes."""
    with tempfile.TemporaryDirectory(prefix="barnearket-ex-") as folder:
        base = Path(folder)
        source = _demo_file(base)
        document = base / "alle.json"
        _export(source, document)
        found = [figure("exchange.document_10k_mb", document.stat().st_size / 1024**2, "MB")]
        found.append(_child("import", document, base / "mål-10k.barnearket", "exchange.import_10k_s"))
        big = _grow(document, base / "stor.json")
        found.append(figure("exchange.document_big_mb", big.stat().st_size / 1024**2, "MB"))
        found.append(_child("peak", big, base / "mål-stor.barnearket", "exchange.import_200mb_peak_mb"))
        found += _wal_check(source, base)
    return found


def _demo_file(base: Path) -> Path:
    path = base / "kommune.barnearket"
    reuse = os.environ.get(REUSE_ENV)
    if reuse and Path(reuse).is_file():
        for suffix in ("", ".keys", "-wal"):
            beside = Path(reuse + suffix)
            if beside.is_file():
                shutil.copyfile(beside, Path(str(path) + suffix))
        return path
    from barnearket.services.demo import create_demo_file
    create_demo_file(path, cases=CASES, seed=SEED, today=TODAY)
    return path


def _export(source: Path, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "barnearket", "export", str(source), "--user", "demo",
                    "--passphrase-stdin", "-o", str(out)], input="demo\n", text=True, check=True,
                   capture_output=True, cwd=ROOT)


def _grow(document: Path, out: Path) -> Path:
    """A document of at least 200 MB: the 10,000 cases again and again under new case numbers."""
    header, cases = _split(document)
    round_no = 0
    with out.open("w", encoding="utf-8") as handle:
        handle.write(header)
        first = True
        while out.stat().st_size < BIG_BYTES or round_no == 0:
            for line in cases:
                case = json.loads(line)
                case["number"] = f"{case['number']}-{round_no}"
                handle.write(("" if first else ",\n") + json.dumps(case, ensure_ascii=False))
                first = False
            handle.flush()
            round_no += 1
        handle.write("\n ]\n}\n")
    return out


def _split(document: Path) -> tuple[str, list[str]]:
    """The document's text before the cases, and one case per line (the way the program writes it)."""
    lines = document.read_text(encoding="utf-8").splitlines()
    start = lines.index(' "cases": [') + 1
    cases = [line.rstrip(",") for line in lines[start:] if line.startswith("{")]
    return "\n".join(lines[:start]) + "\n", cases


def _child(mode: str, document: Path, target: Path, name: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "benchmarks.exchange", mode, str(document), str(target)],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    value = float(done.stdout.strip().splitlines()[-1])
    return figure(name, value, "s" if mode == "import" else "MB")


def _import_into_empty(document: Path, target: Path) -> float:
    """Seconds to import the document into a new empty training file, committed."""
    from barnearket.domain.clock import SystemClock
    from barnearket.domain.roles import Role
    from barnearket.services import exchange
    from barnearket.services.context import Actor, ServiceContext
    from barnearket.services.settings import SYNTHETIC_IDS
    from barnearket.storage import kdf
    from barnearket.storage.opening import create_case_file
    from barnearket.storage.orm.meta import set_meta

    case_file = create_case_file(target, login="maaler", full_name="Måler", passphrase="en lang nok frase",
                                 kdf_params=kdf.fast_params_for_tests())
    try:
        with case_file.session() as session, session.begin():
            set_meta(session, SYNTHETIC_IDS, "true")
        assert case_file.user is not None
        started = time.perf_counter()
        with case_file.session() as session, session.begin():
            ctx = ServiceContext(session, Actor(case_file.user.id, "maaler", Role.ADMIN), SystemClock())
            exchange.import_file(ctx, document)
        return time.perf_counter() - started
    finally:
        case_file.close()


def _peak_mb() -> float:
    """This process's peak resident memory. ru_maxrss would also count the parent's peak before the
    exec (Linux keeps it across execve), so the kernel's high-water mark of this address space is used."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _wal_check(source: Path, base: Path) -> list[dict[str, Any]]:
    from barnearket.storage import journal

    clean = median_ms(lambda: journal.inspect(source), repeat=20)
    hot = base / "krasj.barnearket"
    for suffix in ("", ".keys"):
        shutil.copyfile(Path(str(source) + suffix), Path(str(hot) + suffix))
    subprocess.run([sys.executable, "-c", CRASH, str(hot), str(CRASH_COMMITS)], cwd=ROOT, check=True,
                   capture_output=True)
    report = journal.inspect(hot)
    assert report.frames > 0 and not report.loses_data
    return [figure("exchange.wal_check_ms", median_ms(lambda: journal.inspect(hot), repeat=9), "ms"),
            figure("exchange.wal_check_frames", report.frames, "count"),
            figure("exchange.wal_check_clean_ms", clean, "ms")]


if __name__ == "__main__":
    mode, document_arg, target_arg = sys.argv[1:4]
    seconds = _import_into_empty(Path(document_arg), Path(target_arg))
    if mode == "import":
        print(round(seconds, 2))
    else:
        print(round(_peak_mb(), 1))
