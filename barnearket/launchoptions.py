"""What the command line asked the desktop program for; its own module so the windows
(`ui/startup.py`, `ui/app.py`) need not import the composition root (`app.py`) to read it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LaunchOptions:
    """What the command line asked for: a file (or a server address), the demo file, another home folder."""

    file: Path | None = None
    server: str | None = None
    demo: bool = False
    home: str | None = None
    smoke_test: bool = False
    language: str | None = None
