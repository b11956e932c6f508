"""Removes a file a command has just written when the command then fails (e.g. its audit row could
not be stored on a full disk), so that an export never exists without the log row that records it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class NewOutputs:
    """The files this command is about to create (files it replaces are left alone)."""

    def __init__(self) -> None:
        self.paths: list[Path] = []

    def note(self, path: Path) -> Path:
        """Remember `path` if it does not exist yet; returns it for convenience."""
        if not path.exists():
            self.paths.append(path)
        return path


@contextmanager
def removed_on_failure() -> Iterator[NewOutputs]:
    """Yield a register of new outputs; if the block fails, each noted new file is removed."""
    outputs = NewOutputs()
    try:
        yield outputs
    except BaseException:
        for path in outputs.paths:
            path.unlink(missing_ok=True)
        raise
