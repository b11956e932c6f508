"""The list of unsaved work: what the local journal keeps while the server is away, and a way to store it.

The status bar shows «Ulagret arbeid (N)» while something waits (Ctrl+Shift+U opens the list too).
The list names the sort of entry, the case number and when it was typed, never what was typed; from it
the person stores everything now or leaves it kept for later.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barnearket.services.keptwork import (
    CLOSE,
    CONCERN,
    CONSENT,
    CORRECTION,
    ENTRY,
    REOPEN,
    REPORT,
    SHEET,
    WITHDRAW,
    KeptItem,
    described,
)
from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.journalling import journal_of
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

KINDS = {
    SHEET: QT_TRANSLATE_NOOP("KeptList", "Samtalen (svar eller notater)"),
    CONCERN: QT_TRANSLATE_NOOP("KeptList", "Bekymringen, steg 1"),
    REPORT: QT_TRANSLATE_NOOP("KeptList", "Melding"),
    CLOSE: QT_TRANSLATE_NOOP("KeptList", "Avslutning av bekymringen"),
    REOPEN: QT_TRANSLATE_NOOP("KeptList", "Gjenåpning av bekymringen"),
    CONSENT: QT_TRANSLATE_NOOP("KeptList", "Nytt svar på samtykke"),
    WITHDRAW: QT_TRANSLATE_NOOP("KeptList", "Samtykke trukket tilbake"),
}
STEPS = {
    "concretise": QT_TRANSLATE_NOOP("KeptList", "observasjon"),
    "share": QT_TRANSLATE_NOOP("KeptList", "drøfting"),
    "conversation": QT_TRANSLATE_NOOP("KeptList", "samtale med foreldrene"),
    "decision": QT_TRANSLATE_NOOP("KeptList", "beslutning"),
    "follow_up": QT_TRANSLATE_NOOP("KeptList", "tiltak"),
    "evaluation": QT_TRANSLATE_NOOP("KeptList", "evaluering"),
}
NEW = QT_TRANSLATE_NOOP("KeptList", "Ny %1")
CORRECTED = QT_TRANSLATE_NOOP("KeptList", "Rettelse av %1")


def kind_text(item: KeptItem) -> str:
    """What sort of work a kept entry is, in the person's words."""
    step = qtr("KeptList", STEPS.get(item.step, "oppføring"))
    if item.kind == ENTRY:
        return qtr("KeptList", NEW).replace("%1", step)
    if item.kind == CORRECTION:
        return qtr("KeptList", CORRECTED).replace("%1", step)
    return qtr("KeptList", KINDS.get(item.kind, "Annet"))


def when_text(typed_at: str) -> str:
    """When it was typed, in local time (dd.mm. kl. tt.mm)."""
    try:
        moment = datetime.fromisoformat(typed_at).astimezone()
    except ValueError:
        return "–"
    return moment.strftime("%d.%m. kl. %H.%M")


class KeptButton(QPushButton):
    """«Ulagret arbeid (N)» in the status bar, shown while the journal keeps something.

    Attributes:
        replay_now: stores what the journal keeps (the main window's replay); None: not offered.
        dialog: the list, while open.
    """

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.replay_now: Callable[[], object] | None = None
        self.dialog: KeptListDialog | None = None
        self.setObjectName("keptWorkButton")
        self.setFlat(True)
        self.setStyleSheet("QPushButton { color: #b00020; font-weight: bold; padding: 0 8px; }")
        self.setToolTip(self.tr("Det du har skrevet mens serveren var borte (Ctrl+Shift+U)"))
        self.clicked.connect(lambda _=False: self.open_list())
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+U"), parent)
        shortcut.activated.connect(self.open_list)
        for signal in (ctx.save_status.saving, ctx.save_status.saved, ctx.save_status.failed):
            signal.connect(lambda *_: QTimer.singleShot(0, self.refresh))
        self.refresh()

    def count(self) -> int:
        """How many entries the journal keeps now."""
        journal = journal_of(self._ctx) if self._ctx.is_open else None
        return 0 if journal is None else len(journal)

    def refresh(self) -> None:
        """Show the count, or hide when nothing waits."""
        count = self.count()
        self.setText(self.tr("Ulagret arbeid (%1)").replace("%1", str(count)))
        self.setAccessibleName(self.text())
        self.setVisible(count > 0)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.fill()

    def open_list(self) -> KeptListDialog | None:
        """The list of kept work (None when nothing is kept)."""
        if self.count() == 0:
            return None
        self.dialog = KeptListDialog(self._ctx, self.replay_now, self.window())
        self.dialog.finished.connect(lambda _: self.refresh())
        self.dialog.open()
        return self.dialog


class KeptListDialog(QDialog):
    """What waits to be stored: sort, case number, when; «Lagre nå» or keep it for later.

    Attributes:
        table: one row per kept entry; store_button, keep_button.
    """

    def __init__(self, ctx: UiContext, replay_now: Callable[[], object] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keptWorkDialog")
        self.setWindowTitle(self.tr("Ulagret arbeid"))
        self._ctx, self._replay_now = ctx, replay_now
        intro = QLabel(self.tr("Dette har du skrevet, men det er ikke lagret på serveren ennå. Det er "
                               "tatt vare på kryptert på denne maskinen og lagres av seg selv når serveren "
                               "svarer. Noe som ble holdt tilbake fordi saken var endret eller avsluttet, "
                               "står også her."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Hva"), self.tr("Sak"), self.tr("Skrevet"),
                                              self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Ulagret arbeid"))
        buttons = QDialogButtonBox(self)
        self.store_button = QPushButton(self.tr("&Lagre nå"), self)
        self.keep_button = QPushButton(self.tr("&Behold til senere"), self)
        buttons.addButton(self.store_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.store_button.clicked.connect(self.store_now)
        self.keep_button.clicked.connect(self.reject)
        self.store_button.setEnabled(replay_now is not None)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)
        self.fill()
        fit_to_screen(self, 640, 360)
        self.store_button.setFocus()

    def items(self) -> list[KeptItem]:
        """The kept entries, each with its case number when the server answers."""
        journal = journal_of(self._ctx)
        entries = [] if journal is None else journal.entries()
        try:
            with self._ctx.reading() as sctx:
                return described(sctx, entries)
        except Exception:  # the server is away: the list still shows what and when
            return described(None, entries)

    def fill(self) -> None:
        """Show the kept entries (never what was typed)."""
        items = self.items()
        self.table.setRowCount(len(items))
        unknown = self.tr("ikke kjent nå")
        for row, item in enumerate(items):
            state = self.tr("holdt tilbake") if item.held else self.tr("venter på serveren")
            for col, text in enumerate((kind_text(item), item.case_number or unknown,
                                        when_text(item.typed_at), state)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def store_now(self) -> None:
        """Try to store everything now: first what the open windows hold (each stores its own, so
        nothing is sent twice), then what is only in the journal; what still waits stays listed."""
        from barnearket.ui.autosave import flush_all

        window = self.parentWidget()
        if (window is None or flush_all([window])) and self._replay_now is not None:
            self._replay_now()
        self.fill()
        if self.table.rowCount() == 0:
            self.accept()
