"""The Barnearket conversation: talk with topics and notes, then complete the sheet per child."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.errors import DomainError
from barnearket.domain.forms import QuestionType
from barnearket.domain.model import Case, JsonValue
from barnearket.domain.model import Sheet as SheetRecord
from barnearket.ui.conflict.dialog import Choice, ConflictDialog
from barnearket.ui.conflict.resolve import Resolution, ask
from barnearket.ui.context import UiContext
from barnearket.ui.edit.sheetbar import SheetBar
from barnearket.ui.formwidgets.question import QuestionWidget
from barnearket.ui.formwidgets.style import PANEL_STYLE
from barnearket.ui.sheet import operations as ops
from barnearket.ui.sheet.completion import CompletionTabs
from barnearket.ui.sheet.conversation import ConversationView
from barnearket.ui.sheet.header import COMPLETION, CONVERSATION, SheetHeader
from barnearket.ui.sheet.saving import NOTES, AnswerSaver, Key
from barnearket.ui.sheet.sidebar import SheetSidebar
from barnearket.ui.widgets import message_label, show_message

EMPTY = 2


class ConversationPanel(QWidget):
    """The sheet of one case: conversation mode, completion mode, and the locked view afterwards.

    Attributes:
        header, conversation, tabs, side: the parts (for the shell and tests).
        saver: writes every answer within half a second.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dialogs = ctx.dialogs
        self.case: Case | None = None
        self.sheet: SheetRecord | None = None
        self.saver = AnswerSaver(ctx, self)
        self.conflict_dialog: ConflictDialog | None = None
        self.header = SheetHeader(self)
        self.bar = SheetBar(ctx, self)
        self.conversation = ConversationView(self)
        self.tabs = CompletionTabs(ctx.library, parent=self)
        self.side = SheetSidebar(ctx, self)
        self.add_child = self.side.add_child
        self.error = message_label(self)
        self.stack = QStackedWidget(self)
        self.setStyleSheet(PANEL_STYLE)
        self._lay_out()
        self._connect()
        self._shortcuts()

    def _lay_out(self) -> None:
        empty = QLabel(self.tr("Trykk «Start samtale» når du skal snakke med brukeren om barna."), self)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for page in (self.conversation, self.tabs, empty):
            self.stack.addWidget(page)
        body = QHBoxLayout()
        body.addWidget(self.stack, 1)
        body.addWidget(self.side)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.addWidget(self.header)
        outer.addWidget(self.bar)
        outer.addWidget(self.error)
        outer.addLayout(body, 1)

    def _connect(self) -> None:
        self.header.mode_chosen.connect(self.set_mode)
        self.header.complete_clicked.connect(self.complete)
        self.header.new_clicked.connect(self.start_new)
        self.tabs.answer_changed.connect(self.saver.queue_answer)
        self.tabs.state_changed.connect(self._refresh_progress)
        self.tabs.currentChanged.connect(self._refresh_progress)
        self.side.notes_edited.connect(self.saver.queue_notes)
        self.side.page_chosen.connect(self.tabs.go_to)
        self.side.jump.connect(self.tabs.go_to)
        self.conversation.topic_chosen.connect(self.open_topic)
        self.add_child.child_added.connect(self._child_added)
        self.saver.failed.connect(lambda text: show_message(self.error, text))
        self.bar.version_chosen.connect(self.show_version)
        self.bar.details_saved.connect(self._details_saved)
        self.saver.saved.connect(lambda: show_message(self.error, ""))
        self.saver.conflicted.connect(self._conflicted)

    def _shortcuts(self) -> None:
        keys = {
            "Alt+Down": lambda: self.tabs.step_question(1), "Alt+Up": lambda: self.tabs.step_question(-1),
            "Ctrl+PgDown": lambda: self.tabs.step_page(1), "Ctrl+PgUp": lambda: self.tabs.step_page(-1),
            "F8": self.next_missing, "Ctrl+Return": self.complete,
            "Ctrl+1": lambda: self.set_mode(CONVERSATION), "Ctrl+2": lambda: self.set_mode(COMPLETION),
        }  # fmt: skip
        for sequence, slot in keys.items():
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def show_case(self, case_id: int) -> None:
        """Show the conversation of a case: its draft, else its newest completed sheet."""
        self.flush()
        self.case = ops.read_case(self._ctx, case_id)
        self.add_child.case_id = case_id
        self._show_sheet(ops.current_sheet(self.case))

    def _show_sheet(self, sheet: SheetRecord | None, mode: int | None = None) -> None:
        assert self.case is not None
        self.sheet = sheet
        self.saver.sheet_id = sheet.id if sheet and not sheet.is_completed else None
        self.saver.set_bases({(a.question_id, a.child_id): a.row_version
                              for a in (sheet.answers if sheet else ())}
                             | ({(NOTES, None): sheet.row_version} if sheet else {}))
        self.header.show_sheet(sheet)
        self.bar.show_sheets(self.case, sheet)
        show_message(self.error, "")
        today = self._ctx.clock.today()
        self.side.set_children(self.case.children, today)
        if sheet is None:
            self.stack.setCurrentIndex(EMPTY)
            self.side.set_mode(completion=False, locked=True)
            return
        form = ops.form_of(self._ctx.library, sheet)
        self.tabs.build(form, self.case, sheet, today)
        self.tabs.set_read_only(sheet.is_completed)
        self.tabs.set_previous(None if sheet.is_completed else ops.previous_of(self.case, sheet))
        self.conversation.set_topics(form.topics)
        self.side.set_notes(sheet.quick_notes)
        self.set_mode(mode if mode is not None else (COMPLETION if sheet.is_completed else CONVERSATION))

    def show_version(self, sheet_id: int) -> None:
        """Show one version of the conversation; a completed one is read-only."""
        if self.case is None:
            return
        self.flush()
        sheet = next((s for s in self.case.sheets if s.id == sheet_id), None)
        if sheet is not None:
            self._show_sheet(sheet)

    def _details_saved(self) -> None:
        assert self.case is not None and self.sheet is not None
        sheet_id, mode = self.sheet.id, self.stack.currentIndex()
        self.flush()
        self.case = ops.read_case(self._ctx, self.case.id)
        sheet = next((s for s in self.case.sheets if s.id == sheet_id), None)
        self._show_sheet(sheet, mode)

    def set_mode(self, mode: int) -> None:
        """Switch between the conversation (topics, notes) and completing the questions."""
        if self.sheet is None:
            return
        self.stack.setCurrentIndex(mode)
        self.header.set_mode(mode)
        self.side.set_mode(completion=mode == COMPLETION, locked=self.sheet.is_completed)
        self._refresh_progress()
        if mode == COMPLETION and self.tabs.focused_question() is None:
            self.tabs.go_to(max(self.tabs.currentIndex(), 0))

    def open_topic(self, topic_id: str) -> None:
        """Go to the first unanswered question of a topic (or its first question)."""
        self.set_mode(COMPLETION)
        spot = self.tabs.topic_spot(topic_id)
        if spot is not None:
            self.tabs.go_to(*spot)

    def next_missing(self) -> None:
        """Jump to the first required question still without an answer."""
        rows = self.tabs.missing()
        if rows and self.sheet is not None and not self.sheet.is_completed:
            self.set_mode(COMPLETION)
            self.tabs.go_to(rows[0].page, rows[0].question_id)

    def help_here(self) -> bool:
        """F1 (through the main window's Help menu) in the sheet: the focused question's help."""
        widget = self.tabs.focused_question()
        if widget is not None:
            widget.toggle_help()
        return widget is not None

    def _refresh_progress(self) -> None:
        missing = self.tabs.missing() if self.sheet else []
        self.side.set_state(self.tabs.page_rows(missing), missing, self.tabs.currentIndex())
        self.conversation.set_progress(self.tabs.topic_progress())

    def _child_added(self, child_id: int) -> None:
        assert self.case is not None
        self.flush()
        mode = self.stack.currentIndex()
        self.case = ops.read_case(self._ctx, self.case.id)
        self._show_sheet(ops.current_sheet(self.case), mode)
        page = next((i for i, p in enumerate(self.tabs.pages) if p.child_id == child_id), None)
        if page is not None and mode == COMPLETION:
            self.tabs.go_to(page)

    def start_new(self) -> None:
        """Start a new conversation; it begins with the previous answers, shown under each question."""
        if self.case is None:
            return
        self.flush()
        try:
            ops.start_conversation(self._ctx, self.case)
        except DomainError as error:
            show_message(self.error, str(error))
            return
        self.show_case(self.case.id)

    def complete(self) -> None:
        """Lock the sheet after a confirmation that says what is still missing."""
        if self.sheet is None or self.sheet.is_completed or self.case is None:
            return
        self.flush()
        text = self.tr("Arket låses og kan ikke endres etterpå. Neste samtale blir en ny versjon.")
        missing = len(self.tabs.missing())
        if missing:
            text += "\n\n" + self.tr("%n påkrevde spørsmål mangler fortsatt svar.", "", missing)
        if not self.dialogs.confirm(self, self.tr("Fullføre arket?"), text, self.tr("Fullfør arket"),
                                    safe_default=bool(missing)):
            return
        try:
            ops.complete(self._ctx, self.sheet.id)
        except DomainError as error:
            show_message(self.error, str(error))
            return
        self.show_case(self.case.id)

    def _conflicted(self, key: Key, conflict: EditConflictError, mine: JsonValue) -> None:
        """Someone stored a newer version of this answer: show both and let the person choose."""
        widget = self._question(key)
        text = key[0] == NOTES or (
            widget is not None and widget.question.type in (QuestionType.TEXT, QuestionType.LONG_TEXT))
        show_message(self.error, conflict.message)
        field = "quick_notes" if key[0] == NOTES else "value"
        self.conflict_dialog = ask(self, self._ctx, conflict, mine, field=field, text=text,
                                   done=lambda r: self._resolved(key, r))

    def _resolved(self, key: Key, resolution: Resolution) -> None:
        self.saver.bases[key] = resolution.base
        if key[0] == NOTES:
            self.side.set_notes(str(resolution.value or ""))
        widget = self._question(key)
        if widget is not None:
            widget.set_value(resolution.value)
            page = next((i for i, p in enumerate(self.tabs.pages) if p.widget_for(key[0]) is widget), None)
            if page is not None:  # show what now stands, where it stands
                self.set_mode(COMPLETION)
                self.tabs.go_to(page, key[0])
        if resolution.choice is not Choice.THEIRS:
            self.saver.queue_answer(key[0], key[1], resolution.value)
        show_message(self.error, "")

    def _question(self, key: Key) -> QuestionWidget | None:
        question_id, child_id = key
        found = (p.widget_for(question_id) for p in self.tabs.pages if p.child_id == child_id)
        return next((w for w in found if w is not None), None)

    def flush(self) -> bool:
        """Write anything typed but not yet stored (the shell also finds the saver on lock)."""
        return self.saver.flush()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)
