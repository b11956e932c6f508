"""What needs me now: reports to send now, decisions due, follow-ups due and reports awaiting feedback.

The list is read off the GUI thread (a job with its own read session), so the main window shows at
once with «Henter …» and fills when the answer comes; an answer to an older reload is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QBrush, QColor
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from barnearket.domain.rules.agenda import AgendaItem, AgendaKind
from barnearket.services.agenda import needs_me_now
from barnearket.ui.readjobs import JobRunner
from barnearket.ui.widgets import MUTED_STYLE, date_text, heading, qtr

if TYPE_CHECKING:
    from barnearket.services.context import ServiceContext
    from barnearket.ui.context import UiContext

CASE_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#a3141f")
KINDS = {
    AgendaKind.REPORT_NOW: QT_TRANSLATE_NOOP("NeedsModel", "Send bekymringsmelding nå"),
    AgendaKind.DECISION: QT_TRANSLATE_NOOP("NeedsModel", "Beslutning"),
    AgendaKind.FOLLOW_UP: QT_TRANSLATE_NOOP("NeedsModel", "Oppfølging av tiltak"),
    AgendaKind.REPORT_FEEDBACK: QT_TRANSLATE_NOOP("NeedsModel", "Purre svar på melding"),
    AgendaKind.PREGNANCY_PLAN: QT_TRANSLATE_NOOP("NeedsModel", "Plan for svangerskapet"),
}
AnyIndex = QModelIndex | QPersistentModelIndex


def _due(sctx: ServiceContext) -> list[AgendaItem]:
    """The job's work (on a pool thread, with its own read session)."""
    return needs_me_now(sctx)


class NeedsModel(QAbstractListModel):
    """One row per agenda item; CASE_ROLE is the case id, ITEM_ROLE the AgendaItem."""

    def __init__(self, describe_case: Callable[[int], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._describe = describe_case
        self._items: list[AgendaItem] = []

    def set_items(self, items: Sequence[AgendaItem]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of items (a list has no children)."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, overdue colour and the custom roles."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item)
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(OVERDUE)
        if role == CASE_ROLE:
            return item.case_id
        if role == ITEM_ROLE:
            return item
        return None

    def _text(self, item: AgendaItem) -> str:
        if item.kind is AgendaKind.REPORT_NOW:
            due = qtr("NeedsModel", "høyeste nivå siden %1, ingen melding sendt")
        elif item.overdue:
            due = qtr("NeedsModel", "forfalt %1")
        else:
            due = qtr("NeedsModel", "frist %1")
        kind = qtr("NeedsModel", KINDS[item.kind])
        return f"{kind} – {self._describe(item.case_id)}\n{due.replace('%1', date_text(item.due))}"


class NeedsPanel(QWidget):
    """The list with a heading that counts the items; activating one opens its case.

    Signals:
        case_requested(int): the case id of the chosen item.
        loaded(): the newest reload's answer is shown (or its failure is told).
    """

    case_requested = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: UiContext, describe_case: Callable[[int], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shown_once = False
        self.jobs = JobRunner(ctx, self)
        self.model = NeedsModel(describe_case, self)
        self.title = heading(self.tr("Trenger meg nå"), self, 2)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Trenger meg nå"))
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        self.view.setAlternatingRowColors(True)
        self.view.setMaximumHeight(190)
        self.empty = QLabel(self.tr("Ingen frister de nærmeste dagene."), self)
        self.empty.setStyleSheet(MUTED_STYLE)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.empty)
        box.addWidget(self.view)
        self.view.activated.connect(self._open)
        self.view.clicked.connect(self._open)

    @property
    def loading(self) -> bool:
        """True while a reload's answer has not come yet."""
        return self.jobs.busy

    def reload(self) -> None:
        """Ask the services what is due for the logged-in user (off the GUI thread); the list keeps
        what it shows until the answer comes, and shows «Henter …» until the first one."""
        if not self._ctx.is_open:
            return
        if not self._shown_once:
            self._placeholder(self.tr("Henter …"))
            self._announce(self.tr("Henter det som trenger deg nå …"))
        self.jobs.submit("needs", _due, self._show, self._failed)

    def wait(self) -> None:
        """Block until the running reload has finished (when the store closes, and in tests)."""
        self.jobs.wait()

    def _show(self, items: list[AgendaItem]) -> None:
        self._shown_once = True
        self.model.set_items(items)
        self.title.setText(self.tr("Trenger meg nå (%1)").replace("%1", str(len(items))))
        self.empty.setText(self.tr("Ingen frister de nærmeste dagene."))
        self.empty.setAccessibleName(self.empty.text())
        self.empty.setVisible(not items)
        self.view.setVisible(bool(items))
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        if not self._shown_once:
            self._placeholder(message or self.tr("Kunne ikke hente fristene. Prøv igjen om litt."))
        self.loaded.emit()

    def _placeholder(self, text: str) -> None:
        """Only the line of text under the heading: while loading, or when loading failed."""
        self.empty.setText(text)
        self.empty.setAccessibleName(text)
        self.empty.setVisible(True)
        self.view.setVisible(False)

    def _announce(self, text: str) -> None:
        """Say it to a screen reader politely (it is not where the keyboard is)."""
        if self.isVisible() and QAccessible.isActive():  # a window not shown yet is read when it shows
            event = QAccessibleAnnouncementEvent(self.empty, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)

    def _open(self, index: QModelIndex) -> None:
        self.case_requested.emit(int(index.data(CASE_ROLE)))
