"""A process that writes "cases" into a case file until it is killed (reliability plan A-1).

Run as a script, it is a small fork server so that each of the 200 kills costs a fork, not a new
Python start-up with every import:

    python crash_worker.py serve CASE_FILE LOGIN [--words-file F]   # passphrase: first stdin line

Protocol on stdin/stdout, one line each:

    parent -> "run SEED OUTFILE MODE"  worker forks a writer; its stdout is OUTFILE
    worker -> "started PID"
    worker -> "opened PID"             only for MODE "opened": once the writer has unlocked the file
    parent    ... kills PID with SIGKILL after a random delay ...
    parent -> "reap"                   worker waits for the writer (only now, so PID is never reused)
    worker -> "ended PID STATUS"       STATUS as returned by os.waitpid
    parent -> "quit"

MODE is "now" or "opened" (the writer may also kill itself at a forced point chosen from SEED),
or "force:N:POINT": the writer kills itself at POINT of commit N and the parent just reaps it.

The writer opens the file with the real storage layer, then commits in a loop. If the file has a
unit, about a third of the commits open a real case through `barnearket.services.cases.create_case`
(acknowledged "s ID TOKEN"; the parent is named "Forelder TOKEN"). The others insert (or rewrite)
one row of the writer's own table with 5-50 child rows and a checksum over them, plus exactly one
audit row, all in one transaction (acknowledged "c ID" when created, "u ID VERSION" when
updated). An acknowledgement is printed, flushed, only after `commit` has returned.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CASE_TABLE = "crash_case"
CHILD_TABLE = "crash_child"
SCHEMA = (
    f"CREATE TABLE IF NOT EXISTS {CASE_TABLE} (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, "
    "n_children INTEGER NOT NULL, checksum TEXT NOT NULL, notat TEXT NOT NULL)",
    f"CREATE TABLE IF NOT EXISTS {CHILD_TABLE} (case_id INTEGER NOT NULL REFERENCES {CASE_TABLE}(id), "
    "idx INTEGER NOT NULL, payload TEXT NOT NULL, PRIMARY KEY (case_id, idx))",
)
DEFAULT_WORDS = ("barn", "bekymring", "samtale", "oppfølging", "tiltak", "møte", "notat", "plan")
# Points at which a writer may kill itself instead of waiting for the parent's random kill.
FORCED_POINTS = ("before_begin", "after_case_row", "after_children", "after_audit", "after_commit",
                 "after_checkpoint")


def checksum(notat: str, payloads: list[str]) -> str:
    """What a case row stores about its own content and its children, in order."""
    digest = hashlib.sha256(notat.encode())
    for payload in payloads:
        digest.update(b"\x00" + payload.encode())
    return digest.hexdigest()


def _text(rng: random.Random, words: list[str], max_words: int) -> str:
    return " ".join(rng.choice(words) for _ in range(rng.randint(1, max_words)))



def _own_case(session: Session, rng: random.Random, words: list[str], actor_id: int | None,
              point: Callable[[str], None]) -> str:
    """Create or rewrite one row of the writer's own table with its children and one audit row."""
    from sqlalchemy import text

    from barnearket.storage import audit

    ids = session.execute(text(f"SELECT id FROM {CASE_TABLE}")).scalars().all()
    notat = _text(rng, words, 12_000 if rng.random() < 0.02 else 20)  # now and then ~100 KB
    payloads = [_text(rng, words, 8) for _ in range(rng.randint(5, 50))]
    if ids and rng.random() < 0.3:
        case_id = rng.choice(ids)
        version = session.execute(text(f"SELECT version FROM {CASE_TABLE} WHERE id = :i"),
                                  {"i": case_id}).scalar_one() + 1
        session.execute(text(f"DELETE FROM {CHILD_TABLE} WHERE case_id = :i"), {"i": case_id})
        session.execute(
            text(f"UPDATE {CASE_TABLE} SET version = :v, n_children = :n, checksum = :c, "
                 "notat = :t WHERE id = :i"),
            {"v": version, "n": len(payloads), "c": checksum(notat, payloads), "t": notat, "i": case_id})
        action, ack = audit.AuditAction.UPDATE, f"u {case_id} {version}"
    else:
        case_id = session.execute(
            text(f"INSERT INTO {CASE_TABLE} (version, n_children, checksum, notat) "
                 "VALUES (1, :n, :c, :t) RETURNING id"),
            {"n": len(payloads), "c": checksum(notat, payloads), "t": notat}).scalar_one()
        action, ack = audit.AuditAction.CREATE, f"c {case_id}"
    point("after_case_row")
    for idx, payload in enumerate(payloads):
        session.execute(text(f"INSERT INTO {CHILD_TABLE} (case_id, idx, payload) VALUES (:c, :i, :p)"),
                        {"c": case_id, "i": idx, "p": payload})
    session.flush()
    point("after_children")
    audit.record(session, actor_id=actor_id, action=action, object_type=CASE_TABLE, object_id=case_id,
                 fields=["children", "notat"])
    point("after_audit")
    return ack


def write_forever(path: Path, login: str, passphrase: str, seed: int, words: list[str], mode: str,
                  opened_fd: int) -> None:
    """Open the file and commit cases until killed; acknowledge each commit on stdout."""
    from sqlalchemy import text

    from barnearket.domain.clock import SystemClock
    from barnearket.domain.model import Parent
    from barnearket.domain.roles import Role
    from barnearket.services.cases import create_case
    from barnearket.services.context import Actor, ServiceContext
    from barnearket.storage.opening import open_case_file

    rng = random.Random(seed)
    forced: tuple[int, str] | None = None
    if mode.startswith("force:"):
        _, n_text, name = mode.split(":")
        forced = (int(n_text), name)
    elif rng.random() < 0.3:
        forced = (rng.randint(0, 12), rng.choice(FORCED_POINTS))
    checkpoint_every = rng.randint(3, 12)

    def point(n: int, name: str) -> None:
        if forced == (n, name):
            os.kill(os.getpid(), signal.SIGKILL)

    case_file = open_case_file(path, login=login, passphrase=passphrase)
    with case_file.session() as session, session.begin():
        for statement in SCHEMA:
            session.execute(text(statement))
        unit_id = session.execute(text("SELECT min(id) FROM units WHERE active")).scalar()
    assert case_file.user is not None
    actor = Actor(case_file.user.id, case_file.user.login, Role(case_file.user.role))
    with contextlib.suppress(BrokenPipeError):  # nobody listens unless MODE is "opened"
        os.write(opened_fd, b"o")
    os.close(opened_fd)
    n = 0
    while True:
        point(n, "before_begin")
        if unit_id is not None and rng.random() < 0.35:
            token = rng.randbytes(6).hex()
            with case_file.session() as session, session.begin():
                ctx = ServiceContext(session, actor, SystemClock())
                case_id = create_case(ctx, unit_id=unit_id, parent=Parent(name=f"Forelder {token}"))
                for name in ("after_case_row", "after_children", "after_audit"):
                    point(n, name)
            ack = f"s {case_id} {token}"
        else:
            with case_file.session() as session, session.begin():
                ack = _own_case(session, rng, words, case_file.actor_id, functools.partial(point, n))
        point(n, "after_commit")
        print(ack, flush=True)
        n += 1
        if mode.startswith("force:") and forced is not None and n > forced[0] + 1:
            print(f"forced point {forced} was never reached", file=sys.stderr, flush=True)
            os._exit(5)
        if n % checkpoint_every == 0 or forced == (n - 1, "after_checkpoint"):
            raw = case_file.engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                raw.close()
            point(n - 1, "after_checkpoint")  # the checkpoint that follows commit n - 1


def serve(path: Path, login: str, passphrase: str, words: list[str]) -> int:
    """The fork server loop described in the module docstring."""
    import barnearket.services.cases
    import barnearket.storage.audit
    import barnearket.storage.opening  # noqa: F401  (imported once, before any fork)

    print("ready", flush=True)
    for line in sys.stdin:
        command = line.split()
        if command == ["quit"]:
            return 0
        if len(command) != 4 or command[0] != "run":
            print(f"error unknown command {line!r}", flush=True)
            return 2
        seed, outfile, mode = int(command[1]), command[2], command[3]
        sys.stdout.flush()
        sys.stderr.flush()
        opened_r, opened_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            try:
                os.close(opened_r)
                out = os.open(outfile, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                os.dup2(out, 1)
                os.close(out)
                write_forever(path, login, passphrase, seed, words, mode, opened_w)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                os._exit(3)
            os._exit(4)
        os.close(opened_w)
        print(f"started {pid}", flush=True)
        if mode == "opened":
            os.read(opened_r, 1)  # b"" if the writer died before unlocking: then it is reaped below
            print(f"opened {pid}", flush=True)
        os.close(opened_r)
        if sys.stdin.readline().strip() != "reap":
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return 2
        _, status = os.waitpid(pid, 0)
        print(f"ended {pid} {status}", flush=True)
    return 0


class ForkServer:
    """The fork server, driven line by line over pipes."""

    def __init__(self, case_path: Path, workdir: Path, login: str, passphrase: str, *,
                 env: dict[str, str] | None = None, words_file: Path | None = None) -> None:
        self.workdir = workdir
        self.stderr_path = workdir / "worker-stderr.txt"
        self._stderr: IO[bytes] = self.stderr_path.open("wb")
        argv = [sys.executable, str(Path(__file__).resolve()), "serve", str(case_path), login]
        if words_file is not None:
            argv += ["--words-file", str(words_file)]
        full_env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), **(env or {})}
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self._stderr, env=full_env, text=True, bufsize=1,
                                     cwd=workdir)
        self._writer: int | None = None  # started and not yet reaped: its pid cannot be reused
        self._send(passphrase)
        self._expect("ready")

    def _send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def _expect(self, word: str) -> list[str]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        parts = line.split()
        assert parts and parts[0] == word, f"worker said {line!r}; stderr:\n{self.stderr()}"
        return parts[1:]

    def stderr(self) -> str:
        """What the worker and its writers wrote to stderr so far."""
        self._stderr.flush()
        return self.stderr_path.read_text(errors="replace")

    def run_and_kill(self, seed: int, delay_s: float, outfile: Path, *, after_open: bool = True) -> None:
        """Start a writer, SIGKILL it `delay_s` after it unlocked the file (or after it started)."""
        self._send(f"run {seed} {outfile} {'opened' if after_open else 'now'}")
        pid = self._writer = int(self._expect("started")[0])
        if after_open:
            self._expect("opened")
        time.sleep(delay_s)  # the random crash point, not a synchronisation
        os.kill(pid, signal.SIGKILL)  # the writer is not reaped yet, so this pid is still ours
        self._reap(pid)

    def run_to_point(self, seed: int, outfile: Path, commit: int, point: str) -> None:
        """Start a writer that kills itself at `point` of commit number `commit` (0-based)."""
        assert point in FORCED_POINTS
        self._send(f"run {seed} {outfile} force:{commit}:{point}")
        self._writer = int(self._expect("started")[0])
        self._reap(self._writer)

    def _reap(self, pid: int) -> None:
        self._send("reap")
        ended_pid, status = (int(x) for x in self._expect("ended"))
        self._writer = None
        assert ended_pid == pid
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
            f"writer ended with status {status}, not by SIGKILL; stderr:\n{self.stderr()}")

    def close(self) -> None:
        """Stop the fork server (and a writer left running by a failed or timed-out test)."""
        if self._writer is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._writer, signal.SIGKILL)
        if self.proc.poll() is None:
            with contextlib.suppress(OSError):
                self._send("quit")
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.stdout.close()
        self._stderr.close()


def main() -> int:
    """Command line of the worker."""
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["serve"])
    parser.add_argument("case_file", type=Path)
    parser.add_argument("login")
    parser.add_argument("--words-file", type=Path)
    args = parser.parse_args()
    passphrase = sys.stdin.readline().rstrip("\n")
    words = list(DEFAULT_WORDS)
    if args.words_file:
        words = json.loads(args.words_file.read_text(encoding="utf-8"))
    return serve(args.case_file, args.login, passphrase, words)


if __name__ == "__main__":
    raise SystemExit(main())
