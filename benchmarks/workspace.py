"""Benchmarks of the team leader's workspace: start-up, unlocking 10,000 cases, autosave, search, stalls."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from benchmarks.common import figure

CASES = 10_000
SEED = 11
ROOT = Path(__file__).resolve().parent.parent
REUSE_ENV = "BARNEARKET_BENCH_10K"
PROBE_TIMEOUT_S = 240
START_TIMEOUT_S = 60
STARTS = 9  # medians of many interleaved runs: other work shares the machine
UNLOCKS = 3
SAVE_WARM_UP = 3
SAVES = 50
TICK_MS = 5
SMOKE_TEXT = "Opplåsingsvinduet vises."
QUERIES = ("ødeg", "Åsmund", "čeavrris", "ŋuolas", "gáddjá", "sæther", "jïjnje", "tveitå")
SEARCH_BUDGET_S = 45  # stop adding queries after this long (but measure at least MIN_QUERIES)
MIN_QUERIES = 4
STALL_QUERIES = ("ødeg", "čeav")
OPENING = "opening the case again"  # between rounds of the stall session; not counted as typing
SENTENCE = "Hun sover dårlig, men Ŋilla på skolen hjelper – Áile vet litt."
BARE_TEXT = "shown"
# Like `barnearket --smoke-test`, the bare window reports once its first paint is done.
BARE_WINDOW = f"""\
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print({BARE_TEXT!r}, flush=True), app.quit()))
        return False
app = QApplication(sys.argv)
window = QMainWindow()
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
sys.exit(app.exec())
"""

# What a probe step yields to the event loop: ("sleep", ms), ("signal", signal) or ("until", predicate).
Request = tuple[str, Any]
Steps = Generator[Request, Any, Any]


def run() -> list[dict[str, Any]]:
    """All workspace figures; the GUI is driven in a child process on a copy of a 10,000-case file."""
    with tempfile.TemporaryDirectory(prefix="barnearket-ws-") as folder:
        base = Path(folder)
        path = _demo_file(base)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BARNEARKET_HOME": str(base / "home")}
        found = _start_ratio(path, env)
        done = subprocess.run([sys.executable, "-m", "benchmarks.workspace", str(path)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=PROBE_TIMEOUT_S, check=False)
        for line in done.stderr.splitlines():
            if line.startswith("workspace:"):
                print(line, file=sys.stderr, flush=True)
        if done.returncode != 0:
            raise RuntimeError(f"workspace probe failed ({done.returncode}):\n{done.stderr[-3000:]}")
        found += [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return found


def _demo_file(folder: Path) -> Path:
    """A 10,000-case demo file (demo/demo) in `folder`: a copy of $BARNEARKET_BENCH_10K, else made now."""
    path = folder / "demo10k.barnearket"
    reuse = os.environ.get(REUSE_ENV)
    if reuse and Path(reuse).is_file():
        source = Path(reuse)
        shutil.copyfile(source, path)
        for suffix in (".keys", "-wal"):  # the key file, and committed pages not yet checkpointed
            beside = source.with_name(source.name + suffix)
            if beside.is_file():
                shutil.copyfile(beside, path.with_name(path.name + suffix))
        return path
    from barnearket.services.demo import create_demo_file

    create_demo_file(path, cases=CASES, seed=SEED)
    return path


def _until_line_ms(command: list[str], env: dict[str, str], line: str) -> float:
    """Milliseconds from starting `command` until it prints `line` (then it must exit by itself, 0)."""
    return _until_line(command, env, line)[0]


def _cpu_ms(pid: int) -> float | None:
    """CPU time (user + system, all threads) a running process has used so far; None off Linux.

    Summed from each thread's schedstat (nanoseconds) where the kernel has it: /proc/PID/stat counts
    in clock ticks of 10 ms, too coarse for a start of ~100 ms.
    """
    try:
        threads = list(Path(f"/proc/{pid}/task").iterdir())
        return sum(int((thread / "schedstat").read_text().split()[0]) for thread in threads) / 1e6
    except (OSError, ValueError, IndexError):
        pass
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def _until_line(command: list[str], env: dict[str, str], line: str) -> tuple[float, float | None]:
    """Wall and CPU milliseconds until `command` prints `line` (CPU is steadier on a busy machine)."""
    cpu: float | None = None
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    watchdog = threading.Timer(START_TIMEOUT_S, process.kill)
    watchdog.start()
    try:
        assert process.stdout is not None
        for text in process.stdout:
            if text.strip() == line:
                elapsed = (time.perf_counter() - started) * 1000
                cpu = _cpu_ms(process.pid)
                break
        else:
            elapsed = -1.0
        code = process.wait()
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
    if elapsed < 0 or code != 0:
        raise RuntimeError(f"{command[0]} did not print {line!r} and exit cleanly (exit code {code})")
    return elapsed, cpu


def _start_ratio(path: Path, env: dict[str, str]) -> list[dict[str, Any]]:
    """workspace.start_ratio: process start → window shown, `barnearket --smoke-test FILE` ÷ a bare window.

    Both print a line once their window is shown; medians of STARTS interleaved runs after one warm-up each.
    """
    compile_bytecode()
    script = Path(sys.executable).with_name("barnearket")
    app = [str(script)] if script.is_file() else [sys.executable, "-m", "barnearket"]
    app += ["--smoke-test", str(path)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    return start_figures("workspace", (app, env), (bare, env))


def start_figures(prefix: str, app: tuple[list[str], dict[str, str]],
                  bare: tuple[list[str], dict[str, str]]) -> list[dict[str, Any]]:
    """`prefix`.start_ms and .start_ratio (wall clock; baseline: the bare window's ms), .start_cpu_ratio.

    Medians of interleaved runs after one warm-up each; the CPU ratio (what both processes used up to
    their first paint) is the steadier figure when other work shares the machine.
    """
    _until_line(*app, SMOKE_TEXT)  # warm the file caches for both
    _until_line(*bare, BARE_TEXT)
    runs: dict[str, list[tuple[float, float | None]]] = {"app": [], "bare": []}
    for _ in range(STARTS):
        runs["app"].append(_until_line(*app, SMOKE_TEXT))
        runs["bare"].append(_until_line(*bare, BARE_TEXT))
    wall = {k: statistics.median(r[0] for r in v) for k, v in runs.items()}
    _note(f"start ({prefix}): barnearket {wall['app']:.0f} ms, bare PySide6 window {wall['bare']:.0f} ms")
    bare_ms = round(wall["bare"], 3)
    found = [figure(f"{prefix}.start_ms", wall["app"], "ms", baseline=bare_ms),
             figure(f"{prefix}.start_ratio", wall["app"] / wall["bare"], "ratio", baseline=bare_ms)]
    cpu = {k: [r[1] for r in v if r[1] is not None] for k, v in runs.items()}
    if cpu["app"] and cpu["bare"]:
        app_cpu, bare_cpu = statistics.median(cpu["app"]), statistics.median(cpu["bare"])
        _note(f"start ({prefix}): CPU used until shown: barnearket {app_cpu:.0f} ms, bare {bare_cpu:.0f} ms")
        found.append(figure(f"{prefix}.start_cpu_ratio", app_cpu / bare_cpu, "ratio", baseline=bare_cpu))
    return found


def compile_bytecode() -> None:
    """Write the bytecode first, as an installed program has it (PYTHONDONTWRITEBYTECODE may be set)."""
    import compileall

    import barnearket

    compileall.compile_dir(str(Path(barnearket.__file__).resolve().parent), quiet=1)


def _note(text: str) -> None:
    print(f"workspace: {text}", file=sys.stderr, flush=True)


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def _median(values: list[float]) -> float:
    return statistics.median(values)


# --- the child process: the real program, headless, on the 10,000-case file -----------------------------


class Driver:
    """Runs a generator of steps inside `app.exec()`, so every action starts from the running event loop.

    The steps yield what to wait for; the driver resumes them with the perf_counter time it happened.
    """

    def __init__(self, app: Any, timeout_s: float = 60.0) -> None:
        self.app = app
        self.timeout_ms = int(timeout_s * 1000)
        self.result: Any = None
        self.error: BaseException | None = None
        self._steps: Steps | None = None
        self._keep: tuple[Any, ...] = ()  # the current wait's timers

    def run(self, steps: Steps) -> Any:
        from PySide6.QtCore import QTimer

        self._steps = steps
        QTimer.singleShot(0, lambda: self._resume(None))
        self.app.exec()
        if self.error is not None:
            raise self.error
        return self.result

    def _resume(self, value: float | None, error: BaseException | None = None) -> None:
        assert self._steps is not None
        try:
            request = self._steps.throw(error) if error else self._steps.send(value)
        except StopIteration as stop:
            self.result = stop.value
            self.app.quit()
            return
        except BaseException as failure:  # report it from run(), after the loop has stopped
            self.error = failure
            self.app.quit()
            return
        self._wait(*request)

    def _wait(self, kind: str, what: Any) -> None:
        from PySide6.QtCore import QTimer

        timer = QTimer()
        timer.setSingleShot(True)
        timer.setInterval(self.timeout_ms)
        done: list[float] = []

        def finish(*_args: object) -> None:
            if done:
                return
            done.append(time.perf_counter())
            timer.stop()
            poll.stop()
            if kind == "signal":
                what.disconnect(finish)
            QTimer.singleShot(0, lambda: self._resume(done[0]))

        def give_up() -> None:
            if not done:
                done.append(0.0)
                poll.stop()
                if kind == "signal":
                    what.disconnect(finish)
                QTimer.singleShot(0, lambda: self._resume(0.0, TimeoutError(f"waited too long ({kind})")))

        poll = QTimer()
        timer.timeout.connect(give_up)
        timer.start()
        if kind == "sleep":
            QTimer.singleShot(int(what), finish)
        elif kind == "signal":
            what.connect(finish)
        else:
            def check() -> None:
                if what():
                    finish()

            poll.setInterval(1)
            poll.timeout.connect(check)
            poll.start()
        self._keep = (timer, poll)


class Probe:
    """Drives the real program (composition root, headless dialogs) like a user would, and times it."""

    def __init__(self, path: Path) -> None:
        from barnearket.ui.app import make_application

        self.path = path
        self.app = make_application([])
        self.root: Any = None
        self.figures: list[dict[str, Any]] = []

    def watch(self, obj: Any, kind: Any) -> Any:
        """An event filter on `obj` noting when events of `kind` arrive (`times`), removed by `stop()`."""
        from PySide6.QtCore import QEvent, QObject

        class Recorder(QObject):
            def __init__(self) -> None:
                super().__init__()
                self.times: list[float] = []

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == kind:
                    self.times.append(time.perf_counter())
                return False

            def stop(self) -> None:
                obj.removeEventFilter(self)

        recorder = Recorder()
        obj.installEventFilter(recorder)
        return recorder

    @staticmethod
    def key(widget: Any, char: str, select_all: bool = False) -> None:
        """One keystroke into `widget` (press and release); "\\b" is Backspace, after Ctrl+A if asked."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        keys = [(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, "")] if select_all else []
        if char == "\b":
            keys.append((Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier, ""))
        else:
            keys.append((Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        for code, modifiers, text in keys:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, code, modifiers, text))

    def session(self) -> Steps:
        """Every measurement, in the order a user would meet them."""
        unlocks, after_kdf = [], []
        for n in range(UNLOCKS):
            total, kdf_ms = yield from self.unlock()
            unlocks.append(total)
            after_kdf.append(total - kdf_ms)
            if n < UNLOCKS - 1:
                self.close_root()
        self.figures += [figure("workspace.unlock_to_main_ms", _median(unlocks), "ms"),
                         figure("workspace.unlock_after_kdf_ms", _median(after_kdf), "ms")]
        _note("searching with no case selected (for comparison):")
        local, full = yield from self.queries(QUERIES[:MIN_QUERIES], lambda: None, 0)
        _note(f"with no case selected: filtered p50 {_median(local):.0f} ms, "
              f"service hits merged p50 {_median(full):.0f} ms")
        yield from self.saves()
        yield from self.search()
        yield from self.stalls()
        self.close_root()
        yield ("sleep", 50)

    def close_root(self) -> None:
        if self.root is not None:
            self.root.shutdown()
            self.root = None

    def unlock(self) -> Steps:
        """Submit demo/demo in the unlock window; stop at the first paint of the filled case list.

        Returns that time and, within it, the time the key derivation (Argon2id) took.
        """
        from PySide6.QtCore import QEvent

        from barnearket.app import Barnearket, LaunchOptions
        from barnearket.ui.seams import Dialogs

        derivations = _time_key_derivations()

        root: Any = Barnearket(LaunchOptions(file=self.path), dialogs=Dialogs(headless=True),
                               persist_settings=False)
        self.root = root
        root.start()
        yield ("until", root.unlock.isVisible)
        root.unlock.login.setText("demo")
        root.unlock.passphrase.setText("demo")
        painted: list[Any] = []
        opened: list[float] = []

        def shown(_case_file: object) -> None:  # runs after the root's own slot: main is built and shown
            opened.append(time.perf_counter())
            viewport = root.main.browser.table.viewport()
            painted.append(self.watch(viewport, QEvent.Type.Paint))
            viewport.update()  # in case show() already painted it: the next paint comes at once

        root.unlock.unlocked.connect(shown)
        started = time.perf_counter()
        root.unlock.unlock_button.click()
        yield ("until", lambda: bool(painted and painted[0].times))
        painted[0].stop()
        root.unlock.unlocked.disconnect(shown)
        rows = root.main.browser.model.rowCount()
        assert root.main.isVisible() and rows > 0, "the case list is empty after unlocking"
        from PySide6.QtWidgets import QApplication

        assert QApplication.focusWidget() is root.main.browser.table, "the keyboard is not in the case list"
        first_paint = (painted[0].times[0] - started) * 1000
        kdf_ms = derivations[-1]
        _note(f"unlock: {rows} cases listed; key derived in {kdf_ms:.0f} ms, main window built and shown "
              f"after {1000 * (opened[0] - started):.0f} ms, list painted after {first_paint:.0f} ms")
        return first_paint, kdf_ms

    def open_draft(self) -> Steps:
        """Open a listed case with a draft sheet and children in completion mode; up to 5 text inputs."""
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
        from sqlalchemy import select

        from barnearket.storage.orm.children import ChildRow
        from barnearket.storage.orm.sheets import SheetRow
        from barnearket.ui.caselist import ID_ROLE
        from barnearket.ui.sheet.header import COMPLETION

        main = self.root.main
        model = main.browser.model
        listed = {model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())}
        with self.root.ctx.reading() as sctx:
            drafts = sctx.session.execute(
                select(SheetRow.case_id).join(ChildRow, ChildRow.case_id == SheetRow.case_id)
                .where(SheetRow.status == "draft").order_by(SheetRow.case_id.desc())).scalars().all()
        main.open_case(next((c for c in drafts if c in listed), drafts[0]))
        main.case_view.tabs.setCurrentIndex(1)
        yield ("sleep", 0)
        panel = main.case_view.panels[0].build()
        panel.set_mode(COMPLETION)
        yield ("sleep", 0)
        page = next(n for n, p in enumerate(panel.tabs.pages) if p.child_id is not None)
        panel.tabs.go_to(page)
        inputs = [(page, w, w.editor.focus_input()) for w in panel.tabs.pages[page].shown_widgets()
                  if isinstance(w.editor.focus_input(), QLineEdit | QPlainTextEdit)
                  and not w.editor.is_read_only()]
        assert inputs, "no text question on the child's page"
        yield ("sleep", 0)
        return panel, inputs[:5]

    def saves(self) -> Steps:
        """Keystroke → `saved` (committed), split into the autosave delay and the storing."""
        from PySide6.QtCore import QEvent, QTimer

        panel, inputs = yield from self.open_draft()
        timer = panel.saver.findChild(QTimer)
        status = self.root.ctx.save_status
        total, debounce, store = [], [], []
        fired = self.watch(timer, QEvent.Type.Timer)
        try:
            for n in range(SAVE_WARM_UP + SAVES):
                page, widget, field = inputs[n % len(inputs)]
                if not widget.has_focus_within():
                    panel.tabs.go_to(page, widget.question.id)
                    yield ("sleep", 0)
                fired.times.clear()
                started = time.perf_counter()
                self.key(field, "æøåŋ"[n % 4])
                saved = yield ("signal", status.saved)
                if n >= SAVE_WARM_UP:
                    total.append((saved - started) * 1000)
                    debounce.append((fired.times[0] - started) * 1000)
                    store.append((saved - fired.times[0]) * 1000)
        finally:
            fired.stop()
        self._check_stored(panel, [w for _, w, _ in inputs])
        _note(f"save: p50 {_median(total):.0f} ms, autosave delay p50 {_median(debounce):.0f} ms, "
              f"storing p50 {_median(store):.1f} ms, max {max(store):.1f} ms")
        self.figures += [figure("workspace.save_p95_ms", _p95(total), "ms"),
                         figure("workspace.save_debounce_ms", _median(debounce), "ms"),
                         figure("workspace.save_store_p95_ms", _p95(store), "ms")]

    def _check_stored(self, panel: Any, widgets: list[Any]) -> None:
        from barnearket.storage.mapping import load_case

        child = panel.tabs.pages[panel.tabs.currentIndex()].child_id
        with self.root.ctx.reading() as sctx:
            case = load_case(sctx.session, panel.case.id)
        sheet = next(s for s in case.sheets if s.id == panel.sheet.id)
        stored = {(a.question_id, a.child_id): a.value for a in sheet.answers}
        for widget in widgets:
            assert stored.get((widget.question.id, child)) == widget.value(), "an edit is not in the file"

    def search(self) -> Steps:
        """search_ms and search_local_ms with the edited case selected, as after working on a case."""
        main = self.root.main
        case_id = main.case_view.case.id
        local, full = yield from self.queries(QUERIES, lambda: main.open_case(case_id), SEARCH_BUDGET_S)
        self.figures += [figure("workspace.search_ms", _median(full), "ms"),
                         figure("workspace.search_local_ms", _median(local), "ms")]

    def queries(self, queries: tuple[str, ...], before: Callable[[], object], budget_s: float) -> Steps:
        """Per query (after a warm-up): setText → list filtered, and → the service search's hits merged."""
        from PySide6.QtCore import Qt, QTimer

        from barnearket.ui.casebrowser import SEARCH_DELAY_MS

        main = self.root.main
        browser = main.browser
        own = browser.findChildren(QTimer, options=Qt.FindChildOption.FindDirectChildrenOnly)
        timer = next(t for t in own if t.isSingleShot() and t.interval() == SEARCH_DELAY_MS)
        local: list[float] = []
        full: list[float] = []
        budget = time.perf_counter() + budget_s
        for query in (queries[0], *queries):
            if len(full) > MIN_QUERIES and time.perf_counter() > budget:
                break
            browser.search.setText("")
            before()
            shown = main.case_view.case.id if main.case_view.case else None
            yield ("sleep", 20)
            started = time.perf_counter()
            browser.search.setText(query)
            filtered = time.perf_counter()
            done = yield ("signal", timer.timeout)
            local.append((filtered - started) * 1000)
            full.append((done - started) * 1000)
            now = main.case_view.case.id if main.case_view.case else None
            _note(f"search {query!r}: {browser.proxy.rowCount()} of {browser.model.rowCount()} shown; "
                  f"filtered after {local[-1]:.0f} ms, service hits merged after {full[-1]:.0f} ms"
                  + (f"; the case view moved from case {shown} to {now}" if now != shown else ""))
        browser.search.setText("")
        return local[1:], full[1:]

    def stalls(self) -> Steps:
        """Longest gap between 5 ms ticks minus 5 ms, while typing into the sheet and the search box."""
        from PySide6.QtCore import Qt, QTimer

        search = self.root.main.browser.search
        last = [time.perf_counter()]
        doing = ["start"]
        gaps: dict[str, float] = {}

        def tick() -> None:
            now = time.perf_counter()
            gaps[doing[0]] = max(gaps.get(doing[0], 0.0), (now - last[0]) * 1000 - TICK_MS)
            last[0] = now

        ticker = QTimer()
        ticker.setTimerType(Qt.TimerType.PreciseTimer)
        ticker.setInterval(TICK_MS)
        ticker.timeout.connect(tick)
        try:
            for round_no, query in enumerate(STALL_QUERIES):
                doing[0] = OPENING
                panel, inputs = yield from self.open_draft()
                if round_no == 0:
                    last[0] = time.perf_counter()
                    ticker.start()
                page, widget, field = inputs[round_no % len(inputs)]
                doing[0] = "moving to a question"
                panel.tabs.go_to(page, widget.question.id)
                yield ("sleep", 100)
                doing[0] = "typing into the sheet"
                for char in SENTENCE:
                    self.key(field, char)
                    yield ("sleep", 60)
                doing[0] = "waiting for the autosave"
                yield ("sleep", 700)
                doing[0] = "typing a search"
                for char in query:
                    self.key(search, char)
                    yield ("sleep", 120)
                doing[0] = "waiting for the service search"
                yield ("sleep", 600)
                doing[0] = "clearing the search (Ctrl+A, Backspace)"
                self.key(search, "\b", select_all=True)
                yield ("sleep", 300)
        finally:
            ticker.stop()
        _note("longest stall while " + ", ".join(f"{what}: {gap:.0f} ms" for what, gap in gaps.items()))
        counted = [gap for what, gap in gaps.items() if what != OPENING]
        self.figures.append(figure("workspace.max_stall_ms", max(0.0, *counted), "ms"))


def _time_key_derivations() -> list[float]:
    """Milliseconds of each passphrase check (Argon2id) from now on, appended as they happen."""
    from barnearket.storage.keyfile import KeyFile

    found: list[float] = []
    # Unlocking calls KeyFile.open (unwrap is a shortcut to it used elsewhere).
    opening = getattr(KeyFile.open, "__wrapped__", KeyFile.open)

    def timed(self: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return opening(self, *args, **kwargs)
        finally:
            found.append((time.perf_counter() - started) * 1000)

    timed.__wrapped__ = opening  # type: ignore[attr-defined]
    KeyFile.open = timed  # type: ignore[method-assign]
    return found


def _probe_main(path: Path) -> int:
    """Run the probe in this process and print its figures as JSON lines."""
    probe = Probe(path)
    try:
        Driver(probe.app).run(probe.session())
    finally:
        probe.close_root()
    for line in probe.figures:
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(_probe_main(Path(sys.argv[1])))
