"""Step 1: when the concern arose, the first description, categories and levels, autosaved; level history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from barnearket.domain.forms import StepGuide
from barnearket.domain.model import Concern, JsonValue, Scale
from barnearket.services.concerns import set_level, update_concern
from barnearket.services.context import ServiceContext
from barnearket.ui.autosave import Autosaver
from barnearket.ui.concern.adapters import day
from barnearket.ui.concern.columns import level_columns
from barnearket.ui.concern.entries import fit_columns, make_table
from barnearket.ui.concern.levels import Scales
from barnearket.ui.concern.records import RecordModel
from barnearket.ui.concern.split import SplitPage
from barnearket.ui.context import UiContext
from barnearket.ui.edit.highest import HighestLevel
from barnearket.ui.formwidgets import SectionForm
from barnearket.ui.widgets import heading

_LEVELS = {"child_level": Scale.CHILD, "parent_level": Scale.PARENT}


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
        self.saver = Autosaver(ctx, self)
        self.saver.saved.connect(self.changed)
        self.form = SectionForm(guide.steps[0].questions, ctx.forms, parent=self, today=ctx.clock.today)
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
        self.changed.emit()

    def _level_kept(self) -> None:
        """The worker cancelled the highest level: show the level that is stored."""
        self.form.widget("child_level").editor.set_value(self._scales.option_id(Scale.CHILD, self._level))

    def _edited(self, question_id: str, value: JsonValue) -> None:
        if self._concern_id is None:
            return
        chosen = self._scales.value(Scale.CHILD, value) if question_id == "child_level" else None
        if chosen is not None and chosen == self._highest and chosen != self._level:
            self.highest.ask(self._concern_id)
            return
        if chosen is not None:
            self._level = chosen
        job = self._job(self._concern_id, question_id, value)
        if job is not None:
            self.saver.schedule(job, (self._concern_id, question_id))

    def _job(
        self, concern_id: int, question_id: str, value: JsonValue
    ) -> Callable[[ServiceContext], object] | None:
        if question_id in _LEVELS:
            scale = _LEVELS[question_id]
            level = self._scales.value(scale, value)
            if level is None:
                return None
            return lambda s: set_level(s, concern_id, level, scale=scale)
        if question_id == "arose_on":
            start = day({"d": value}, "d")
            return (lambda s: update_concern(s, concern_id, arose_on=start)) if start else None
        if question_id == "first_description":
            return lambda s: update_concern(s, concern_id, description=str(value or ""))
        if question_id == "categories":
            chosen = [str(v) for v in value] if isinstance(value, list) else []
            return lambda s: update_concern(s, concern_id, categories=chosen)
        return None
