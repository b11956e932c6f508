"""The workspace: what needs me now, my cases with search, and the chosen case."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from barnearket import __version__
from barnearket.domain.language import active as active_language
from barnearket.domain.model import Case
from barnearket.ui.casebrowser import CaseBrowser
from barnearket.ui.caselist import SUMMARY_ROLE
from barnearket.ui.caselistpane import LIST_WIDTH, CaseListToggle
from barnearket.ui.caseview import CaseView
from barnearket.ui.docmenu import DocumentMenu
from barnearket.ui.helpmenu import HelpMenu
from barnearket.ui.icons import app_icon
from barnearket.ui.languagemenu import LanguageMenu
from barnearket.ui.needs import NeedsPanel
from barnearket.ui.newcase import NewCaseDialog
from barnearket.ui.rights.menu import RightsMenu
from barnearket.ui.routinemenu import RoutineMenu
from barnearket.ui.status import StatusBar
from barnearket.ui.taborder import move_focus

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext
    from barnearket.ui.coordinator.panel import OverviewPanel

CASES_PAGE, OVERVIEW_PAGE = 0, 1
LAPTOP = QSize(1366, 768)
MIN_SCREEN_WIDTH = 1024  # below that (or a virtual test screen) the window keeps its usual size
ACUTE_STYLE = ("QToolButton#acuteButton { background: #b3261e; color: white; font-weight: bold;"
               " border-radius: 4px; padding: 4px 12px; }"
               " QToolButton#acuteButton:hover { background: #8c1d17; }")


def fitted_size() -> QSize:
    """1280×720, or the whole free screen when that is smaller (a 1366×768 laptop: all of it)."""
    usual = QSize(1280, 720)
    screen = QGuiApplication.primaryScreen()
    free = screen.availableGeometry().size()
    laptop = free.width() >= MIN_SCREEN_WIDTH and (free.width() <= LAPTOP.width()
                                                   or free.height() <= LAPTOP.height())
    return free if laptop else usual


class MainWindow(QMainWindow):
    """Built once per unlocked file by the composition root.

    Attributes:
        needs, browser, case_view, status: the parts (tests drive them).

    Signals:
        lock_requested(), acute_requested(): toolbar and menu choices (the keys are global).
        closing(): the window is being closed; the root stores and closes the file.
        language_requested(str): the person chose another language ("nb", "nn" or "en").
    """

    lock_requested = Signal()
    acute_requested = Signal()
    closing = Signal()
    language_requested = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self._ctx = ctx
        self.needs = NeedsPanel(ctx, self.describe_case, self)
        self.browser = CaseBrowser(ctx, self)
        self.case_view = CaseView(ctx, self)
        self.status = StatusBar(ctx, self)
        self.setStatusBar(self.status)
        self._build()
        self._actions()
        self.browser.case_selected.connect(self.case_view.show_case)
        self.needs.case_requested.connect(self.open_case)
        self.case_view.case_changed.connect(self._case_changed)
        from barnearket.ui.livechanges import LiveRefresh

        self.live = LiveRefresh(ctx, self)  # others' changes on the server, seen within a moment
        from barnearket.ui.unsaved import JournalReplay

        self.replay = JournalReplay(ctx, self)  # typing kept while the server was away
        self.replay.replayed.connect(lambda _sheets: self.live.refresh_open_case())
        self.replay.case_needed.connect(self.open_case)  # a replayed edit met a newer version there
        self.status.kept.replay_now = self.replay.replay  # «Lagre nå» in the list of unsaved work
        self.resize(fitted_size())

    def _build(self) -> None:
        left = QWidget(self)
        box = QVBoxLayout(left)
        box.setContentsMargins(8, 8, 4, 8)
        box.addWidget(self.needs)
        box.addSpacing(8)
        box.addWidget(self.browser, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.case_view)
        split.setStretchFactor(1, 1)
        split.setSizes([LIST_WIDTH, 1280 - LIST_WIDTH])
        self.case_list = CaseListToggle(split, left, self.browser.table, self.case_view.tabs, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("mainPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(split, self.tr("S&aker"))
        self.pages.addTab(QWidget(self), self.tr("Oversik&t over bekymringer"))
        self.pages.currentChanged.connect(self._page_changed)
        self.overview: OverviewPanel | None = None
        self.setCentralWidget(self.pages)
        chain = [self.pages, self.needs.view, self.browser.scope, self.browser.search, self.browser.table,
                 self.case_view.tabs]  # reading order: the page tabs, the left column, then the case
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _actions(self) -> None:
        bar = QToolBar(self.tr("Verktøy"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.new_case_action = self._action(self.tr("&Ny sak"), QKeySequence.StandardKey.New, self.new_case)
        self.find_action = self._action(self.tr("&Finn sak"), QKeySequence.StandardKey.Find,
                                        self.browser.focus_search)
        self.lock_action = self._action(self.tr("&Lås"), QKeySequence("Ctrl+L"), self.lock_requested.emit)
        self.acute_action = self._action(self.tr("&Akutt fare"), QKeySequence("Ctrl+Shift+A"),
                                         self.acute_requested.emit)
        quit_action = self._action(self.tr("&Avslutt"), QKeySequence.StandardKey.Quit, self.close)
        for action in (self.new_case_action, self.find_action, self.case_list.action):
            bar.addAction(action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.lock_action)
        bar.addAction(self.acute_action)
        acute_button = bar.widgetForAction(self.acute_action)
        acute_button.setObjectName("acuteButton")
        acute_button.setStyleSheet(ACUTE_STYLE)
        acute_button.setToolTip(self.tr("Akutt fare for et barn: hvem du ringer nå, og start en melding "
                                        "(Ctrl+Shift+A)"))
        menu = self.menuBar()
        file_menu = self.file_menu = menu.addMenu(self.tr("&Fil"))
        self.profile_action = self._action(self.tr("Min &profil …"), QKeySequence(), self.edit_profile)
        file_menu.addActions([self.profile_action, self.lock_action, quit_action])
        self.languages = LanguageMenu(active_language(), self)
        self.languages.chosen.connect(self.language_requested)
        file_menu.insertMenu(self.lock_action, self.languages)
        case_menu = self.case_menu = menu.addMenu(self.tr("&Sak"))
        case_menu.addActions([self.new_case_action, self.find_action, self.case_list.action])
        self.rights = RightsMenu(self._ctx, self, lambda: self.case_view.case, self._rights_changed,
                                 self._purged)
        self.rights.build(case_menu)
        self.documents = DocumentMenu(self._ctx, self, self.current)
        self.documents.build(menu.addMenu(self.tr("&Dokumenter")))
        self.routine = RoutineMenu(self._ctx, self, self.case_view, self.open_case)
        self.routine.build(menu.addMenu(self.tr("&Praksis")), case_menu)
        help_menu = menu.addMenu(self.tr("&Hjelp"))
        help_menu.addAction(self.acute_action)
        help_menu.addAction(self._action(self.tr("&Om Barnearket"), QKeySequence(), self.about))
        self.help = HelpMenu(self._ctx, self)
        self.help.build(help_menu)

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '')} ({shown})")
        action.triggered.connect(slot)
        return action

    def _page_changed(self, index: int) -> None:
        """Build the coordinator's overview the first time it is shown (keeps unlocking fast)."""
        if index == OVERVIEW_PAGE:
            self.show_overview()

    def show_overview(self) -> OverviewPanel:
        """Switch to the overview of open concerns, building and loading it when needed."""
        from barnearket.ui.coordinator.panel import OverviewPanel

        if self.overview is None:
            self.overview = OverviewPanel(self._ctx, self._open_from_overview, self)
            self.pages.blockSignals(True)
            self.pages.removeTab(OVERVIEW_PAGE)
            self.pages.insertTab(OVERVIEW_PAGE, self.overview, self.tr("Oversik&t over bekymringer"))
            self.pages.blockSignals(False)
            self.overview.reload()
        self.pages.setCurrentIndex(OVERVIEW_PAGE)
        return self.overview

    def _open_from_overview(self, case_id: int) -> None:
        """The overview has logged the view already: select and show the case without a second row."""
        self.pages.setCurrentIndex(CASES_PAGE)
        self.browser.blockSignals(True)
        try:
            self.browser.select_case(case_id)
        finally:
            self.browser.blockSignals(False)
        self.case_view.show_case(case_id, log_view=False)

    def edit_profile(self) -> QWidget:
        """Open «Min profil»: the sender details the documents print (window-modal)."""
        from barnearket.ui.profile import ProfileDialog

        dialog = ProfileDialog(self._ctx, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_help(self, topic_id: str | None = None) -> QWidget | None:
        """Open the help window at a topic (the «?» beside a question links here)."""
        return self.help.show_help(topic_id)

    def about(self) -> None:
        """Name, version and what the program is for."""
        QMessageBox.about(self, self.tr("Om Barnearket"), self.tr(
            "<h3>Barnearket %1</h3><p>Arbeidsverktøy for barneansvarlige i hjemmetjenesten: "
            "samtalen om barna (helsepersonelloven § 10 a) og oppfølging fra bekymring til "
            "handling.</p><p>Sakene ligger kryptert i saksfilen.</p>").replace("%1", __version__))

    def refresh(self, *, read_only: bool = False) -> None:
        """Show the open file and user again, and reload lists (after unlock or a new case).

        `read_only` while the file is still checked at unlock: the case list's view is logged later
        (`browser.log_view()`).
        """
        user = self._ctx.case_file.user if self._ctx.case_file else None
        parts = [self.tr("Barnearket"), self._ctx.place_name, user.full_name if user else ""]
        self.setWindowTitle(" – ".join(p for p in parts if p))
        self.status.refresh()
        self.browser.reload(read_only=read_only)
        self.needs.reload()  # off the GUI thread: the window shows at once with «Henter …»
        if not read_only:  # read ahead during the unlock: others' changes are heard once it is done
            self.live.start()

    def describe_case(self, case_id: int) -> str:
        """The parent's name and case number for a case in the list (for the needs panel)."""
        row = self.browser.model.row_of(case_id)
        if row < 0:
            return self.tr("sak %1").replace("%1", str(case_id))
        summary = self.browser.model.index(row, 0).data(SUMMARY_ROLE)
        return f"{summary.parent_name} ({summary.number})"

    def current(self) -> tuple[Case | None, int | None]:
        """The case shown and the child chosen in it (for acute danger)."""
        return self.case_view.case, self.case_view.selected_child_id()

    def open_case(self, case_id: int) -> None:
        """Show a case, selecting it in the list when it is there."""
        if not self.browser.select_case(case_id):
            self.case_view.show_case(case_id)

    def new_case(self) -> NewCaseDialog:
        """Open the new-case dialog (window-modal, so locking can hide it)."""
        dialog = NewCaseDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, case_id: int) -> None:
        self.browser.reload()
        self.needs.reload()
        self.open_case(case_id)

    def _case_changed(self, _case_id: int) -> None:
        """Edited in the case view: counts and status in the lists follow at once."""
        self.browser.reload()
        self.needs.reload()

    def _rights_changed(self, case_id: int) -> None:
        """Transferred to the patient record: show the case again (read-only now) and reload the lists."""
        self.case_view.show_case(case_id, log_view=False)
        self._case_changed(case_id)

    def show_changed(self, case_id: int) -> None:
        """A case's state changed outside the case view (taken along): show it again, reload the lists."""
        self._rights_changed(case_id)

    def _purged(self, case_id: int) -> None:
        """A purged case leaves the window at once."""
        if self.case_view.case is not None and self.case_view.case.id == case_id:
            self.case_view.clear()
        self.browser.reload()
        self.needs.reload()

    def report_started(self, case_id: int, concern_id: int, report_id: int = 0, note: str = "") -> None:
        """Show the concern's reports after acute danger started one, and open it in the editor."""
        from barnearket.ui.concern.panel import ConcernPanel
        from barnearket.ui.concern.view import REPORTS

        self.open_case(case_id)
        self.case_view.show_case(case_id)
        self.case_view.show_concerns()
        panel = self.case_view.panels[-1].build()
        if isinstance(panel, ConcernPanel) and report_id:
            panel.reload()
            panel.select(concern_id)
            panel.view.open_step(REPORTS)
            panel.view.reports_page.open_report(report_id, note)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab in reading order, also through the panels built on first use."""
        return move_focus(self, next)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let the root store everything and close the file (asking first if something is not stored)."""
        from barnearket.ui.unsaved import may_close

        if not may_close(self._ctx, self):
            event.ignore()
            return
        self.closing.emit()
        event.accept()
