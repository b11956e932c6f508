"""A step page: a sortable table of the step's dated entries beside a form to add the next one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

from barnearket.domain.forms import Question
from barnearket.domain.model import JsonValue
from barnearket.ui.concern.formbox import FormBox, Submit
from barnearket.ui.concern.keptentries import keep_appends
from barnearket.ui.concern.records import Column, RecordModel, RecordSortProxy
from barnearket.ui.concern.split import SplitPage
from barnearket.ui.context import UiContext


def make_table(model: RecordModel, name: str, parent: QWidget) -> tuple[QTableView, RecordSortProxy]:
    """A sortable, read-only table over a record model, newest first."""
    proxy = RecordSortProxy(model, parent)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAccessibleName(name)
    return view, proxy


def fit_columns(view: QTableView, widest: int = 220) -> None:
    """Size columns to their content, but never wider than `widest` (the last one stretches)."""
    view.resizeColumnsToContents()
    for column in range(view.model().columnCount()):
        view.setColumnWidth(column, min(view.columnWidth(column), widest))
    view.resizeRowsToContents()


class EntryPage(SplitPage):
    """Entries of one step in a table, and a form to add the next.

    Attributes:
        model: the table's RecordModel; table: its view.
        box: the add-form.

    Signals:
        changed(): an entry was added (the panel reloads the concern).
    """

    changed = Signal()

    def __init__(
        self,
        ctx: UiContext,
        *,
        title: str,
        questions: Sequence[Question],
        columns: Sequence[Column],
        submit: Submit,
        add_text: str,
        context: Mapping[str, JsonValue] | None = None,
        parent: QWidget | None = None,
        step_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = RecordModel(columns, self)
        self.table, self.proxy = make_table(self.model, title, self)
        self.box = FormBox(
            ctx, questions, title=add_text, button_text=add_text, submit=submit, context=context, parent=self
        )
        self.box.done.connect(lambda _: self.changed.emit())
        if step_id is not None:
            keep_appends(self.box, step_id)
        self.correct: QPushButton | None = None
        self.set_parts(self.table, self.box)

    def set_records(self, concern_id: int, records: Sequence[object], *, open_concern: bool = True) -> None:
        """Show the entries of a concern; a closed concern takes no new ones."""
        self.box.target_id = concern_id
        self.model.set_records(records)
        fit_columns(self.table)
        self.box.set_enabled(open_concern)
        if self.correct is not None:
            self.correct.setEnabled(open_concern)
