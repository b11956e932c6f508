"""Benchmarks of server mode on a throwaway PostgreSQL cluster (skipped when none is installed).

server.overview_ms: what the koordinator waits for: her panel (offscreen, in a child process, over
the socket, through row-level security) from «Oppdater» until the first page of open concerns and
the overdue counts are shown, median of 5; server.overview_service_ms: the two service calls behind
it (`overview_page`, `overview_summary`) one after the other, and server.sql_ratio: that ÷ the same
two statements on the same role's DB-API cursor; server.overview_load_1min: the load average then;
server.save_p95_ms: 20 saksbehandlere, each in a process of her own saving
observations through the services on a case of her own (row-level security chained to her units),
each at a person's pace: an autosave every 2 s from a random start (open loop, 10 saves a second in
all), the 95th percentile of one save (its own transaction, committed; baseline: the median);
server.save_p95_closed_loop_ms: the same 20 back to back (a saturation test: on a shared 2-core
machine mostly the wait for a core), with server.save_closed_loop_per_s the saves a second they
reach; server.save_p95_5_writers_ms: 5 back to back; server.save_single_ms: the median save with
nobody else writing; server.save_client_cpu_ms / server.save_server_cpu_ms: CPU per save in the
writer process and in its server backend (/proc), from the paced run; server.load_1min* the
machine's load average before, after the paced and after the closed-loop run. Each writer saves
three times before the timing starts (the first save of a session compiles and prepares its
statements once).
server.unlock_to_main_ms: the real window (offscreen, in a child process) from pressing «Lås opp» as
demo/demo over TCP with TLS until the main window is shown with the case list filled, median of 3
(compare workspace.unlock_to_main_ms); server.move_10k_s: `move` of a 10,000-case demo file onto an
empty server (read the file, write everything, the audit history included), with the CPU it took in
this process (server.move_10k_client_cpu_s) and the load after it. Figures depend heavily
on the machine: 20 writers and their 20 server processes share its cores.
BARNEARKET_SERVER_BENCH_CASES sets the size of the overview's municipality (10,000; 100,000 is the
issue's second size: the demo generator writes 10,000 and `bigtown.py` copies them inside PostgreSQL),
BARNEARKET_SERVER_BENCH_PARTS picks parts (overview,saves,unlock,move). On a shared 2-core machine
the 20 writers' own Python processes compete with the server for the cores, which a municipality's
20 PCs would not.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import figure

CASES = int(os.environ.get("BARNEARKET_SERVER_BENCH_CASES", "10000"))
GENERATED = 10_000  # larger municipalities are this many generated cases, copied (bigtown.py)
SEED = 11
TODAY = dt.date(2026, 6, 17)
WRITERS, WRITES = 20, 50
MOVE_CASES = 10_000
UNLOCKS = 3
PARTS = set(os.environ.get("BARNEARKET_SERVER_BENCH_PARTS", "overview,saves,unlock,move").split(","))
ROOT = Path(__file__).resolve().parent.parent


def run() -> list[dict[str, Any]]:
    """Start a cluster, build the demo database, measure, stop."""
    from tests.server.cluster import create_cluster, destroy_cluster, find_bindir

    bindir = find_bindir()
    if bindir is None:
        return []
    cluster = create_cluster(bindir)
    try:
        name, owner, password = cluster.new_database()
        url = cluster.socket_url(name)
        started = time.perf_counter()
        _build(url, owner, password)
        if CASES > GENERATED:
            from benchmarks.bigtown import multiply

            multiply(cluster.superuser_dsn(name), CASES // GENERATED)
        print(f"server: built {CASES} cases in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        found: list[dict[str, Any]] = []
        if "overview" in PARTS:
            found += _overview(url)
        if "saves" in PARTS:
            found += _save_figures(url, cluster.superuser_dsn(name))
        if "unlock" in PARTS:
            found.append(_unlock(cluster.tcp_url(name)))
        if "move" in PARTS:
            found += _move(cluster)
        return found
    finally:
        destroy_cluster(cluster)


def _build(url: str, owner: str, password: str) -> None:
    from barnearket.services.serverdemo import create_demo_database
    from barnearket.storage.server.connect import ServerLocation

    create_demo_database(ServerLocation.parse(url), owner, password, cases=min(CASES, GENERATED), seed=SEED,
                         today=TODAY)


def _overview(url: str) -> list[dict[str, Any]]:
    """What the koordinator waits for (the panel's first page and counts, in a child process), and the
    two statements behind it through the services and raw on the same role's connection."""
    import json

    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from barnearket.domain.clock import FixedClock
    from barnearket.domain.roles import Role
    from barnearket.services.context import Actor, ServiceContext
    from barnearket.services.overview.paging import overview_summary
    from barnearket.storage.orm.users import User
    from barnearket.storage.server.connect import ServerLocation
    from barnearket.storage.server.setup import person_engine
    from benchmarks.overviewsql import raw_ms, service_ms

    load = os.getloadavg()[0]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "benchmarks.server", "--overview", url], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"server overview probe failed ({done.returncode}):\n{done.stderr[-3000:]}")
    shown = dict(json.loads(done.stdout.strip().splitlines()[-1]))
    engine = person_engine(ServerLocation.parse(url), "koordinator", "demo")
    clock = FixedClock(dt.datetime.combine(TODAY, dt.time(10), tzinfo=dt.UTC))
    try:
        with Session(engine) as session:
            me = session.scalars(select(User).where(User.login == "koordinator")).one()
            ctx = ServiceContext(session, Actor(me.id, me.login, Role.KOORDINATOR), clock)
            app = service_ms(ctx)
            direct = raw_ms(ctx)
            rows = overview_summary(ctx).total
    finally:
        engine.dispose()
    return [shown,
            figure("server.overview_service_ms", app, "ms", baseline=round(direct, 3)),
            figure("server.sql_ratio", app / direct, "ratio", baseline=round(direct, 3)),
            figure("server.open_concerns", rows, "count"),
            figure("server.overview_load_1min", load, "load")]


def _overview_probe(url: str) -> dict[str, Any]:
    """In this process: the koordinator's panel on `url`; the median of 5 reloads from «Oppdater» until
    the first page and the counts are shown (after one warm load, as when the panel is opened again)."""
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from barnearket.domain.clock import FixedClock
    from barnearket.domain.roles import Role
    from barnearket.services.context import Actor
    from barnearket.storage.location import StoreLocation
    from barnearket.storage.orm.users import User
    from barnearket.storage.store import open_store
    from barnearket.ui.context import UiContext
    from barnearket.ui.coordinator import OverviewPanel
    from barnearket.ui.seams import Dialogs

    app = QApplication.instance() or QApplication([])
    store = open_store(StoreLocation.server(url), login="koordinator", passphrase="demo")
    try:
        with store.read_session() as session:
            me = session.scalars(select(User).where(User.login == "koordinator")).one()
            actor = Actor(me.id, me.login, Role.KOORDINATOR)
        clock = FixedClock(dt.datetime.combine(TODAY, dt.time(10), tzinfo=dt.UTC))
        ui = UiContext(store, actor, clock, None, None, dialogs=Dialogs(headless=True))
        panel = OverviewPanel(ui, lambda _case: None)
        panel.resize(1366, 740)
        panel.show()
        times = []
        for _ in range(6):
            times.append(_until(app, panel.loaded, panel.reload))
            panel.jobs.wait()  # the queues and filter choices load after it; «Oppdater» comes later
            app.processEvents()
        times = times[1:]
        rows = panel.overview.model.rowCount()
        panel.close()
    finally:
        store.close()
    print(f"server: the overview showed {rows} rows of {panel.overview.total}", file=sys.stderr)
    return figure("server.overview_ms", statistics.median(times), "ms")


def _until(app: Any, signal: Any, start: Any) -> float:
    """Milliseconds from `start()` until `signal` fires, with Qt's event loop running."""
    fired: list[float] = []
    signal.connect(lambda: fired.append(time.perf_counter()))
    began = time.perf_counter()
    start()
    _wait(app, lambda: bool(fired))
    signal.disconnect()
    return (fired[0] - began) * 1000


PACE_S, PACED_WRITES, WARM_UP = 2.0, 25, 3
"""A person's pace: an autosave every 2 s, 25 of them; three untimed saves first in each process (the
first save of a session compiles and prepares its statements once)."""


def _save_figures(url: str, superuser_dsn: str) -> list[dict[str, Any]]:
    """Saves by saksbehandlere, each on a case of her own (row-level security chained to her units):
    one alone, 20 at a person's pace (open loop), 20 and 5 back to back (closed loop: saturation)."""
    import psycopg

    with psycopg.connect(superuser_dsn) as con:
        mine = _own_concerns(con, WRITERS)
    found = [figure("server.load_1min", os.getloadavg()[0], "load")]
    single, _ = _saves(url, mine[:1], 0.0, WRITES)
    found.append(figure("server.save_single_ms", _median_ms(single), "ms", baseline=_median_ms(single)))
    paced, cpu = _saves(url, mine, PACE_S, PACED_WRITES)
    found += [figure("server.save_p95_ms", _p95_ms(paced), "ms", baseline=_median_ms(paced)),
              figure("server.save_client_cpu_ms", cpu[0] * 1000, "ms"),
              figure("server.save_server_cpu_ms", cpu[1] * 1000, "ms"),
              figure("server.load_1min_paced", os.getloadavg()[0], "load")]
    closed, cpu = _saves(url, mine, 0.0, WRITES)
    found += [figure("server.save_p95_closed_loop_ms", _p95_ms(closed), "ms", baseline=_median_ms(closed)),
              figure("server.save_closed_loop_per_s", len(closed) / (max(cpu[2], 1e-9)), "saves/s"),
              figure("server.load_1min_closed_loop", os.getloadavg()[0], "load")]
    five, _ = _saves(url, mine[:5], 0.0, WRITES)
    found.append(figure("server.save_p95_5_writers_ms", _p95_ms(five), "ms", baseline=_median_ms(five)))
    return found


def _own_concerns(con: Any, writers: int) -> list[tuple[str, int]]:
    """(saksbehandler, open concern) pairs, a different case each, where she is responsible for the case
    or it is in her own unit; the saksbehandlere in turn when there are fewer than `writers`."""
    rows = con.execute(
        "SELECT u.login, c.id FROM users u JOIN cases k ON (k.responsible_id = u.id OR k.unit_id = u.unit_id)"
        " JOIN concerns c ON c.case_id = k.id WHERE u.role = 'saksbehandler' AND u.active"
        " AND k.transferred_on IS NULL AND c.status = 'open' ORDER BY c.id").fetchall()
    logins = sorted({login for login, _ in rows})
    pairs: list[tuple[str, int]] = []
    used: set[int] = set()
    for n in range(writers):
        login = logins[n % len(logins)]
        concern = next(c for who, c in rows if who == login and c not in used)
        used.add(concern)
        pairs.append((login, concern))
    return pairs


def _saves(url: str, mine: list[tuple[str, int]], every_s: float, writes: int
           ) -> tuple[list[float], tuple[float, float, float]]:
    """Seconds of every save, and per save the client's and the server's CPU seconds, plus the time
    from the writers' release to the last save done (for the closed loop's rate)."""
    from tests.server.writers import Job, run_writers

    jobs = [Job(url, login, "demo", (concern,), writes, f"lagring{i:02d}", every_s=every_s, warm_up=WARM_UP)
            for i, (login, concern) in enumerate(mine)]
    written = run_writers(jobs)
    failures = [f for w in written for f in w.failures]
    if failures:
        raise RuntimeError(f"saves failed: {sorted(set(failures))}")
    seconds = sorted(s for w in written for s in w.seconds)
    server = [w.server_cpu_s for w in written]
    server_cpu = sum(s or 0.0 for s in server) / len(seconds) if None not in server else float("nan")
    client_cpu = sum(w.client_cpu_s for w in written) / len(seconds)
    return seconds, (client_cpu, server_cpu, max(w.span_s for w in written))


def _median_ms(seconds: list[float]) -> float:
    return round(statistics.median(seconds) * 1000, 3)


def _p95_ms(seconds: list[float]) -> float:
    return sorted(seconds)[max(0, int(len(seconds) * 0.95) - 1)] * 1000


def _unlock(url: str) -> dict[str, Any]:
    """The window's unlock on the server, measured in a child process (a clean QApplication)."""
    import json
    import tempfile

    with tempfile.TemporaryDirectory(prefix="barnearket-srv-ui-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BARNEARKET_HOME": home}
        done = subprocess.run([sys.executable, "-m", "benchmarks.server", "--unlock", url], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"server unlock probe failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _unlock_probe(url: str) -> dict[str, Any]:
    """In this process: open the window on `url` UNLOCKS times as demo/demo; the median time to the list."""
    from PySide6.QtWidgets import QApplication

    from barnearket.app import Barnearket, LaunchOptions
    from barnearket.ui.seams import Dialogs

    app = QApplication.instance() or QApplication([])
    times, rows = [], 0
    for _ in range(UNLOCKS):
        root: Any = Barnearket(LaunchOptions(server=url), dialogs=Dialogs(headless=True),
                               persist_settings=False)
        root.start()
        _wait(app, root.unlock.isVisible)
        root.unlock.login.setText("demo")
        root.unlock.passphrase.setText("demo")
        started = time.perf_counter()
        root.unlock.unlock_button.click()
        _wait(app, lambda r=root: r.main is not None and r.main.isVisible()
              and r.main.browser.model.rowCount() > 0)
        times.append((time.perf_counter() - started) * 1000)
        rows = root.main.browser.model.rowCount()
        root.shutdown()
    print(f"server: unlock listed {rows} cases", file=sys.stderr)
    return figure("server.unlock_to_main_ms", statistics.median(times), "ms")


def _wait(app: Any, done: Any, timeout_s: float = 180) -> None:
    deadline = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.002)


def _move(cluster: Any) -> list[dict[str, Any]]:
    """Make a 10,000-case demo file, then time `move` of it onto a fresh database."""
    import tempfile

    from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE, create_demo_file
    from barnearket.services.move import move_to_server, read_file
    from barnearket.storage.opening import open_case_file
    from barnearket.storage.server.connect import ServerLocation
    from barnearket.storage.server.setup import init_database

    with tempfile.TemporaryDirectory(prefix="barnearket-move-") as folder:
        path = Path(folder) / "flytt.barnearket"
        create_demo_file(path, cases=MOVE_CASES, seed=SEED, today=TODAY)
        name, owner, password = cluster.new_database()
        location = ServerLocation.parse(cluster.socket_url(name, user=owner))
        init_database(location, owner, password, admin_login="flytter", admin_name="Flytter Admin",
                      admin_password="flytter sitt passord")
        started, cpu = time.perf_counter(), time.process_time()
        source = open_case_file(path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
        try:
            content = read_file(source)
        finally:
            source.close()
        result = move_to_server(content, location, password, admin_login="flytter",
                                password_for=lambda _person: "demo")
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"server: moved {result.cases} cases and {result.history} log rows", file=sys.stderr)
    return [figure("server.move_10k_s", seconds, "s"), figure("server.move_10k_client_cpu_s", cpu, "s"),
            figure("server.load_1min_move", os.getloadavg()[0], "load")]


if __name__ == "__main__" and sys.argv[1:2] in (["--unlock"], ["--overview"]):
    import json

    sys.path.insert(0, str(ROOT))
    probe = _unlock_probe if sys.argv[1] == "--unlock" else _overview_probe
    print(json.dumps(probe(sys.argv[2])), flush=True)
