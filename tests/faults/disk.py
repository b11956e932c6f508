"""A small disk of our own for fault tests: a tmpfs mounted on a temporary folder (needs root),
filled to leave an exact number of bytes free."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

PAGE = 4096
FILLER = ".fyll"
NOT_ROOT = "needs root to mount a small tmpfs (the disk-full tests run as root in CI)"


def require_root() -> None:
    """Skip with a clear reason when the test cannot mount a file system."""
    if os.geteuid() != 0:
        pytest.skip(NOT_ROOT)


@contextlib.contextmanager
def small_disk(size_mib: int = 16) -> Iterator[Path]:
    """Mount a tmpfs of `size_mib` MiB and yield its folder; unmounted afterwards."""
    require_root()
    folder = Path(tempfile.mkdtemp(prefix="barnearket-disk-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mib}m,mode=0755", "tmpfs", str(folder)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        folder.rmdir()
        pytest.skip(f"could not mount a tmpfs: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        shutil.rmtree(folder, ignore_errors=True)


def free_bytes(folder: Path) -> int:
    """What an ordinary write may still use."""
    stat = os.statvfs(folder)
    return stat.f_bavail * stat.f_frsize


def fill_to(folder: Path, free: int) -> None:
    """Grow (or shrink) the filler file until exactly `free` bytes (rounded to a page) are left."""
    filler = folder / FILLER
    size = filler.stat().st_size if filler.exists() else 0
    target = max(0, size + free_bytes(folder) - free)
    target -= target % PAGE
    with filler.open("ab") as handle:
        handle.truncate(target)
        if target > size:
            os.posix_fallocate(handle.fileno(), size, target - size)


def free_all(folder: Path) -> None:
    """Give the space back."""
    with contextlib.suppress(FileNotFoundError):
        (folder / FILLER).unlink()


def levels(count: int, most: int = 1024 * 1024) -> list[int]:
    """`count` distinct free-space levels from 0 B to `most`, in whole pages."""
    pages = most // PAGE
    return [round(pages * i / (count - 1)) * PAGE for i in range(count)]
