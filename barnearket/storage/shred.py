"""Removes a case file for good: every file that belongs to it is overwritten with random bytes,
synced, and deleted (the database, its write-ahead log and shared memory, its key file, the lock and
the failed-attempts file). Used when a laptop copy of checked-out cases has come back to the server."""

from __future__ import annotations

import os
from pathlib import Path

BELONGING = ("", "-wal", "-shm", "-journal", ".keys", ".keys.new", ".keys.next", ".attempts", ".lock")
_CHUNK = 1 << 20


def companions(path: Path) -> list[Path]:
    """The case file and every file beside it that belongs to it (those that exist)."""
    return [p for p in (Path(f"{path}{suffix}") for suffix in BELONGING) if p.exists()]


def shred_case_file(path: Path) -> list[Path]:
    """Overwrite, sync and delete the file and its companions; returns what was removed."""
    removed = companions(path)
    for item in removed:
        _overwrite(item)
        item.unlink()
    _sync_folder(path.parent)
    return removed


def _overwrite(item: Path) -> None:
    size = item.stat().st_size
    with item.open("r+b", buffering=0) as handle:
        done = 0
        while done < size:
            step = min(_CHUNK, size - done)
            handle.write(os.urandom(step))
            done += step
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
