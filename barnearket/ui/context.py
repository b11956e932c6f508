"""What every widget gets from the composition root: the open file, who is logged in, and saving.

`UiContext` is a small holder of immutable parts: what stays the same while the program runs
(`Surroundings`), the open store with the person who opened it (`OpenStore`, replaced as a whole at
lock and unlock) and the form library (replaced as a whole when the language changes).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from barnearket.domain.clock import Clock
from barnearket.domain.errors import AccessDeniedError
from barnearket.ui.casepanels import STANDARD_PANELS, CasePanels
from barnearket.ui.seams import Dialogs
from barnearket.ui.settings import Settings

if TYPE_CHECKING:  # the services and SQLAlchemy load after the unlock window is up (docs/architecture.md)
    from barnearket.domain.forms import FormLibrary
    from barnearket.paths import Paths
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


@dataclass(frozen=True)
class Surroundings:
    """What the composition root builds once and every window shares for the program's lifetime.

    Attributes:
        clock: today's date and the time (a fixed clock in tests).
        paths: where files live (None in tests that never touch the disk outside the case file).
        dialogs: the dialog seams (file picker, confirm, passphrase, message, print).
        settings: this user's program settings (idle time, barnevernvakt number...); the one
            object whose fields change, saved by the root.
        save_status: tells the status bar about saving.
        panels: the case view's tabs.
    """

    clock: Clock
    paths: Paths | None
    dialogs: Dialogs = field(default_factory=Dialogs)
    settings: Settings = field(default_factory=Settings)
    save_status: SaveStatus = field(default_factory=SaveStatus)
    panels: CasePanels = STANDARD_PANELS


@dataclass(frozen=True)
class OpenStore:
    """An unlocked store (a case file or the municipality's server) and the person acting in it."""

    store: Store
    actor: Actor | None


class UiContext:
    """The composition root's bundle, handed to each widget in its constructor.

    The open store is replaced when the window is locked and unlocked again, so widgets must never
    keep a session or a store of their own: they ask for a unit of work each time. Only the
    composition root replaces a part (`adopt`, `forget`, `use_forms`); widgets read.
    """

    def __init__(self, case_file: Store | None, actor: Actor | None, clock: Clock,
                 forms: FormLibrary | None, paths: Paths | None, *, dialogs: Dialogs | None = None,
                 settings: Settings | None = None, save_status: SaveStatus | None = None,
                 panels: CasePanels = STANDARD_PANELS) -> None:
        self.surroundings = Surroundings(clock, paths, dialogs or Dialogs(), settings or Settings(),
                                         save_status or SaveStatus(), panels)
        self._opened = OpenStore(case_file, actor) if case_file is not None else None
        self._forms = forms

    def adopt(self, opened: OpenStore) -> None:
        """The root unlocked a store: it is the one every window uses from now on."""
        self._opened = opened

    def forget(self) -> None:
        """The root dropped the store (a failed unlock): no file is open."""
        self._opened = None

    @property
    def opened(self) -> OpenStore | None:
        """The open (or last opened, now closed) store and its person; None before the first unlock."""
        return self._opened

    def use_forms(self, forms: FormLibrary | None) -> None:
        """The root read the form definitions (again, in another language)."""
        self._forms = forms

    @property
    def case_file(self) -> Store | None:
        """The open (or last opened, now closed) store."""
        return self.opened.store if self.opened is not None else None

    @property
    def actor(self) -> Actor | None:
        """Who is logged in to the open store."""
        return self.opened.actor if self.opened is not None else None

    @property
    def forms(self) -> FormLibrary | None:
        """The form library (None before it is read, or when even the shipped forms are broken)."""
        return self._forms

    @property
    def library(self) -> FormLibrary:
        """The form library, for widgets shown only after the root has read it (always, after unlock)."""
        if self._forms is None:
            raise RuntimeError("the form definitions are not read yet")
        return self._forms

    @property
    def clock(self) -> Clock:
        """Today's date and the time."""
        return self.surroundings.clock

    @property
    def paths(self) -> Paths | None:
        """Where files live."""
        return self.surroundings.paths

    def need_paths(self) -> Paths:
        """Where files live, for the windows only the composition root builds (they always have it)."""
        if self.surroundings.paths is None:
            raise RuntimeError("this window needs the paths of the composition root")
        return self.surroundings.paths

    @property
    def dialogs(self) -> Dialogs:
        """The dialog seams."""
        return self.surroundings.dialogs

    @property
    def settings(self) -> Settings:
        """This user's program settings."""
        return self.surroundings.settings

    @property
    def save_status(self) -> SaveStatus:
        """Tells the status bar about saving."""
        return self.surroundings.save_status

    @property
    def panels(self) -> CasePanels:
        """The case view's tabs."""
        return self.surroundings.panels

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
        from barnearket.storage.storefaults import stale_conflict

        try:
            with self.case_file.session() as session:
                try:
                    with session.begin():
                        yield ServiceContext(session, self.actor, self.clock, self.forms)
                except Exception as exc:  # a stale write refused in a race is a conflict like any other
                    conflict = stale_conflict(session, exc)
                    if conflict is None:
                        raise
                    raise conflict from exc
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
