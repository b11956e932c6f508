"""The unlock window appears before any heavy module loads; what lies behind it loads on its own thread.

Each test starts a fresh Python process (a module loaded by an earlier test would hide the problem)
and looks at `sys.modules` at the moment the unlock window is shown and first painted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from barnearket.ui.warmup import BEHIND_PASSPHRASE, HEAVY
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
# Small, but each builds Qt enum namespaces, runs Python for every part of the first paint, or (platformdirs,
# ~4 ms) is not needed on Linux.
AFTER_PAINT = ("barnearket.ui.focusstyle", "barnearket.ui.accessibility", "barnearket.ui.reflow",
               "platformdirs")
# Runs `barnearket --smoke-test FILE` through the real entry point, watching the unlock window.
SMOKE = """\
import json, sys
from PySide6.QtCore import QEvent, QObject
import barnearket.ui.app as ui_app
from barnearket.ui.warmup import heavy_loaded

seen, later, qt_names = {}, {}, {}
AFTER_PAINT = NAMES_AFTER_PAINT
class Spy(QObject):
    def eventFilter(self, watched, event):
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Paint) and kind.name not in seen:
            seen[kind.name] = heavy_loaded()
            later[kind.name] = sorted(set(AFTER_PAINT) & set(sys.modules))
            qt_names[kind.name] = "Qt" in vars(sys.modules["PySide6.QtCore"])
        return False

original = ui_app.quit_when_unlock_shows
def spying(app, root):
    spy = Spy(root.unlock)
    root.unlock.installEventFilter(spy)
    original(app, root)
ui_app.quit_when_unlock_shows = spying

from barnearket.main import main
code = main(["--smoke-test", sys.argv[1]])
from PySide6.QtWidgets import QApplication
style = type(QApplication.instance().style()).__name__
print(json.dumps({"code": code, "seen": seen, "after": heavy_loaded(), "later": later, "style": style,
                  "qt_names": qt_names}))
""".replace("NAMES_AFTER_PAINT", repr(AFTER_PAINT))
# Types the passphrase the moment the window has painted, racing the loading thread to the main window.
QUICK_UNLOCK = """\
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from barnearket.ui.app import make_application
from barnearket.app import Barnearket, LaunchOptions
from barnearket.ui.warmup import FirstPaint, heavy_loaded

app = make_application([])
root = Barnearket(LaunchOptions(file=Path(sys.argv[1])), persist_settings=False)
found = {}
class Spy(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in found:
            found["painted"] = heavy_loaded()
        return False
spy = Spy(root.unlock)
root.unlock.installEventFilter(spy)
def painted():
    root.unlock.login.setText(sys.argv[2])
    root.unlock.passphrase.setText(sys.stdin.readline().rstrip("\\n"))
    root.unlock.unlock_button.click()
def opened(_case_file):
    found["main_shown"] = root.main is not None and root.main.isVisible()
    found["cases_listed"] = root.main.browser.model.rowCount()
    found["opened"] = heavy_loaded()
    app.quit()
FirstPaint(root.unlock, painted)
root.unlock.unlocked.connect(opened)
root.start()
QTimer.singleShot(60_000, lambda: app.exit(3))
code = app.exec()
root.shutdown()
print(json.dumps({"code": code, **found}))
"""


def _run(script: str, *args: str, stdin: str = "") -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script, *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def _roots(modules: list[str]) -> set[str]:
    return {next(h for h in HEAVY if m == h or m.startswith(h + ".")) for m in modules}


def test_no_heavy_module_is_loaded_when_the_unlock_window_shows(closed_file: Path) -> None:
    result = _run(SMOKE, str(closed_file))
    assert result["code"] == 0
    assert set(result["seen"]) == {"Show", "Paint"}
    assert result["seen"]["Show"] == [], "loaded before the unlock window was shown"
    assert result["seen"]["Paint"] == [], "loaded before the unlock window was painted"
    # ... and the loading thread did run once the window was up (the process waited for it)
    assert {"sqlalchemy", "barnearket.services", "barnearket.storage.orm"} <= _roots(result["after"])
    assert "alembic" not in _roots(result["after"])


def test_the_focus_outline_and_the_input_filters_come_after_the_first_paint(closed_file: Path) -> None:
    result = _run(SMOKE, str(closed_file))
    assert result["later"] == {"Show": [], "Paint": []}
    assert result["style"] == "FocusStyle"  # ... and then the program wears it


def test_the_qt_namespace_is_not_built_before_the_unlock_window_has_painted(closed_file: Path) -> None:
    """Its ~95 enums cost ~15 ms; the unlock window sets such values by name (ui/qtnames.py)."""
    result = _run(SMOKE, str(closed_file))
    assert result["qt_names"] == {"Show": False, "Paint": False}


def test_unlocking_at_once_waits_for_the_loading_thread_and_opens_the_workspace(closed_file: Path) -> None:
    result = _run(QUICK_UNLOCK, str(closed_file), ADMIN_LOGIN, stdin=ADMIN_PASSPHRASE + "\n")
    assert result["code"] == 0
    assert result["painted"] == []
    assert result["main_shown"] is True
    assert result["cases_listed"] == 0  # a new file: the list is there and empty
    loaded = set(result["opened"])
    assert {m for m in BEHIND_PASSPHRASE if m.startswith(HEAVY)} <= loaded
    assert "alembic" not in _roots(result["opened"]), "unlocking a current file loaded Alembic"
