"""kill -9 while writing cases (reliability plan A-1 and E-2).

A fork-server worker (`tests/helpers/crash_worker.py`) writes cases through the real storage layer
into one reused case file; the test SIGKILLs the writer at 200 seeded random points (plus forced
points chosen by the writer itself: before BEGIN, after each statement group, after COMMIT, after a
checkpoint). After every kill the file must open, pass `check_file`, hold every acknowledged
case complete, hold no partial case, and have exactly one audit row per committed change.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from barnearket.storage.casefile import CaseFile
from barnearket.storage.check import check_file
from barnearket.storage.mapping import load_case
from barnearket.storage.opening import open_case_file
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.helpers import crash_worker
from tests.helpers.crash_worker import CASE_TABLE, CHILD_TABLE, ForkServer

KILLS = 200
SEED = 20240611


@dataclass
class Acked:
    """What writers acknowledged.

    Own-table cases: created ids and the newest acknowledged version per id. Real cases (made by
    `services.cases.create_case`): the token in the parent's name, per case id.
    """

    created: set[int] = field(default_factory=set)
    versions: dict[int, int] = field(default_factory=dict)
    real: dict[int, str] = field(default_factory=dict)
    commits: int = 0

    def read(self, outfile: Path) -> set[tuple[str, int]]:
        """Add the complete acknowledgement lines of one writer; returns (kind, id) of each."""
        data = outfile.read_text() if outfile.exists() else ""
        lines = data.split("\n")[:-1]  # a line without its newline was never acknowledged
        fresh = set()
        for line in lines:
            kind, *rest = line.split()
            case_id = int(rest[0])
            if kind == "s":
                self.real[case_id] = rest[1]
                fresh.add(("real", case_id))
                continue
            fresh.add(("own", case_id))
            if kind == "c":
                self.created.add(case_id)
                self.versions[case_id] = max(self.versions.get(case_id, 0), 1)
            else:
                assert kind == "u", line
                self.versions[case_id] = max(self.versions.get(case_id, 0), int(rest[1]))
        self.commits += len(lines)
        return fresh


def _audit_counts(session: Session, object_type: str) -> Counter[tuple[int, str]]:
    rows = session.execute(text("SELECT object_id, action FROM audit_log WHERE object_type = :t"),
                           {"t": object_type})
    return Counter((oid, action) for oid, action in rows)


def _verify_own(session: Session, acked: Acked, where: str, full_from_id: int, fresh: set[int]) -> int:
    tables = set(session.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars())
    if CASE_TABLE not in tables:
        assert not acked.versions, f"{where}: acknowledged cases but no table"
        return 0
    cases = {row.id: row for row in session.execute(
        text(f"SELECT id, version, n_children, checksum, notat FROM {CASE_TABLE}"))}
    counts: dict[int, int] = {case_id: n for case_id, n in session.execute(text(
        f"SELECT case_id, count(*) FROM {CHILD_TABLE} GROUP BY case_id"))}
    audit_rows = _audit_counts(session, CASE_TABLE)
    for case_id, version in acked.versions.items():
        assert case_id in cases, f"{where}: acknowledged case {case_id} is missing"
        assert cases[case_id].version >= version, f"{where}: acknowledged update of {case_id} lost"
    orphans = set(counts) - set(cases)
    assert not orphans, f"{where}: child rows without their case: {sorted(orphans)[:5]}"
    for case_id, row in cases.items():
        assert counts.get(case_id, 0) == row.n_children, f"{where}: case {case_id} is partial"
        assert audit_rows[(case_id, "create")] == 1, f"{where}: case {case_id} create audit rows"
        assert audit_rows[(case_id, "update")] == row.version - 1, f"{where}: case {case_id} updates"
        if case_id >= full_from_id or case_id in fresh:
            payloads = session.execute(text(
                f"SELECT payload FROM {CHILD_TABLE} WHERE case_id = :i ORDER BY idx"),
                {"i": case_id}).scalars().all()
            assert crash_worker.checksum(row.notat, list(payloads)) == row.checksum, (
                f"{where}: case {case_id} content does not match its checksum")
    stray = {oid for (oid, _) in audit_rows} - set(cases)
    assert not stray, f"{where}: audit rows for changes that were never committed: {sorted(stray)[:5]}"
    return max(cases, default=0)


def _verify_real(session: Session, acked: Acked, where: str, fresh: set[int]) -> None:
    ids = set(session.execute(text("SELECT id FROM cases")).scalars())
    audit_rows = _audit_counts(session, "case")
    for case_id in acked.real:
        assert case_id in ids, f"{where}: acknowledged real case {case_id} is missing"
    for case_id in fresh:
        case = load_case(session, case_id)
        assert case.parent.name == f"Forelder {acked.real[case_id]}", f"{where}: case {case_id} content"
    for case_id in ids:
        assert audit_rows[(case_id, "create")] == 1, f"{where}: real case {case_id} create audit rows"
    stray = {oid for (oid, _) in audit_rows} - ids
    assert not stray, f"{where}: audit rows for cases that were never committed: {sorted(stray)[:5]}"


def verify_after_crash(case_file: CaseFile, acked: Acked, where: str, full_from_id: int,
                       fresh: set[tuple[str, int]]) -> int:
    """Every acked case present and complete, no partial case, audit rows 1:1 with commits.

    Own-table checksums are recomputed for ids >= `full_from_id` and for those acknowledged by the
    last writer (`fresh`); older ones were verified after earlier kills and are still covered by the
    counts. Returns the highest own-table case id.
    """
    result = check_file(case_file)
    assert result.ok, f"{where}: check_file found {result.findings}"
    with case_file.read_session() as session:
        highest = _verify_own(session, acked, where, full_from_id, {i for k, i in fresh if k == "own"})
        _verify_real(session, acked, where, {i for k, i in fresh if k == "real"})
    return highest


def _kill(worker: ForkServer, rng: random.Random, kill: int, outfile: Path) -> str:
    """Kill one writer at a seeded point; returns a description for failure messages.

    Every 10th writer kills itself at a chosen point (before BEGIN, between statements, after
    COMMIT before the acknowledgement, after a checkpoint); 15% are killed soon after they start
    (during unlock or the first statements); the rest at a random time after unlocking (a writer
    may also pick a forced point of its own from its seed).
    """
    seed = rng.getrandbits(32)
    if kill % 10 == 9:
        commit, point = rng.randint(0, 6), rng.choice(crash_worker.FORCED_POINTS)
        worker.run_to_point(seed, outfile, commit, point)
        return f"writer seed {seed}, forced at {point} of commit {commit}"
    after_open = rng.random() >= 0.15
    delay = rng.uniform(0.0, 0.12 if after_open else 0.15)
    worker.run_and_kill(seed, delay, outfile, after_open=after_open)
    return f"writer seed {seed}, killed {delay:.3f}s after {'unlock' if after_open else 'start'}"


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_kill_minus_nine_at_200_random_points(worker_file: tuple[Path, ForkServer], tmp_path: Path) -> None:
    path, worker = worker_file
    rng = random.Random(SEED)
    acked = Acked()
    verified_to = 0
    for kill in range(KILLS):
        outfile = tmp_path / f"ack-{kill}.txt"
        where = f"kill {kill} (test seed {SEED}, {_kill(worker, rng, kill, outfile)})"
        fresh = acked.read(outfile)
        case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
        try:
            verified_to = verify_after_crash(case_file, acked, where, verified_to, fresh) + 1
        finally:
            case_file.close()
    # The kills must have landed while work was being acknowledged, not only before it started.
    assert acked.commits >= KILLS // 2, f"only {acked.commits} acknowledged commits over {KILLS} kills"
    assert len(acked.created) >= KILLS // 10 and len(acked.real) >= KILLS // 10
    assert "Traceback" not in worker.stderr(), worker.stderr()


def test_verifier_notices_a_lost_acknowledged_case(worker_file: tuple[Path, ForkServer],
                                                   tmp_path: Path) -> None:
    """The crash check itself can fail: a partial case and lost acknowledged cases are reported."""
    path, worker = worker_file
    acked = Acked()
    outfile = tmp_path / "ack.txt"
    worker.run_to_point(3, outfile, 8, "after_commit")  # commit 8 done but not acknowledged
    fresh = acked.read(outfile)
    assert acked.commits == 8 and acked.created and acked.real, fresh
    case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        verify_after_crash(case_file, acked, "intact", 0, fresh)
        with case_file.session() as session, session.begin():
            session.execute(text("DELETE FROM cases WHERE id = :i"), {"i": min(acked.real)})
        with pytest.raises(AssertionError, match="real case"):
            verify_after_crash(case_file, acked, "lost real", 0, fresh)
        victim = min(acked.created)
        with case_file.session() as session, session.begin():
            session.execute(text(f"DELETE FROM {CHILD_TABLE} WHERE case_id = :i AND idx = 0"), {"i": victim})
        with pytest.raises(AssertionError, match="partial"):
            verify_after_crash(case_file, acked, "partial", 0, fresh)
        with case_file.session() as session, session.begin():
            session.execute(text(f"DELETE FROM {CHILD_TABLE} WHERE case_id = :i"), {"i": victim})
            session.execute(text(f"DELETE FROM {CASE_TABLE} WHERE id = :i"), {"i": victim})
        with pytest.raises(AssertionError, match="missing"):
            verify_after_crash(case_file, acked, "lost", 0, fresh)
    finally:
        case_file.close()
