"""Benchmark of changes seen live on the server (issue 14 point 2), on a throwaway PostgreSQL cluster.

together.refresh_ms: another login renames a case's parent through the services and commits; the
time until the real main window (logged in through its unlock window, in a child process) shows the
new name in its case list. Median and 95th percentile of ROUNDS changes, one at a time (a window
reloads at most once a second, so changes closer together wait for that); the budget is 2,000 ms.
Skipped when PostgreSQL is not installed.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import figure
from benchmarks.demoserver import demo_server

CASES = int(os.environ.get("BARNEARKET_LIVE_BENCH_CASES", "300"))
ROUNDS = 30
BUDGET_MS = 2000.0
ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_S = 600


def run() -> list[dict[str, Any]]:
    """Start a cluster, build a demo municipality, time the refreshes in a child process, stop."""
    with demo_server(CASES, seed=3) as server:
        if server is None:
            return []
        with tempfile.TemporaryDirectory(prefix="barnearket-live-") as home:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BARNEARKET_HOME": home}
            done = subprocess.run([sys.executable, "-m", "benchmarks.together_live", server.url], cwd=ROOT,
                                  env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"live probe failed ({done.returncode}):\n{done.stderr[-3000:]}")
        return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _probe(url: str) -> list[dict[str, Any]]:
    """In the child: the window as one person, the services as another login of the same person."""
    from PySide6.QtWidgets import QApplication

    from barnearket.app import Barnearket, LaunchOptions
    from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE
    from barnearket.storage.location import StoreLocation
    from barnearket.storage.store import open_store
    from barnearket.ui.caselist import SUMMARY_ROLE
    from barnearket.ui.seams import Dialogs

    app = QApplication([sys.argv[0]])
    root = Barnearket(LaunchOptions(server=url), dialogs=Dialogs(headless=True), persist_settings=False)
    root.start()
    root.unlock.login.setText(DEMO_LOGIN)
    root.unlock.passphrase.setText(DEMO_PASSPHRASE)
    root.unlock.unlock_button.click()
    _until(app, lambda: root.main is not None and root.main.live.channel.connected, 60)
    main = root.main
    assert main is not None
    model = main.browser.model
    case_id = int(model.index(0, 0).data(SUMMARY_ROLE).id)
    other = open_store(StoreLocation.server(url), login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    times: list[float] = []
    try:
        for n in range(ROUNDS):
            name = f"Ánde Ŋuolas {n}"
            committed = _rename(other, case_id, name)
            _until(app, lambda name=name: _shown(model, case_id, name, SUMMARY_ROLE), 10)
            times.append((time.perf_counter() - committed) * 1000)
            _pause(app, 1.1)  # one change at a time: past the window's reload throttle
    finally:
        other.close()
        root.shutdown()
    return [figure("together.refresh_ms", statistics.median(times), "ms", BUDGET_MS),
            figure("together.refresh_p95_ms", _p95(times), "ms", BUDGET_MS)]


def _rename(store: Any, case_id: int, name: str) -> float:
    from dataclasses import replace

    from barnearket.domain.clock import SystemClock
    from barnearket.domain.roles import Role
    from barnearket.services.cases import update_case, view_case
    from barnearket.services.context import Actor, ServiceContext

    user = store.user
    with store.session() as session, session.begin():
        ctx = ServiceContext(session, Actor(user.id, user.login, Role(user.role)), SystemClock())
        case = view_case(ctx, case_id, log_view=False)
        update_case(ctx, case_id, parent=replace(case.parent, name=name), responsible_id=case.responsible_id,
                    categories=case.categories, treatment_phase=case.treatment_phase)
    return time.perf_counter()


def _shown(model: Any, case_id: int, name: str, role: Any) -> bool:
    row = model.row_of(case_id)
    return bool(row >= 0 and model.index(row, 0).data(role).parent_name == name)


def _until(app: Any, condition: Any, timeout_s: float) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not follow in time")
        app.processEvents()
        time.sleep(0.002)


def _pause(app: Any, seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)


if __name__ == "__main__":
    for line in _probe(sys.argv[1]):
        print(json.dumps(line, ensure_ascii=False), flush=True)
