"""The one path by which an autosaver keeps an edit the server could not take in the local journal."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from barnearket.storage.localjournal import LocalJournal, Pending

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


def journal_of(ctx: UiContext) -> LocalJournal | None:
    """The open server store's journal (a case file has none: it is on this machine already)."""
    journal = getattr(ctx.case_file, "journal", None)
    return journal if isinstance(journal, LocalJournal) else None


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
