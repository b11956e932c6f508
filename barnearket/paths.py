"""The one module that knows where Barnearket keeps its files on this machine.

Everything else asks here. `BARNEARKET_HOME` (or the `--home` option) moves every folder under
one root, which the tests and portable installs use.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP = "Barnearket"
DEFAULT_FILE_NAME = "saker.barnearket"
DEMO_FILE_NAME = "demo.barnearket"
UNSAVED_FOLDER = "ulagret"
"""The encrypted local journal of edits the server has not stored yet (`storage/localjournal.py`)."""


@dataclass(frozen=True)
class Paths:
    """Folders for case files, settings and municipal form overrides."""

    data: Path
    config: Path

    @property
    def default_case_file(self) -> Path:
        """The case file offered when nothing else has been chosen."""
        return self.data / DEFAULT_FILE_NAME

    @property
    def demo_case_file(self) -> Path:
        """The fictional demo file that `barnearket --demo` opens."""
        return self.data / DEMO_FILE_NAME

    @property
    def unsaved(self) -> Path:
        """Where the windows keep the encrypted journal of edits not yet stored on the server."""
        return self.data / UNSAVED_FOLDER

    @property
    def local_forms(self) -> Path:
        """Where a municipality puts its own adapted form definitions."""
        return self.config / "skjema"

    @property
    def settings_file(self) -> Path:
        """Per-user program settings (recent files, idle time); never case data."""
        return self.config / "innstillinger.json"

    def ensure(self) -> Paths:
        """Create the folders (owner-only) and return self."""
        for folder in (self.data, self.config):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def resolve_paths(home: str | None = None) -> Paths:
    """Folders from `home`, else `BARNEARKET_HOME`, else the platform's user folders."""
    root = home or os.environ.get("BARNEARKET_HOME")
    if root:
        base = Path(root)
        return Paths(data=base / "data", config=base / "config")
    if sys.platform.startswith("linux"):  # the XDG folders, as platformdirs finds them (~4 ms to import)
        return Paths(data=_xdg("XDG_DATA_HOME", ".local/share") / APP,
                     config=_xdg("XDG_CONFIG_HOME", ".config") / APP)
    import platformdirs

    return Paths(data=Path(platformdirs.user_data_dir(APP, appauthor=False)),
                 config=Path(platformdirs.user_config_dir(APP, appauthor=False)))


def _xdg(variable: str, default: str) -> Path:
    """An XDG base folder: the variable if it holds an absolute path, else `default` under the home folder."""
    value = os.environ.get(variable, "").strip()
    return Path(value if os.path.isabs(value) else os.path.expanduser(f"~/{default}"))
