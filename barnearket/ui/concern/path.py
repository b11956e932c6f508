"""The seven steps as a visible path: done ✓, begun but not done by the form's `done_when` (…), still
missing, where the concern stands, which is open."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QVBoxLayout, QWidget

from barnearket.domain.forms import StepGuide
from barnearket.domain.model import Step
from barnearket.domain.rules.steps import StepProgress
from barnearket.ui.rovingfocus import tab_to_checked

DONE, MISSING, CURRENT, LATER = "done", "missing", "current", "later"


class StepPath(QWidget):
    """One checkable button per step; any step can be opened in any order.

    Attributes:
        buttons: the step buttons, step 1 first.

    Signals:
        step_chosen(int): the number (1-7) of the step to open.
    """

    step_chosen = Signal(int)

    def __init__(self, guide: StepGuide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guide = guide
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(3)
        for step in guide.steps:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setObjectName("stepButton")
            self.group.addButton(button, step.number)
            self.buttons.append(button)
            self.column.addWidget(button)
        self.group.idClicked.connect(self.step_chosen)
        self._tab_stop = tab_to_checked(self.group)

    def add_extra(self, button: QPushButton, number: int) -> None:
        """Add a button after the steps (the consents), set apart by a gap, and the legend."""
        self.column.addSpacing(10)
        self.column.addWidget(button)
        legend = QLabel(
            self.tr(
                "✓ gjort   … påbegynt   ! ikke gjort ennå\n➜ her står bekymringen nå\n"
                "Stegene kan åpnes i hvilken som helst rekkefølge."
            ),
            self,
        )
        legend.setObjectName("shortcutHint")
        legend.setWordWrap(True)
        self.column.addSpacing(8)
        self.column.addWidget(legend)
        self.column.addStretch(1)
        self.group.addButton(button, number)
        self._tab_stop()

    def set_progress(self, progress: StepProgress, unfinished: frozenset[Step] = frozenset()) -> None:
        """Mark each step as done, begun (entries, but none meets the form's `done_when`), missing,
        current or later."""
        for step, button in zip(self._guide.steps, self.buttons, strict=True):
            kind = Step(list(Step)[step.number - 1])
            state = _state(kind, progress)
            begun = kind in unfinished and state == DONE
            mark = "…" if begun else {DONE: "✓", MISSING: "!", CURRENT: "➜"}.get(state, "  ")
            if state == CURRENT and kind in unfinished:
                mark = "➜…"  # where the concern stands, and not done yet
            tip = self._tip(state)
            if kind in unfinished:
                tip += " – " + self.tr("påbegynt, men ikke gjort: ingen oppføring har ennå alt skjemaet "
                                       "krever for dette steget")
            button.setText(f"{mark}  {step.number}. {_wrap(step.label)}")
            button.setProperty("state", state)
            button.setToolTip(tip)
            button.setAccessibleName(f"{self.tr('Steg')} {step.number}: {step.label}")
            button.setAccessibleDescription(tip)
            button.style().unpolish(button)
            button.style().polish(button)

    def _tip(self, state: str) -> str:
        return {
            DONE: self.tr("Gjort"),
            MISSING: self.tr("Ikke gjort ennå, men senere steg er i gang"),
            CURRENT: self.tr("Her står bekymringen nå"),
            LATER: self.tr("Ikke påbegynt"),
        }[state]

    def open_step(self, number: int) -> None:
        """Mark a step as the one on screen."""
        button = self.group.button(number)
        if button is not None:
            button.setChecked(True)


def _state(step: Step, progress: StepProgress) -> str:
    if step is progress.current:
        return CURRENT
    if step in progress.done:
        return DONE
    return MISSING if step in progress.missing else LATER


def _wrap(text: str, width: int = 22) -> str:
    """Break a long step name over two lines at the last space that keeps the first line short."""
    if len(text) <= width or " " not in text:
        return text
    cut = max((i for i, c in enumerate(text) if c == " " and i <= width), default=text.index(" "))
    return text[:cut] + "\n        " + text[cut + 1 :]
