"""Remembers failed unlocks beside the case file until the next successful unlock reports them.

The case file itself is never touched by a failed attempt. Each line holds only the time and the
login hash used in the key file, never a name or the typed passphrase.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

SUFFIX = ".attempts"


def attempts_path(case_path: Path) -> Path:
    """The failed-attempt record sits beside the case file."""
    return case_path.with_name(case_path.name + SUFFIX)


def note_failure(case_path: Path, login_hash: str, at: datetime | None = None) -> None:
    """Append one failed attempt; a problem writing it never hides the real error."""
    line = json.dumps({"at": (at or datetime.now(UTC)).isoformat(), "login_hash": login_hash})
    with contextlib.suppress(OSError):
        fd = os.open(attempts_path(case_path), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")


def read_failures(case_path: Path) -> list[tuple[datetime, str]]:
    """All recorded failures (time, login hash); malformed lines are skipped."""
    try:
        text = attempts_path(case_path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found = []
    for line in text.splitlines():
        try:
            data = json.loads(line)
            found.append((datetime.fromisoformat(data["at"]).astimezone(UTC), str(data["login_hash"])))
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
    return found


def clear_failures(case_path: Path) -> None:
    """Forget the failures once they are in the audit log."""
    with contextlib.suppress(FileNotFoundError):
        attempts_path(case_path).unlink()
