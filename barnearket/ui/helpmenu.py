"""F1 and the Help menu: help for the question or step in focus, else the searchable help window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from barnearket.domain.forms.guidance import help_file, topic_for_sheet_topic
from barnearket.services import organisation as org
from barnearket.ui.helptext import SHEET_TOPIC
from barnearket.ui.helpwindow import HelpWindow

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


class HelpMenu(QObject):
    """Owns the help window of one main window (one instance, shown again and again).

    Attributes:
        help_action: «Hjelp og veiledning» on F1.
        window: the help window once it has been opened.
    """

    def __init__(self, ctx: UiContext, main: QWidget) -> None:
        super().__init__(main)
        self._ctx, self._main = ctx, main
        self.window: HelpWindow | None = None
        self.help_action = QAction(self.tr("&Hjelp og veiledning …"), main)
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.help_action.setToolTip(self.tr("Hjelp til det du står i, eller søk i hjelpen (F1)"))
        self.help_action.triggered.connect(self.help_here)

    def build(self, menu: QMenu) -> None:
        """Put the help window first in the Help menu."""
        actions = menu.actions()
        if not actions:
            menu.addAction(self.help_action)
            return
        menu.insertAction(actions[0], self.help_action)
        menu.insertSeparator(actions[0])

    def help_here(self) -> None:
        """The nearest widget around the focus that knows its own help answers; else the window."""
        widget = QApplication.focusWidget()
        while widget is not None and widget is not self._main:
            handler = getattr(widget, "help_here", None)
            if callable(handler) and handler():
                return
            widget = widget.parentWidget()
        self.show_help(None)

    def show_help(self, topic_id: str | None) -> HelpWindow | None:
        """Open the help window at a topic (the first one if None)."""
        helps = help_file(self._ctx.forms) if self._ctx.forms is not None else None
        if helps is None:
            QMessageBox.information(self._main, self.tr("Hjelp"),
                                    self.tr("Hjelpetekstene er ikke lastet. Spør administrator."))
            return None
        if topic_id is not None and topic_id.startswith(SHEET_TOPIC):
            found = topic_for_sheet_topic(self._ctx.library, topic_id.removeprefix(SHEET_TOPIC))
            topic_id = found.id if found is not None else None
        if self.window is None:
            with self._ctx.reading() as sctx:
                guide = org.organisation(sctx).action_guide
            self.window = HelpWindow(helps, guide, self._main)
        self.window.show_topic(topic_id)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.window.search_field.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.window
