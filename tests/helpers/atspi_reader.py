"""Reads the program's accessibility tree through AT-SPI, as a screen reader would (run by Debian's Python).

Run inside a private D-Bus session (`dbus-run-session`) with pyatspi installed:
    atspi_reader.py DISPLAY PYTHON FILE HOME
It starts the program on FILE under an X server already listening on DISPLAY, prints the unlock
window's tree as JSON lines, unlocks through AT-SPI itself (typing into the fields and pressing the
button by their accessible actions), prints the main window's tree, and stops the program.
Only standard library and pyatspi: the virtual environment's Python has no pyatspi.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pyatspi  # type: ignore[import-not-found, unused-ignore]

TIMEOUT = 60.0


def nodes(root: Any, depth: int = 0) -> Iterator[tuple[int, Any]]:
    """Every accessible below `root`, depth first."""
    yield depth, root
    for index in range(root.childCount):
        child = root.getChildAtIndex(index)
        if child is not None:
            yield from nodes(child, depth + 1)


def application(name: str) -> Any:
    """The program's application node on the desktop, waiting for it to register."""
    end = time.monotonic() + TIMEOUT
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name.lower() == name:
                return app
        time.sleep(0.3)
    raise SystemExit(f"no application {name!r} on the accessibility bus")


def window(app: Any, showing: str) -> Any:
    """The program's top-level window that shows a node named `showing`."""
    end = time.monotonic() + TIMEOUT
    while time.monotonic() < end:
        for index in range(app.childCount):
            top = app.getChildAtIndex(index)
            states = top.getState() if top is not None else None
            shown = states is not None and states.contains(pyatspi.STATE_SHOWING)
            if shown and any(node.name == showing for _depth, node in nodes(top)):
                return top
        time.sleep(0.3)
    raise SystemExit(f"no window showing {showing!r}")


def labels(node: Any) -> list[str]:
    """The names of the labels that label `node` (how a screen reader names a drop-down on Linux)."""
    found = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            found += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return found


def dump(label: str, top: Any) -> list[dict[str, Any]]:
    """Name, role, description, labels and state of every node a screen reader can reach."""
    found = []
    for depth, node in nodes(top):
        states = node.getState()
        found.append({"window": label, "depth": depth, "role": node.getRoleName(), "name": node.name,
                      "description": node.description, "labelled_by": labels(node),
                      "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
                      "showing": states.contains(pyatspi.STATE_SHOWING)})
    return found


def find(top: Any, role: str, name: str) -> Any:
    for _depth, node in nodes(top):
        if node.getRoleName() == role and node.name == name:
            return node
    raise SystemExit(f"no {role} named {name!r}")


def unlock(top: Any, login: str, passphrase: str) -> None:
    """Type the login and passphrase and press «Lås opp», all through AT-SPI."""
    find(top, "text", "Brukernavn").queryEditableText().setTextContents(login)
    find(top, "password text", "Passordfrase").queryEditableText().setTextContents(passphrase)
    find(top, "push button", "Lås opp").queryAction().doAction(0)


def main(display: str, python: str, case_file: str, home: str) -> int:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1",
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    program = subprocess.Popen([python, "-m", "barnearket", "--home", home, case_file], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        app = application("barnearket")
        first = window(app, "Lås opp")
        rows = dump("unlock", first)
        unlock(first, "demo", "demo")
        rows += dump("main", window(app, "Trenger meg nå"))
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    finally:
        program.terminate()
        try:
            program.wait(10)
        except subprocess.TimeoutExpired:
            program.kill()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
