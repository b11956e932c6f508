"""What every widget gets from the composition root: the open file, who is logged in, and saving."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from barnearket.domain.clock import Clock
from barnearket.domain.errors import AccessDeniedError
from barnearket.ui.seams import Dialogs
from barnearket.ui.settings import Settings

if TYPE_CHECKING:  # the services and SQLAlchemy load after the unlock window is up (docs/architecture.md)
    from barnearket.services.context import Actor, ServiceContext
    from barnearket.storage.location import StoreLocation
    from barnearket.storage.store import Store


class SaveStatus(QObject):
    """Tells the status bar whether the last change is stored.

    Signals:
        saving(): a change is being written.
        saved(): every change so far is in the file.
        failed(str): a change could not be stored; the Norwegian message says why.
    """

    saving = Signal()
    saved = Signal()
    failed = Signal(str)


@dataclass
class UiContext:
    """The composition root's bundle, handed to each widget in its constructor.

    `case_file` (the open store: a case file or the municipality's server) is replaced when the window
    is locked and unlocked again, so widgets must never keep a session or a store of their own: they
    ask for a unit of work each time.

    Attributes:
        dialogs: the dialog seams (file picker, confirm, passphrase, message, print).
        settings: this user's program settings (idle time, barnevernvakt number...).
    """

    case_file: Store | None
    actor: Actor | None
    clock: Clock
    forms: Any
    paths: Any
    save_status: SaveStatus = field(default_factory=SaveStatus)
    dialogs: Dialogs = field(default_factory=Dialogs)
    settings: Settings = field(default_factory=Settings)

    @property
    def is_open(self) -> bool:
        """True while a file is unlocked."""
        return self.case_file is not None and not self.case_file.closed

    @property
    def file_path(self) -> Path | None:
        """The open (or last opened) case file; None on the server."""
        return self.case_file.location.path if self.case_file else None

    @property
    def location(self) -> StoreLocation | None:
        """Where the open (or last opened) store lives: a case file or the server."""
        return self.case_file.location if self.case_file else None

    @property
    def place_name(self) -> str:
        """A short name of the open store for titles: the file's name, or the server address."""
        return self.location.short_name() if self.location is not None else ""

    @contextmanager
    def unit_of_work(self) -> Iterator[ServiceContext]:
        """One transaction for one user action: committed on success, rolled back on error."""
        if self.case_file is None or self.actor is None or self.case_file.closed:
            raise RuntimeError("no case file is open")
        from barnearket.services.context import ServiceContext

        try:
            with self.case_file.session() as session, session.begin():
                yield ServiceContext(session, self.actor, self.clock, self.forms)
        except AccessDeniedError as refusal:
            self._log_refusal(refusal)
            raise

    def _log_refusal(self, refusal: AccessDeniedError) -> None:
        """The refused unit of work was rolled back; the refusal itself must still be logged."""
        assert self.case_file is not None and self.actor is not None
        from barnearket.services.common import log_refusal
        from barnearket.services.context import ServiceContext

        with self.case_file.session() as session, session.begin():
            log_refusal(ServiceContext(session, self.actor, self.clock, self.forms), refusal)

    @contextmanager
    def reading(self) -> Iterator[ServiceContext]:
        """A read-only unit of work (nothing is committed)."""
        if self.case_file is None or self.actor is None or self.case_file.closed:
            raise RuntimeError("no case file is open")
        from barnearket.services.context import ServiceContext

        try:
            with self.case_file.read_session() as session:
                yield ServiceContext(session, self.actor, self.clock, self.forms)
        except AccessDeniedError as refusal:
            self._log_refusal(refusal)
            raise
