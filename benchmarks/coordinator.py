"""Benchmarks of the coordinator's overview on a 10,000-case demo file, measured in a fresh process."""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import figure

CASES = 10_000
SEED = 11
TODAY = dt.date(2026, 6, 17)
ROOT = Path(__file__).resolve().parent.parent


def run() -> list[dict[str, Any]]:
    """Build the demo file once, then measure in a child process (so its peak RSS is the panel's own)."""
    from barnearket.services.demo import create_demo_file

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kommune.barnearket"
        create_demo_file(path, cases=CASES, seed=SEED, today=TODAY)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run([sys.executable, "-m", "benchmarks.coordinator", str(path)], cwd=ROOT, env=env,
                              capture_output=True, text=True, check=True)
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def _measure(path: Path) -> list[dict[str, Any]]:
    from PySide6.QtWidgets import QApplication

    from barnearket.storage.opening import open_case_file

    app = QApplication([])
    case_file = open_case_file(path, login="demo", passphrase="demo")
    try:
        ui, panel = _panel(case_file)
        found = [_overview(app, panel), _filter(panel), _figures(panel), *_sql_ratio(ui)]
        found.append(figure("coordinator.open_concerns", panel.overview.total, "count"))
        panel.jobs.wait()
        panel.close()
        panel.deleteLater()
        app.processEvents()
    finally:
        case_file.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [*found, figure("coordinator.peak_rss_mb", peak, "MB")]


def _panel(case_file: Any) -> tuple[Any, Any]:
    from sqlalchemy import select

    from barnearket.domain.clock import FixedClock
    from barnearket.domain.roles import Role
    from barnearket.services.context import Actor
    from barnearket.storage.orm.users import User
    from barnearket.ui.context import UiContext
    from barnearket.ui.coordinator import OverviewPanel
    from barnearket.ui.seams import Dialogs

    with case_file.read_session() as session:
        user = session.scalars(select(User).where(User.role == Role.KOORDINATOR.value)).first()
    actor = Actor(user.id, user.login, Role.KOORDINATOR)
    clock = FixedClock(dt.datetime.combine(TODAY, dt.time(10), tzinfo=dt.UTC))
    ui = UiContext(case_file, actor, clock, None, None, dialogs=Dialogs(headless=True))
    panel = OverviewPanel(ui, lambda _case: None)
    panel.resize(1366, 740)
    panel.show()
    return ui, panel


def _wait(signal: Any, start: Callable[[], None]) -> float:
    """Milliseconds from `start()` until `signal` fires, with Qt's event loop running (as in the app)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    fired: list[float] = []

    def stop() -> None:
        fired.append(time.perf_counter())
        loop.quit()

    signal.connect(stop)
    began = time.perf_counter()
    start()
    if not fired:
        loop.exec()
    signal.disconnect(stop)
    return (fired[0] - began) * 1000


def _overview(app: Any, panel: Any) -> dict[str, Any]:
    """coordinator.overview_ms: reload until the first page and the counts are shown (queries off the GUI
    thread, at once), median of 5."""
    times = []
    for _ in range(5):
        times.append(_wait(panel.loaded, panel.reload))
        panel.jobs.wait()
        app.processEvents()
    return figure("coordinator.overview_ms", statistics.median(times), "ms")


def _filter(panel: Any) -> dict[str, Any]:
    """coordinator.filter_ms: a search typed into the loaded overview, until the database's first page
    of it is shown (once typing has settled: the 150 ms wait for the next key comes on top), median of 5."""
    search, table = panel.overview.filters.search, panel.overview
    times = []
    for text in ("rus", "nord", "2025-", "psykisk", "beslutning"):
        search.setText(text)
        times.append(_wait(table.refreshed, table.requery))
        search.clear()
        _wait(table.refreshed, table.requery)
    return figure("coordinator.filter_ms", statistics.median(times), "ms")


def _figures(panel: Any) -> dict[str, Any]:
    """coordinator.figures_ms: the year's figures for all units, counted and shown, median of 3."""
    panel.tabs.setCurrentWidget(panel.figures)
    times = [_wait(panel.figures.loaded, panel.figures.reload) for _ in range(3)]
    return figure("coordinator.figures_ms", statistics.median(times), "ms")


def _sql_ratio(ui: Any) -> list[dict[str, Any]]:
    """coordinator.sql_ratio: the first screen's service calls (first page + summary) ÷ the same SQL on
    the open DB-API connection."""
    from benchmarks.overviewsql import raw_ms, service_ms

    with ui.reading() as sctx:
        direct = raw_ms(sctx, repeat=7)
        app = service_ms(sctx, repeat=7)
    return [figure("coordinator.sql_ratio", app / direct, "ratio", baseline=round(direct, 3)),
            figure("coordinator.overview_query_ms", app, "ms", baseline=round(direct, 3))]


if __name__ == "__main__":
    for line in _measure(Path(sys.argv[1])):
        print(json.dumps(line, ensure_ascii=False), flush=True)
