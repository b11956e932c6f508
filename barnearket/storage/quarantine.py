"""Keeps a byte-for-byte copy of a case file whose write-ahead log would lose committed work.

The copy is taken before SQLite touches the file, so the evidence survives whatever is decided next.
The database pages and the log's pages are encrypted already; the copy is as safe as the file
itself. It sits beside the file in a folder named after the file and the time, never after a person.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from barnearket.storage.errors import CaseFileError
from barnearket.storage.faults import os_error_problem
from barnearket.storage.journal import wal_path
from barnearket.storage.keyfile import keyfile_path

SUFFIX = ".karantene-"


def quarantine(case_path: Path, now: datetime | None = None) -> Path:
    """Copy the file, its log and its key file into a new folder beside it; return the folder.

    An earlier quarantine folder holding the very same log is reused, so repeated attempts to open
    the same damaged file do not fill the disk.
    """
    log = wal_path(case_path)
    digest = _digest(log)
    for earlier in sorted(case_path.parent.glob(f"{case_path.name}{SUFFIX}*")):
        copy = earlier / log.name
        if copy.is_file() and copy.stat().st_size == log.stat().st_size and _digest(copy) == digest:
            return earlier
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    folder = case_path.with_name(f"{case_path.name}{SUFFIX}{stamp}")
    tmp = case_path.with_name(f".{folder.name}.tmp")
    try:
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir(mode=0o700)
        for source in (case_path, log, keyfile_path(case_path)):
            if source.exists():
                shutil.copyfile(source, tmp / source.name)
                os.chmod(tmp / source.name, 0o600)
                with (tmp / source.name).open("rb+") as handle:
                    os.fsync(handle.fileno())
        os.replace(tmp, folder)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise CaseFileError(os_error_problem(exc)) from exc
    return folder


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()
