"""Someone else's change on the server shows in this window within a moment, without overwriting typing.

The store's live channel (`Store.listen`; on the server `storage/server/live.py`) hears case ids on a
thread; `LiveChannel` turns them into a Qt signal on the GUI thread. `LiveRefresh` collects the ids for
a short moment and then reloads the case list, «Trenger meg nå», the coordinator's overview (when
shown; else when next shown) and the open case, unless something in the open case is being edited:
then a notice says a newer version exists, and the newer version is shown when the person asks for
it. A case file has no live channel.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from barnearket.ui.autosave import flush_all, savers
from barnearket.ui.widgets import WARN_STYLE

if TYPE_CHECKING:
    from barnearket.storage.store import Change, Listening, Store
    from barnearket.ui.context import UiContext
    from barnearket.ui.mainwindow import MainWindow

log = logging.getLogger("barnearket.ui.livechanges")
GATHER_MS = 100  # changes arriving this close together are shown in one reload
MIN_INTERVAL_MS = 1000  # at most one reload a second, however busy the server (still within 2 s)
EDITORS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
OVERVIEW_PAGE = 1


class LiveChannel(QObject):
    """The listener's news as signals on the GUI thread.

    Signals:
        changed(object): a list of `Change`s from someone else.
        online(bool): whether the live channel is connected.
    """

    changed = Signal(object)
    online = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener: Listening | None = None
        self.connected = False
        self.online.connect(self._set_connected)

    def _set_connected(self, connected: bool) -> None:
        self.connected = connected

    def start(self, store: Store | None) -> bool:
        """Listen on `store` (a server); False for a case file, which has no live channel."""
        self.stop()
        self._listener = None if store is None else store.listen(self.changed.emit, self.online.emit)
        if self._listener is None:
            return False
        self._listener.start()
        return True

    def stop(self) -> None:
        """Stop listening (before the store closes: on lock and on quit)."""
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self.connected = False


class NewerNotice(QWidget):
    """«Saken er endret av en annen …» with a button that shows the newer version."""

    shown_newer = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newerNotice")
        self.label = QLabel(self.tr("Noen andre har endret denne saken. Det du skriver nå, blir ikke "
                                    "overskrevet."), self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(WARN_STYLE)
        self.button = QPushButton(self.tr("Vis den n&ye versjonen"), self)
        self.button.clicked.connect(self.shown_newer)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.label, 1)
        box.addWidget(self.button)
        self.setAccessibleName(self.tr("Nyere versjon finnes"))
        self.hide()


class LiveRefresh(QObject):
    """Refreshes one main window from the live channel.

    Attributes:
        channel: the listener's signals.
        notice: the notice above the open case.
        last_refresh_at: `time.monotonic()` of the last reload (tests and the benchmark read it).

    Signals:
        refreshed(object): the set of case ids just reloaded (None in it: everything).
    """

    refreshed = Signal(object)

    def __init__(self, ctx: UiContext, main: MainWindow) -> None:
        super().__init__(main)
        self._ctx, self._main = ctx, main
        self.channel = LiveChannel(self)
        self.notice = NewerNotice(main.case_view)
        self._place_notice()
        self._seen: set[int | None] = set()
        self._overview_stale = False
        self.last_refresh_at = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self.apply)
        self.channel.changed.connect(self._heard)
        self.notice.shown_newer.connect(self.show_newer)
        main.pages.currentChanged.connect(self._page_changed)

    def _place_notice(self) -> None:
        layout = self._main.case_view.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.notice)

    def start(self) -> bool:
        """Listen to the open store (after unlock); False for a case file."""
        self.notice.hide()
        return self.channel.start(self._ctx.case_file)

    def stop(self) -> None:
        """Stop listening (before the store is closed)."""
        self.channel.stop()

    def _heard(self, batch: list[Change]) -> None:
        self._seen.update(change.case_id for change in batch)
        if not self._timer.isActive():
            since_ms = (time.monotonic() - self.last_refresh_at) * 1000
            self._timer.start(max(GATHER_MS, int(MIN_INTERVAL_MS - since_ms)))

    def apply(self) -> None:
        """Reload what shows the changed cases; an open case being edited only gets the notice."""
        seen, self._seen = self._seen, set()
        if not seen or not self._ctx.is_open:
            return
        main = self._main
        main.browser.reload()
        main.needs.reload()
        self._refresh_overview()
        case = main.case_view.case
        if case is not None and case.id in seen:
            self.refresh_open_case()
        elif case is not None and None in seen and not self.editing():
            self.show_newer()  # back after a lost connection: maybe changed, nobody known to have
        self.last_refresh_at = time.monotonic()
        self.refreshed.emit(seen)

    def _refresh_overview(self) -> None:
        overview = self._main.overview
        if overview is None:
            return
        if self._main.pages.currentIndex() == OVERVIEW_PAGE:
            overview.reload(log_view=False)
        else:
            self._overview_stale = True

    def _page_changed(self, index: int) -> None:
        if index == OVERVIEW_PAGE and self._overview_stale and self._main.overview is not None:
            self._overview_stale = False
            self._main.overview.reload(log_view=False)

    def refresh_open_case(self) -> None:
        """Show the open case as stored now, unless it is being edited (then the notice)."""
        if self._main.case_view.case is None:
            return
        if self.editing():
            self.notice.show()
        else:
            self.show_newer()

    def editing(self) -> bool:
        """True while something in the open case waits to be stored or has the keyboard for typing."""
        view = self._main.case_view
        if any(saver.has_pending() for saver in savers([self._main])):
            return True
        focus = QApplication.focusWidget()
        return isinstance(focus, EDITORS) and view.isAncestorOf(focus) and _typing_into(focus)

    def show_newer(self) -> None:
        """Store what is typed, then show the open case as it is now (same tab, same child)."""
        view = self._main.case_view
        if view.case is None:
            return
        flush_all([self._main])
        chosen = view.selected_child_id()
        focus = QApplication.focusWidget()
        view.show_case(view.case.id, log_view=False)
        if chosen is not None:
            view.select_child(chosen)
        self.notice.hide()
        if focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)


def _typing_into(widget: QWidget) -> bool:
    """A combo box counts only when it is editable; the others always take typing."""
    return not isinstance(widget, QComboBox) or widget.isEditable()
