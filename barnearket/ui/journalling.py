"""The one path by which a window keeps an edit the server could not take in the local journal.

The autosavers keep each failed edit here; a form stored with «Lagre» (a new step entry, a correction,
the report) keeps its whole content here while it waits for the server, and says so (`RETRYING`). A
kept entry a window is still retrying itself is `live`: the start-up replay leaves it to that window,
so the same new entry is never sent twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QWidget

from barnearket.services.keptwork import Key, LocalJournal, Pending
from barnearket.services.keptwork import journal_of as store_journal

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

RETRYING = QT_TRANSLATE_NOOP("StatusBar", "Ikke lagret – prøver igjen")
AWAY = QT_TRANSLATE_NOOP("Journalling", "Ikke lagret – prøver igjen. Serveren svarer ikke. Det du "
                                        "skrev, står her og er tatt vare på kryptert på denne maskinen. Det "
                                        "lagres av seg selv når serveren svarer igjen.")
live: dict[Key, QObject] = {}
"""Kept entries an open window retries itself, by the form that holds them (the replay skips them)."""


def held_here(key: Key) -> bool:
    """True while an open form still holds this kept entry and tries it again itself."""
    holder = live.get(key)
    if holder is None or not shiboken6.isValid(holder) or not getattr(holder, "has_pending", bool)():
        live.pop(key, None)
        return False
    return True


def journal_of(ctx: UiContext) -> LocalJournal | None:
    """The open server store's journal (a case file has none: it is on this machine already)."""
    return store_journal(ctx.case_file)


def keep(ctx: UiContext, entries: Iterable[Pending]) -> bool:
    """The server did not take these: keep them encrypted on this machine; False without a journal."""
    journal = journal_of(ctx)
    if journal is None:
        return False
    journal.keep(entries)
    return True


def stored(ctx: UiContext, entries: Iterable[Pending]) -> None:
    """These are on the server now: forget them here."""
    journal = journal_of(ctx)
    if journal is not None and len(journal):
        journal.stored(entries)


def open_case_number(widget: QWidget) -> str:
    """The number of the case open in the main window behind `widget` ("" when none is open)."""
    window: QWidget | None = widget.window()
    while window is not None and not hasattr(window, "case_view"):
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    case = getattr(getattr(window, "case_view", None), "case", None)
    return str(getattr(case, "number", "") or "")


def server_away(ctx: UiContext, exc: Exception) -> bool:
    """True when `exc` says the server could not be reached (a form then keeps and retries)."""
    from barnearket.storage.storefaults import server_away as away

    return ctx.location is not None and ctx.location.is_server and away(exc)


def status_text(ctx: UiContext, exc: Exception) -> str:
    """What the status bar says of a form kept while the server is away (the label reads `RETRYING`)."""
    from barnearket.ui.autosave import save_failure
    from barnearket.ui.widgets import qtr

    return save_failure(exc, ctx) or qtr("Journalling", AWAY)
