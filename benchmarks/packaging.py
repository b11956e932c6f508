"""Start-up of the built bundle (`packaging/build` → dist/barnearket) against a bare PySide6 window.

Both are timed in the same run, from process start to the first paint of their window, like
`workspace.start_ratio`; the bundle runs with an almost empty environment, as `packaging/smoke` does.
Without a built bundle the module says so and reports nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.workspace import BARE_WINDOW, _note, start_figures

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "barnearket" / ("barnearket.exe" if sys.platform == "win32" else "barnearket")
BUNDLE_ENV = "BARNEARKET_BUNDLE"  # another bundle to time


def run() -> list[dict[str, Any]]:
    """packaging.start_ms (baseline: the bare window's ms), .start_ratio and .start_cpu_ratio."""
    bundle = Path(os.environ.get(BUNDLE_ENV, str(BUNDLE)))
    if not bundle.is_file():
        _note(f"packaging: no bundle at {bundle}; build it with packaging/build")
        return []
    with tempfile.TemporaryDirectory(prefix="barnearket-pkg-") as folder:
        base = Path(folder)
        env = {"PATH": "/usr/bin:/bin", "HOME": str(base / "home"), "LANG": "C.UTF-8",
               "QT_QPA_PLATFORM": "offscreen", "BARNEARKET_HOME": str(base / "home" / "barnearket")}
        path = base / "demo.barnearket"
        subprocess.run([str(bundle), "demo", str(path), "--cases", "50", "--seed", "7"], env=env,
                       capture_output=True, check=True, timeout=300)
        app = [str(bundle), "--smoke-test", str(path)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        bare_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        return start_figures("packaging", (app, env), (bare, bare_env))
