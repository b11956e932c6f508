"""Per-user program settings (recent files, idle time, window geometry), never case data."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from barnearket.files.atomic import atomic_write_bytes
from barnearket.storage.errors import CaseFileError
from barnearket.ui.settingsupgrade import MAX_RECENT, SETTINGS_VERSION, upgrade

log = logging.getLogger("barnearket.ui.settings")
DEFAULT_IDLE_MINUTES = 5.0


@dataclass
class Settings:
    """What the program remembers between runs for this user on this machine.

    Attributes:
        recent_files: case files opened before, newest first.
        last_login: the login last used (never a passphrase).
        idle_minutes: minutes without input before the window locks itself.
        barnevernvakt_phone: the local child-welfare emergency number shown under "Akutt fare".
        window_geometry: the main window's saved geometry (base64 from Qt).
        last_server: the municipality's server address last logged in to (never a password).
        last_store: "server" when the server was used last, else "file".
        language: the person's language for the program: "nb", "nn" or "en".
    """

    recent_files: list[str] = field(default_factory=list)
    last_login: str = ""
    idle_minutes: float = DEFAULT_IDLE_MINUTES
    barnevernvakt_phone: str = ""
    window_geometry: str = ""
    last_server: str = ""
    last_store: str = "file"
    language: str = "nb"

    def remember_file(self, path: Path) -> None:
        """Put `path` first in the recent files."""
        text = str(path)
        self.recent_files = [text, *(p for p in self.recent_files if p != text)][:MAX_RECENT]

    def remember_server(self, url: str) -> None:
        """The server just logged in to is offered first next time."""
        self.last_server, self.last_store = url, "server"

    def existing_recent_files(self) -> list[Path]:
        """Recent files that are still there."""
        return [Path(p) for p in self.recent_files if Path(p).is_file()]

    @property
    def idle_ms(self) -> int:
        """The idle time in milliseconds (at least 50 ms, so a typo never locks in a loop)."""
        return max(50, round(self.idle_minutes * 60_000))


def _from_json(raw: dict[str, Any]) -> Settings:
    """Keep the known keys with the right types; anything else falls back to the default."""
    defaults = Settings()
    values: dict[str, Any] = {}
    for item in fields(Settings):
        value = raw.get(item.name)
        wanted = type(getattr(defaults, item.name))
        if wanted is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if isinstance(value, wanted) and not isinstance(value, bool):
            values[item.name] = value
    if not all(isinstance(p, str) for p in values.get("recent_files", [])):
        values.pop("recent_files")
    return Settings(**values)


class SettingsStore:
    """Reads and writes the settings file; a missing or damaged file gives the defaults.

    Attributes:
        path: the JSON file (from `Paths.settings_file`).
        persist: False in tests that must not write anything.
    """

    def __init__(self, path: Path, *, persist: bool = True) -> None:
        self.path = path
        self.persist = persist

    def load(self) -> Settings:
        """The stored settings, or the defaults."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Settings()
        except (OSError, ValueError):
            log.warning("settings file unreadable; using defaults")
            return Settings()
        return _from_json(upgrade(raw)) if isinstance(raw, dict) else Settings()

    def save(self, settings: Settings) -> None:
        """Write atomically with owner-only permissions; a failure is logged, never raised."""
        if not self.persist:
            return
        stored = {"version": SETTINGS_VERSION, **asdict(settings)}
        data = json.dumps(stored, ensure_ascii=False, indent=2).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write_bytes(self.path, data)
        except (OSError, CaseFileError):
            log.warning("could not save settings")
