"""Completion mode: the sheet's questions page by page (parent, each child, closing), with what's missing."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from barnearket.domain.forms import FormLibrary, Sheet, evaluate, sheet_missing, visible
from barnearket.domain.model import Case, JsonValue
from barnearket.domain.model import Sheet as SheetRecord
from barnearket.ui.formwidgets import EditorRegistry, QuestionWidget, default_registry
from barnearket.ui.sheet.missing import MissingRow, PageRow
from barnearket.ui.sheet.page import SheetPage
from barnearket.ui.sheet.pages import plan_pages


class CompletionTabs(QTabWidget):
    """The pages of one sheet as tabs; answers flow out through `answer_changed`.

    Signals:
        answer_changed(str, object, object): question id, child id (or None), value.
        state_changed(): answers changed, so visibility and what is missing may have too.
    """

    answer_changed = Signal(str, object, object)
    state_changed = Signal()

    def __init__(
        self, library: FormLibrary, registry: EditorRegistry | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.tabBar().hide()
        self._library = library
        self._registry = registry or default_registry()
        self.form: Sheet | None = None
        self.pages: list[SheetPage] = []

    def build(self, form: Sheet, case: Case, sheet: SheetRecord, today: date) -> None:
        """Lay out the pages for this sheet and case, and show the stored answers."""
        self.blockSignals(True)
        self.clear()
        for old in self.pages:
            old.deleteLater()
        pages = []
        for spec in plan_pages(form, case.children, today):
            page = SheetPage(spec, self._library, self._registry, self)
            page.set_answers(sheet.answers_for(page.child_id))
            page.answer_changed.connect(lambda q, v, p=page: self._edited(p, q, v))
            self.addTab(page, spec.title)
            pages.append(page)
        self.form, self.pages = form, pages
        self.blockSignals(False)
        self.refresh()

    def _edited(self, page: SheetPage, question_id: str, value: JsonValue) -> None:
        self.answer_changed.emit(question_id, page.child_id, value)
        if page.child_id is None:
            self.refresh()
        self.state_changed.emit()

    def refresh(self) -> None:
        """Recompute the shared answers, pass them on, and show only the pages that apply."""
        shared = self.shared_answers()
        for index, page in enumerate(self.pages):
            self.setTabVisible(index, page.set_context(shared))

    def shared_answers(self) -> dict[str, JsonValue]:
        """The answers of the shared pages that count (hidden questions left out)."""
        counted: dict[str, JsonValue] = {}
        for page in self.pages:
            if page.child_id is not None:
                continue
            for section, form in zip(page.spec.sections, page.forms, strict=True):
                if evaluate(section.when, counted):
                    shown = visible(section.questions, form.answers(), counted).answers
                    counted.update(cast("Mapping[str, JsonValue]", shown))
        return counted

    def missing(self) -> list[MissingRow]:
        """Required answers still missing, with the page each one is on."""
        if self.form is None:
            return []
        shared: dict[str, JsonValue] = {}
        for page in self.pages:
            if page.child_id is None:
                shared.update(page.answers())
        child_pages = [i for i, p in enumerate(self.pages) if p.child_id is not None]
        children = [self.pages[i].answers() for i in child_pages]
        rows = []
        unborn = [getattr(self.pages[i].spec.child, "unborn", False) for i in child_pages]
        for item in sheet_missing(self.form, shared, children, unborn):
            index = child_pages[item.child] if item.child is not None else self._page_of(item.section_id)
            child = self.pages[index].spec.child
            where = child.name if child is not None else self.tabText(index)
            rows.append(MissingRow(index, item.question.id, f"{where}: {item.question.label}"))
        return rows

    def _page_of(self, section_id: str) -> int:
        return next(i for i, p in enumerate(self.pages) if any(s.id == section_id for s in p.spec.sections))

    def set_read_only(self, read_only: bool) -> None:
        """Show the answers without letting them change."""
        for page in self.pages:
            for form in page.forms:
                form.set_read_only(read_only)

    def set_previous(self, previous: SheetRecord | None) -> None:
        """Show the previous conversation's answers under each question."""
        for page in self.pages:
            for form in page.forms:
                form.set_previous(previous.answers_for(page.child_id) if previous else None)

    def current_page(self) -> SheetPage | None:
        """The page on screen."""
        widget = self.currentWidget()
        return widget if isinstance(widget, SheetPage) else None

    def go_to(self, page: int, question_id: str | None = None) -> None:
        """Show a page and focus one of its questions (or its first)."""
        self.setCurrentIndex(page)
        target = self.pages[page]
        shown = target.shown_widgets()
        widget = target.widget_for(question_id) if question_id else (shown[0] if shown else None)
        if widget is not None:
            target.reveal(widget)

    def step_question(self, step: int) -> None:
        """Move the focus to the next (1) or previous (-1) shown question, across pages."""
        page = self.current_page()
        if page is None:
            return
        shown = page.shown_widgets()
        here = next((i for i, w in enumerate(shown) if w.has_focus_within()), None)
        target = (0 if step > 0 else len(shown) - 1) if here is None else here + step
        if 0 <= target < len(shown):
            page.reveal(shown[target])
            return
        self.step_page(step, land_on_last=step < 0)

    def step_page(self, step: int, *, land_on_last: bool = False) -> None:
        """Go to the next (1) or previous (-1) page that applies and focus a question there."""
        index = self.currentIndex() + step
        while 0 <= index < self.count() and not self.isTabVisible(index):
            index += step
        if not 0 <= index < self.count():
            return
        shown = self.pages[index].shown_widgets()
        self.setCurrentIndex(index)
        if shown:
            self.pages[index].reveal(shown[-1] if land_on_last else shown[0])

    def topic_spot(self, topic_id: str) -> tuple[int, str] | None:
        """Where a topic starts: its first unanswered question (else its first), as (page, question)."""
        spots = [(i, w) for i, p in enumerate(self.pages) if self.isTabVisible(i)
                 for w in p.shown_widgets() if w.question.topic == topic_id]  # fmt: skip
        empty = [(i, w) for i, w in spots if w.value() is None]
        if not spots:
            return None
        page, widget = (empty or spots)[0]
        return page, widget.question.id

    def page_rows(self, missing: list[MissingRow]) -> list[PageRow]:
        """The pages that apply, each with how many required answers it lacks."""
        return [PageRow(i, self.tabText(i), sum(1 for m in missing if m.page == i),
                        len(self.pages[i].answers()))
                for i in range(self.count()) if self.isTabVisible(i)]  # fmt: skip

    def focused_question(self) -> QuestionWidget | None:
        """The question whose input has the focus."""
        page = self.current_page()
        shown = page.shown_widgets() if page else []
        return next((w for w in shown if w.has_focus_within()), None)

    def topic_progress(self) -> Mapping[str, tuple[int, int]]:
        """(answered, shown) per conversation topic, over every page that applies."""
        counts: dict[str, list[int]] = {}
        for index, page in enumerate(self.pages):
            if not self.isTabVisible(index):
                continue
            answers = page.answers()
            for widget in page.shown_widgets():
                entry = counts.setdefault(widget.question.topic or "", [0, 0])
                entry[0] += widget.question.id in answers
                entry[1] += 1
        return {k: (v[0], v[1]) for k, v in counts.items()}
