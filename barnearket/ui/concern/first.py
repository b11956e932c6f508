"""Step 1: when the concern arose, the first description, categories and levels, autosaved; level history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.forms import StepGuide
from barnearket.domain.model import Concern, JsonValue, Scale
from barnearket.services.conflicts import version
from barnearket.services.context import ServiceContext
from barnearket.services.keptwork import CONCERN, Pending
from barnearket.ui.autosave import Autosaver
from barnearket.ui.concern.columns import level_columns
from barnearket.ui.concern.entries import fit_columns, make_table
from barnearket.ui.concern.fieldwrites import FIELDS, LEVELS, FieldWrite, as_level, field_write
from barnearket.ui.concern.levels import Scales
from barnearket.ui.concern.records import RecordModel
from barnearket.ui.concern.split import SplitPage
from barnearket.ui.conflict.dialog import Choice, ConflictDialog
from barnearket.ui.conflict.resolve import Resolution, ask
from barnearket.ui.context import UiContext
from barnearket.ui.edit.highest import HighestLevel
from barnearket.ui.formwidgets import SectionForm
from barnearket.ui.widgets import heading


class ArosePage(SplitPage):
    """The concern's own fields, stored as they change, beside the history of its levels.

    Attributes:
        form: the step-1 form; levels: the level-history model.
        saver: stores each change within the autosave delay.

    Signals:
        changed(): a change was stored.
    """

    changed = Signal()

    def __init__(
        self, ctx: UiContext, guide: StepGuide, scales: Scales, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, tall=(4, 1))
        self._scales = scales
        self._concern_id: int | None = None
        self._ctx = ctx
        self._base = 0
        """The concern's version the fields on screen are based on (`storage/versions.py`)."""
        self.conflict_dialog: ConflictDialog | None = None
        self.saver = Autosaver(ctx, self)
        self.saver.saved.connect(self.changed)
        self.saver.stored.connect(self._stored)
        self.saver.conflicted.connect(self._conflicted)
        self.form = SectionForm(guide.steps[0].questions, ctx.library, parent=self, today=ctx.clock.today)
        self.form.answer_changed.connect(self._edited)
        self.levels = RecordModel(level_columns(scales.label), self)
        self.table, self.proxy = make_table(self.levels, self.tr("Historikk for bekymringsnivå"), self)
        history = QWidget(self)
        side = QVBoxLayout(history)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(heading(self.tr("Historikk for bekymringsnivå"), history, 1))
        side.addWidget(self.table, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.set_parts(scroll, history)
        self._highest = scales.highest(Scale.CHILD)
        self._level: int | None = None
        self.highest = HighestLevel(ctx, self)
        self.highest.stored.connect(self._level_stored)
        self.highest.cancelled.connect(self._level_kept)
        self.highest.conflicted.connect(
            lambda conflict: self._conflicted((self._concern_id, "child_level"), conflict))

    def set_concern(self, concern: Concern) -> None:
        """Show a concern; the form is refilled only when another concern is shown (never while typing)."""
        self.levels.set_records(list(concern.levels))
        fit_columns(self.table, 320)
        self.form.setEnabled(concern.is_open)
        if concern.id == self._concern_id:
            self._level = concern.level
            return
        self.saver.flush()
        self._concern_id = concern.id
        self._level = concern.level
        self._base = concern.row_version
        self.form.set_answers(self._answers(concern))

    def _answers(self, concern: Concern) -> dict[str, JsonValue]:
        return {
            "arose_on": concern.arose_on.isoformat(),
            "first_description": concern.description or None,
            "categories": list[JsonValue](sorted(concern.categories)) or None,
            "child_level": self._scales.option_id(Scale.CHILD, concern.level),
            "parent_level": self._scales.option_id(Scale.PARENT, concern.parent_level),
        }

    def _level_stored(self, level: int) -> None:
        self._level = level
        if self._concern_id is not None:
            with self._ctx.reading() as sctx:
                self._base = version(sctx, "concerns", self._concern_id)
        self.changed.emit()

    def _level_kept(self) -> None:
        """The worker cancelled the highest level: show the level that is stored."""
        self.form.widget("child_level").editor.set_value(self._scales.option_id(Scale.CHILD, self._level))

    def _edited(self, question_id: str, value: JsonValue) -> None:
        if self._concern_id is None:
            return
        chosen = self._scales.value(Scale.CHILD, value) if question_id == "child_level" else None
        if chosen is not None and chosen == self._highest and chosen != self._level:
            self.highest.ask(self._concern_id, self._base)
            return
        if chosen is not None:
            self._level = chosen
        self._schedule(self._concern_id, question_id, value)

    def _schedule(self, concern_id: int, question_id: str, value: JsonValue) -> None:
        """Store the field shortly; kept in the local journal if the server cannot take it."""
        job = self._job(concern_id, question_id, value)
        if job is not None:
            self.saver.schedule(job, (concern_id, question_id), kept=lambda: Pending.typed(
                CONCERN, concern_id, question_id, None, value, self._base))

    def _job(
        self, concern_id: int, question_id: str, value: JsonValue
    ) -> Callable[[ServiceContext], object] | None:
        """The save of one field, based on the version on screen when it runs; it returns the new one."""
        call = self._call(concern_id, question_id, value)
        if call is None:
            return None

        def job(s: ServiceContext) -> int:
            call(s, self._base)
            return version(s, "concerns", concern_id)

        return job

    def _call(self, concern_id: int, question_id: str, value: JsonValue) -> FieldWrite | None:
        return field_write(self._scales, concern_id, question_id, value)

    def _stored(self, key: object, result: object) -> None:
        if isinstance(key, tuple) and key[0] == self._concern_id and isinstance(result, int):
            self._base = result

    def _conflicted(self, key: object, conflict: EditConflictError) -> None:
        """Someone changed the concern after it was shown: both versions side by side, then the choice."""
        if not isinstance(key, tuple) or key[0] != self._concern_id or key[1] not in FIELDS:
            return
        question_id: str = key[1]
        if self._landed(question_id, conflict):
            return
        mine = self.form.widget(question_id).editor.value()
        scale = LEVELS.get(question_id)
        shown = None if scale is None else (
            lambda v: self._scales.label(scale, as_level(self._scales, scale, v)))
        self.conflict_dialog = ask(self, self._ctx, conflict, mine, field=FIELDS[question_id],
                                   text=question_id == "first_description", shown=shown,
                                   done=lambda r: self._resolved(question_id, r))

    def _landed(self, question_id: str, conflict: EditConflictError) -> bool:
        """The newer version holds a value this page sent when the connection broke: the server had
        stored it, so it is the person's own. Go on from it (and store what is on screen now)."""
        assert self._concern_id is not None
        sent = self.saver.unsure((self._concern_id, question_id))
        if not sent:
            return False
        from barnearket.services.conflicts import explain
        from barnearket.ui.replaykinds import refusal

        with self._ctx.reading() as sctx:
            report = explain(sctx, conflict)
        concern_id, shown = self._concern_id, self.form.widget(question_id).editor.value()
        for value in sent:
            check = refusal(self._ctx, Pending.typed(CONCERN, concern_id, question_id, None, value, None))
            if check is not None and check.same is not None and check.same(report.theirs.get(check.field)):
                self._base = report.current
                if shown == value:
                    self._ctx.save_status.saved.emit()
                else:
                    self._schedule(concern_id, question_id, shown)
                return True
        return False

    def _resolved(self, question_id: str, resolution: Resolution) -> None:
        assert self._concern_id is not None
        self._base = resolution.base
        value = resolution.value
        scale = LEVELS.get(question_id)
        if scale is not None and isinstance(value, int):
            value = self._scales.option_id(scale, value)
        elif isinstance(value, date):
            value = value.isoformat()
        self.form.widget(question_id).editor.set_value(value)
        if question_id == "child_level":
            self._level = self._scales.value(Scale.CHILD, value)
            if resolution.choice is Choice.MINE and self._level == self._highest:
                self.highest.store(self._concern_id, resolution.base)  # with the reason given
                return
        if resolution.choice is not Choice.THEIRS:
            self._schedule(self._concern_id, question_id, value)
