"""Start-up of the built bundle (`packaging/build` → dist/barnearket) against the source and a bare window.

All three are timed in the same run, interleaved, from process start to the first paint of their
window, like `workspace.start_ratio`, and all three get the same almost empty environment that
`packaging/smoke` gives the bundle. Without a built bundle the module says so and reports nothing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import figure
from benchmarks.workspace import (
    BARE_TEXT,
    BARE_WINDOW,
    SMOKE_TEXT,
    STARTS,
    _note,
    _until_line,
    compile_bytecode,
)

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "barnearket" / ("barnearket.exe" if sys.platform == "win32" else "barnearket")
BUNDLE_ENV = "BARNEARKET_BUNDLE"  # another bundle to time

Command = tuple[list[str], str]  # the command, and the line it prints once its window has painted


def run() -> list[dict[str, Any]]:
    """packaging.start_ms (baseline: the bare window's ms), .start_ratio, .vs_source_ratio, CPU ratios."""
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
        compile_bytecode()
        commands = {"bundle": ([str(bundle), "--smoke-test", str(path)], SMOKE_TEXT),
                    "source": ([*_source_command(), "--smoke-test", str(path)], SMOKE_TEXT),
                    "bare": ([sys.executable, "-c", BARE_WINDOW], BARE_TEXT)}
        return _figures(_interleaved(commands, env))


def _source_command() -> list[str]:
    """The program as installed in this venv (what `workspace.start_ratio` times)."""
    script = Path(sys.executable).with_name("barnearket")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "barnearket"]


def _interleaved(commands: dict[str, Command], env: dict[str, str]) -> dict[str, tuple[float, float | None]]:
    """Median wall and CPU ms to the first paint of each command: one warm-up each, then STARTS rounds."""
    for command, line in commands.values():
        _until_line(command, env, line)
    runs: dict[str, list[tuple[float, float | None]]] = {name: [] for name in commands}
    for _ in range(STARTS):
        for name, (command, line) in commands.items():
            runs[name].append(_until_line(command, env, line))
    found: dict[str, tuple[float, float | None]] = {}
    for name, timed in runs.items():
        cpu = [c for _, c in timed if c is not None]
        found[name] = (statistics.median(w for w, _ in timed), statistics.median(cpu) if cpu else None)
    return found


def _figures(found: dict[str, tuple[float, float | None]]) -> list[dict[str, Any]]:
    (bundle, bundle_cpu), (source, source_cpu) = found["bundle"], found["source"]
    bare, bare_cpu = found["bare"]
    _note(f"start (packaging): bundle {bundle:.0f} ms, from source {source:.0f} ms, "
          f"bare PySide6 window {bare:.0f} ms")
    bare_ms = round(bare, 3)
    figures = [figure("packaging.start_ms", bundle, "ms", baseline=bare_ms),
               figure("packaging.start_ratio", bundle / bare, "ratio", baseline=bare_ms),
               figure("packaging.vs_source_ratio", bundle / source, "ratio", baseline=round(source, 3))]
    if bundle_cpu is not None and source_cpu is not None and bare_cpu is not None:
        _note(f"start (packaging): CPU used until shown: bundle {bundle_cpu:.0f} ms, "
              f"from source {source_cpu:.0f} ms, bare {bare_cpu:.0f} ms")
        figures += [figure("packaging.start_cpu_ratio", bundle_cpu / bare_cpu, "ratio",
                           baseline=round(bare_cpu, 3)),
                    figure("packaging.vs_source_cpu_ratio", bundle_cpu / source_cpu, "ratio",
                           baseline=round(source_cpu, 3))]
    return figures
