"""The one seam between the layers above and where the cases are kept: a case file or a server.

Services, documents, the windows and the command line work on a `Store`: they ask it for a session
per unit of work and for who is logged in, and never learn which kind it is. `open_store` is the one
place that decides, from a `StoreLocation`. What only makes sense for a file (the recovery key, key
rotation, the file's own backup) asks for the `CaseFile` with `file_only`, which refuses a server
store with a clear message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.location import StoreLocation

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from barnearket.storage.casefile import CaseFile, LoggedIn
    from barnearket.storage.serverstore import ServerStore

FILE_ONLY = "Dette gjelder bare saksfiler. På kommunens server gjør IT dette med serverens egne verktøy."


@dataclass(frozen=True)
class Change:
    """One case someone else changed: its id (None: unknown, reload everything) and the table."""

    case_id: int | None
    table: str


class Listening(Protocol):
    """A live channel from the store, hearing other people's changes until stopped."""

    def start(self) -> None:
        """Begin listening (returns at once)."""
        ...

    def stop(self) -> None:
        """Stop listening and close the channel's connection."""
        ...


class Store(Protocol):
    """An open case store with a person logged in; `close()` ends every connection."""

    user: LoggedIn | None
    failed_attempts: list[datetime]
    audit_findings: list[str]

    @property
    def location(self) -> StoreLocation:
        """Where the store lives."""
        ...

    def session(self) -> Session:
        """A new session for a unit of work that writes."""
        ...

    def read_session(self) -> Session:
        """A new session for reading (e.g. on a worker thread)."""
        ...

    @property
    def actor_id(self) -> int | None:
        """The audit log's id for whoever is logged in."""
        ...

    @property
    def closed(self) -> bool:
        """True once `close()` has run."""
        ...

    def close(self) -> None:
        """End every connection and forget what unlocked the store."""
        ...

    def listen(self, on_changes: Callable[[list[Change]], None],
               on_state: Callable[[bool], None]) -> Listening | None:
        """A live channel of other people's changes (not started); None where there is none (a file).

        Both callbacks are called on the channel's own thread.
        """
        ...


def open_store(location: StoreLocation, *, login: str, passphrase: str, journal_folder: Path | None = None,
               **file_options: Any) -> Store:
    """Log in to a case file (login + passphrase) or to the server (login + password).

    `file_options` (e.g. `accept_journal_loss`) only concern case files and are ignored on a server,
    except `readable`. With `journal_folder` (the window), a server store also opens the person's
    encrypted journal of typing not yet stored (`localjournal.py`); `readable(server)` is called once
    the login is accepted, so the window reads its lists while the journal's key is derived.
    """
    if location.is_server:
        from barnearket.storage.serverstore import open_server

        server = open_server(location, login=login, password=passphrase)
        if journal_folder is not None:
            _open_journal(server, journal_folder, login, passphrase, file_options.get("readable"))
        return server
    from barnearket.storage.opening import open_case_file

    return open_case_file(location.file_path, login=login, passphrase=passphrase, **file_options)


def _open_journal(server: ServerStore, folder: Path, login: str, password: str,
                  readable: Callable[[Store], object] | None) -> None:
    """The person's local journal on `server` (the store is closed again if it cannot be opened)."""
    from barnearket.storage.localjournal import LocalJournal

    assert server.location.url is not None
    if readable is not None:
        readable(server)
    try:
        server.journal = LocalJournal.unlock(folder, server.location.url, login, password)
    except BaseException:
        server.close()
        raise


def is_file(store: Store) -> bool:
    """True when the store is an encrypted case file."""
    return not store.location.is_server


def file_only(store: Store, message: str = FILE_ONLY) -> CaseFile:
    """The case file behind `store`; a server store is refused with a Norwegian message (exit 2)."""
    from barnearket.storage.casefile import CaseFile

    if isinstance(store, CaseFile):
        return store
    raise CaseFileError(Problem.INVALID, message)
