"""Versions of the per-user settings file, with one upgrade step per version (as Picard does).

A file without a `version` key is version 1 (the format before versions). Each step takes the raw
JSON object of the version before and returns that of its own version; `upgrade` runs the steps in
order. A new setting that changes meaning or shape gets a new version and a step here, with a test.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

log = logging.getLogger("barnearket.ui.settings")

Raw = dict[str, Any]
MAX_RECENT = 8


def _to_2(raw: Raw) -> Raw:
    """Version 2: recent files are text, without repeats, at most eight; the idle time is a number."""
    out = dict(raw)
    recent = raw.get("recent_files")
    if isinstance(recent, list):
        kept = [p for p in recent if isinstance(p, str) and p]
        out["recent_files"] = list(dict.fromkeys(kept))[:MAX_RECENT]
    idle = raw.get("idle_minutes")
    if isinstance(idle, int) and not isinstance(idle, bool):
        out["idle_minutes"] = float(idle)
    elif isinstance(idle, str):
        try:
            out["idle_minutes"] = float(idle.replace(",", "."))
        except ValueError:
            out.pop("idle_minutes")
    return out


UPGRADES: Mapping[int, Callable[[Raw], Raw]] = MappingProxyType({2: _to_2})
"""The step that makes each version from the one before it."""
SETTINGS_VERSION = max(UPGRADES)
"""The version this program writes."""


def version_of(raw: Raw) -> int:
    """The file's version: its `version` key, or 1 for a file from before versions."""
    value = raw.get("version")
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else 1


def upgrade(raw: Raw) -> Raw:
    """The settings brought up to `SETTINGS_VERSION`; a newer file is read as it is (known keys only)."""
    version = version_of(raw)
    if version > SETTINGS_VERSION:
        log.warning("settings file is from a newer program (version %d); reading the known keys", version)
        return dict(raw)
    for step in range(version + 1, SETTINGS_VERSION + 1):
        raw = UPGRADES[step](raw)
        raw["version"] = step
    return raw
