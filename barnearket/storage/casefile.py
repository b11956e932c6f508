"""An open, unlocked case file: the lock, the file key, the engine and who logged in."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.keyfile import KeyFile
from barnearket.storage.location import StoreLocation
from barnearket.storage.lock import CaseFileLock
from barnearket.storage.store import Change, Listening


@dataclass(frozen=True)
class LoggedIn:
    """The person who unlocked the file (None when opened with the recovery key)."""

    id: int
    login: str
    full_name: str
    role: str


@dataclass
class CaseFile:
    """Everything needed to work on one unlocked file; `close()` forgets the key and frees the lock.

    Attributes:
        path: the case file.
        engine: pooled SQLAlchemy engine over the encrypted database.
        keyfile: the key slots (as last read or written).
        user: who unlocked it, or None for the recovery key.
        failed_attempts: times of failed unlocks reported at this unlock.
        personal_key: a key only the logged-in person can compute (seals their witness file).
        audit_findings: Norwegian findings of the witness check at unlock (empty when all is well).

    A file handed out for reading while it is still being opened (`open_case_file(readable=...)`)
    gives no writing session until the integrity check has passed (`verified`), and none at all if
    it failed (`refuse`).
    """

    path: Path
    engine: Engine
    keyfile: KeyFile
    file_key: bytes = field(repr=False)
    lock: CaseFileLock = field(repr=False)
    user: LoggedIn | None
    failed_attempts: list[datetime] = field(default_factory=list)
    personal_key: bytes = field(default=b"", repr=False)
    audit_findings: list[str] = field(default_factory=list)
    _verified: threading.Event = field(default_factory=threading.Event, init=False, repr=False,
                                       compare=False)
    _refused: bool = field(default=False, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._verified.set()  # opened the ordinary way: checked before it was made

    def awaiting_check(self) -> None:
        """Handed out before the integrity check: no writing session until `verified` or `refuse`."""
        self._verified.clear()

    def verified(self) -> None:
        """The integrity check passed: writing may start (wakes any session waiting for it)."""
        self._verified.set()

    def refuse(self) -> None:
        """The file failed to open after all: every waiting or later writing session is refused."""
        self._refused = True
        self._verified.set()

    @property
    def location(self) -> StoreLocation:
        """Where the store lives (the `Store` seam): this file."""
        return StoreLocation.file(self.path)

    def session(self) -> Session:
        """A new session for a unit of work that writes; it takes the write lock when it begins.

        While the file is still being checked at unlock, this waits for the check to pass.
        """
        self._verified.wait()
        if self._refused:
            raise CaseFileError(Problem.DAMAGED)
        return Session(self.engine.execution_options(immediate=True), expire_on_commit=False,
                       info={"actor_id": self.actor_id})

    def read_session(self) -> Session:
        """A new session for reading (e.g. on a worker thread); never blocks the writer.

        Before the integrity check at unlock has passed, it refuses to flush anything.
        """
        session = Session(self.engine, expire_on_commit=False)
        if not self._verified.is_set():
            event.listen(session, "before_flush", _not_before_the_check)
        return session

    @property
    def actor_id(self) -> int | None:
        """The audit log's id for whoever is logged in."""
        return self.user.id if self.user else None

    @property
    def closed(self) -> bool:
        """True once `close()` has run."""
        return not self.file_key

    def close(self) -> None:
        """Close every connection (WAL is checkpointed and removed), drop the key, free the lock."""
        if self.closed:
            return
        self.engine.dispose()
        self.file_key = b""
        self.personal_key = b""
        self.lock.release()

    def listen(self, on_changes: Callable[[list[Change]], None],
               on_state: Callable[[bool], None]) -> Listening | None:
        """None: a case file has one person at a time and no live channel."""
        return None


def _not_before_the_check(*_args: object) -> None:
    raise RuntimeError("nothing may be written to a case file before its integrity check has passed")
