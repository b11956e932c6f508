"""Step 6: the action plan (responsible, deadline, evaluation date, status) and each action's evaluations."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableView, QTabWidget, QVBoxLayout, QWidget

from barnearket.domain.forms import StepGuide
from barnearket.domain.model import Action, Concern
from barnearket.ui.concern import adapters
from barnearket.ui.concern.columns import action_columns, evaluation_columns
from barnearket.ui.concern.entries import fit_columns, make_table
from barnearket.ui.concern.formbox import FormBox
from barnearket.ui.concern.keptentries import keep_appends
from barnearket.ui.concern.questions import evaluation_questions
from barnearket.ui.concern.records import RECORD_ROLE, RecordModel
from barnearket.ui.concern.split import SplitPage
from barnearket.ui.context import UiContext
from barnearket.ui.edit.entries import CorrectButton, attach
from barnearket.ui.widgets import heading


def fit_to_width(view: QTableView, stretch: int = 0, capped: int = 1, cap: int = 150) -> None:
    """Short columns as wide as their content, `capped` at most `cap` px, and `stretch` takes the rest.

    So the plan fits the width it is given (1366 px screens included) without a horizontal scroll bar;
    the measure and the responsible person wrap onto more lines instead.
    """
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    modes = QHeaderView.ResizeMode
    for column in range(view.model().columnCount()):
        header.setSectionResizeMode(column, modes.Stretch if column == stretch else modes.ResizeToContents)
    header.setSectionResizeMode(capped, modes.Interactive)
    view.resizeColumnToContents(capped)
    view.setColumnWidth(capped, min(view.columnWidth(capped), cap))
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.resizeRowsToContents()


class ActionsPage(SplitPage):
    """The plan as a table; the chosen action's evaluations below it; forms for both on the right.

    Attributes:
        actions, evaluations: the two table models.
        new_action, evaluate: the two forms.

    Signals:
        changed(): an action or an evaluation was stored.
    """

    changed = Signal()

    def __init__(self, ctx: UiContext, guide: StepGuide, parent: QWidget | None = None) -> None:
        super().__init__(parent, tall=(1, 1))
        step = guide.step("follow_up")
        kept = [q for q in step.questions if q.id in adapters.STORED["follow_up"]]
        self.action_model = RecordModel(action_columns(), self)
        self.table, self.proxy = make_table(self.action_model, self.tr("Tiltaksplan"), self)
        self.evaluations = RecordModel(evaluation_columns(), self)
        self.eval_table, _ = make_table(self.evaluations, self.tr("Evalueringer av valgt tiltak"), self)
        self.new_action = FormBox(
            ctx,
            kept,
            title="",
            button_text=self.tr("Legg til tiltak"),
            submit=adapters.action,
            parent=self,
        )
        self.evaluate = FormBox(
            ctx,
            evaluation_questions(guide),
            title="",
            button_text=self.tr("Lagre evalueringen"),
            submit=adapters.evaluation,
            parent=self,
        )
        for box in (self.new_action, self.evaluate):
            box.done.connect(lambda _: self.changed.emit())
        keep_appends(self.new_action, "follow_up")
        keep_appends(self.evaluate, "evaluation")
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.correct = CorrectButton(ctx, "follow_up", kept, self.table, self.tr("Endre valgt tiltak …"),
                                     self.new_action)
        self.correct.corrected.connect(self.changed)
        attach(self.new_action, self.correct)
        kept_eval = [q for q in evaluation_questions(guide) if q.id in ("evaluated_on", "evaluation")]
        self.correct_evaluation = CorrectButton(ctx, "evaluation", kept_eval, self.eval_table,
                                                self.tr("Rett valgt evaluering …"), self.evaluate)
        self.correct_evaluation.corrected.connect(self.changed)
        attach(self.evaluate, self.correct_evaluation)
        self._lay_out()

    def _lay_out(self) -> None:
        self.forms = QTabWidget(self)
        self.forms.addTab(self.new_action, self.tr("Nytt tiltak"))
        self.forms.addTab(self.evaluate, self.tr("Evaluering"))
        left = QVBoxLayout()
        left.addWidget(self.table, 3)
        self.eval_heading = heading(self.tr("Evalueringer av valgt tiltak"), self, 1)
        left.addWidget(self.eval_heading)
        left.addWidget(self.eval_table, 2)
        self.set_parts(left, self.forms)

    def set_concern(self, concern: Concern) -> None:
        """Show the plan; the chosen action stays chosen when the same action is still there."""
        chosen = self.evaluate.target_id
        self.new_action.target_id = concern.id
        self.new_action.set_enabled(concern.is_open)
        self.correct.setEnabled(concern.is_open)
        self.action_model.set_records(list(concern.actions))
        fit_to_width(self.table)
        rows = [
            r
            for r in range(self.proxy.rowCount())
            if getattr(self.proxy.index(r, 0).data(RECORD_ROLE), "id", None) == chosen
        ]
        if rows:
            self.table.selectRow(rows[0])
        else:
            self._show_action(None)
        self.correct_evaluation.setEnabled(concern.is_open)
        if not concern.is_open:
            self.evaluate.set_enabled(False)

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        record = rows[0].data(RECORD_ROLE) if rows else None
        self._show_action(record if isinstance(record, Action) else None)

    def _show_action(self, action: Action | None) -> None:
        self.evaluate.target_id = action.id if action else None
        self.evaluate.set_enabled(action is not None)
        self.evaluations.set_records(list(action.evaluations) if action else [])
        fit_columns(self.eval_table, 160)
        title = (
            self.tr("Evalueringer av «%1»").replace("%1", action.measure[:60])
            if action
            else self.tr("Velg et tiltak i tabellen for å se og legge til evalueringer")
        )
        self.eval_heading.setText(title)
