"""Benchmarks of the domain on a 10,000-case demo file: making it, its size, autosave, checking it."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.sheets import answer_question
from barnearket.storage.casefile import CaseFile
from barnearket.storage.check import check_file
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.sheets import SheetRow
from benchmarks.common import figure

CASES = 10_000
SAVES = 200
WARM_UP = 20
ANSWERS = ("information_plan", "child_experience", "followup_plan", "contingency", "caring_tasks_detail")


def _make(path: Path) -> float:
    """Seconds for `barnearket demo FILE --cases 10000`, run as the command a user would run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "barnearket", "demo", str(path), "--cases", str(CASES),
                    "--today", "2026-03-02"], check=True, env=env, capture_output=True)
    return time.perf_counter() - started


def _drafts(case_file: CaseFile) -> list[tuple[int, int]]:
    """(sheet, child) pairs of draft conversations, spread over the file."""
    with case_file.read_session() as session:
        rows = session.execute(
            select(SheetRow.id, ChildRow.id).join(ChildRow, ChildRow.case_id == SheetRow.case_id)
            .where(SheetRow.status == "draft").order_by(SheetRow.id)).all()
    step = max(1, len(rows) // SAVES)
    return [(r[0], r[1]) for r in rows[::step]][:SAVES]


def _save_p95_ms(case_file: CaseFile) -> float:
    """p95 of one autosave: `answer_question` plus its commit, on drafts across the file."""
    assert case_file.user is not None
    actor = Actor(case_file.user.id, case_file.user.login, Role(case_file.user.role))
    times = []
    drafts = _drafts(case_file)
    for n, (sheet_id, child_id) in enumerate(drafts[:WARM_UP] + drafts):
        started = time.perf_counter()
        with case_file.session() as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock())
            answer_question(ctx, sheet_id, ANSWERS[n % len(ANSWERS)], f"Autolagret {n}.", child_id=child_id)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.quantiles(times[WARM_UP:], n=20)[18]


def _check_s(case_file: CaseFile) -> float:
    started = time.perf_counter()
    result = check_file(case_file)
    assert result.ok, result.findings
    return time.perf_counter() - started


def run() -> list[dict[str, Any]]:
    """domain.demo_10k_s, domain.file_10k_mb, domain.save_answer_p95_ms and store.check_10k_s."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo10k.barnearket"
        made = _make(path)
        size_mb = path.stat().st_size / 1e6
        case_file = open_case_file(path, login="demo", passphrase="demo")
        try:
            save = _save_p95_ms(case_file)
            check = _check_s(case_file)
        finally:
            case_file.close()
    return [
        figure("domain.demo_10k_s", made, "s"),
        figure("domain.file_10k_mb", size_mb, "MB"),
        figure("domain.save_answer_p95_ms", save, "ms"),
        figure("store.check_10k_s", check, "s"),
    ]
