"""Asks at unlock whether to go on without the last changes a damaged write-ahead log cannot give back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from barnearket.storage.errors import JournalDamagedError
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from barnearket.ui.seams import Dialogs

TITLE = QT_TRANSLATE_NOOP("JournalPrompt", "Saksfilen mangler de siste endringene")
GO_ON = QT_TRANSLATE_NOOP("JournalPrompt", "Fortsett uten dem")
AFTER = QT_TRANSLATE_NOOP(
    "JournalPrompt",
    "\n\nVelger du å fortsette, åpnes saksfilen slik den var før disse endringene, og du kan "
    "arbeide videre med den. Kopien blir liggende til IT har sett på den. Velger du Avbryt, "
    "forblir alt som det er.",
)


def accept_journal_loss(parent: QWidget | None, dialogs: Dialogs, error: object) -> bool:
    """True when `error` is a damaged log and the user chose to open the file without those changes."""
    if not isinstance(error, JournalDamagedError):
        return False
    return dialogs.confirm(parent, qtr("JournalPrompt", TITLE), error.message + qtr("JournalPrompt", AFTER),
                           qtr("JournalPrompt", GO_ON))
