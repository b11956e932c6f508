"""The accessibility tree a screen reader sees, read through AT-SPI from the real program under Xvfb.

The program runs as a separate process on the xcb platform with Qt's accessibility bridge on, in a
private D-Bus session; `tests/helpers/atspi_reader.py` (Debian's Python, which has pyatspi) reads
the unlock window, unlocks through AT-SPI's own text and action interfaces, and reads the main window.
Skipped only when the system packages are missing (CI installs them: see `.ci/run`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from barnearket.services.demo import create_demo_file

SYSTEM_PYTHON = "/usr/bin/python3"
READER = Path(__file__).parents[1] / "helpers" / "atspi_reader.py"
UNNAMED_IS_FINE = {"filler", "panel", "table cell", "list item", "unknown", "scroll bar"}
"""Roles that are containers or content (a cell's text is its value), not controls to be named."""


def _missing() -> str:
    """What is missing to run the check ('' when all is there)."""
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: xvfb, dbus)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False) \
        if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        return "pyatspi is not installed for /usr/bin/python3 (Debian: python3-pyatspi, at-spi2-core)"
    return ""


def _tree(display: str, tmp_path: Path) -> list[dict[str, Any]]:
    case_file = tmp_path / "demo.barnearket"
    create_demo_file(case_file, cases=8, seed=2)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "AT_SPI"))}
    done = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, str(READER), display, sys.executable,
                           str(case_file), str(tmp_path / "home")], capture_output=True, text=True,
                          env=env, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def _one(rows: list[dict[str, Any]], window: str, role: str, name: str) -> dict[str, Any]:
    found = [r for r in rows if r["window"] == window and r["role"] == role and r["name"] == name]
    assert found, f"no {role} named {name!r} in the {window} window"
    return found[0]


def test_screen_reader_reads_names_and_roles(xvfb_display: str, tmp_path: Path) -> None:
    missing = _missing()
    if missing:
        pytest.skip(missing)
    rows = _tree(xvfb_display, tmp_path)
    files = next(r for r in rows if r["window"] == "unlock" and r["role"] == "combo box")
    assert files["name"].startswith("demo.barnearket") and files["labelled_by"] == ["Saksfil:"]
    assert _one(rows, "unlock", "text", "Brukernavn")["labelled_by"] == ["Brukernavn:"]
    assert _one(rows, "unlock", "password text", "Passordfrase")["focusable"]
    _one(rows, "unlock", "check box", "Vis passordfrasen")
    _one(rows, "unlock", "push button", "Lås opp")
    assert _one(rows, "main", "combo box", "Mine åpne saker")["labelled_by"] == ["Vis:"]
    search = _one(rows, "main", "text", "Søk")
    assert search["description"] == "Navn, fødselsnummer eller saksnummer"
    assert _one(rows, "main", "table", "Saker")["description"].startswith("Piltastene")
    _one(rows, "main", "list", "Trenger meg nå")
    for tab in ("Saker", "Oversikt over bekymringer"):
        _one(rows, "main", "page tab", tab)
    for button in ("Ny sak", "Finn sak", "Lås", "Akutt fare"):
        _one(rows, "main", "push button", button)
    unnamed = [f"{r['window']}: {r['role']}" for r in rows
               if r["showing"] and r["focusable"] and not r["name"] and r["role"] not in UNNAMED_IS_FINE]
    assert unnamed == []

