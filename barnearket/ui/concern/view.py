"""One concern: who it is about, its level and deadline, the seven-step path, and the open step's page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from barnearket.domain.forms import StepGuide
from barnearket.domain.forms.guidance import topic_for_step
from barnearket.domain.forms.standard import STEP_IDS
from barnearket.domain.model import Case, Child, Concern, Scale, label
from barnearket.domain.rules.steps import step_progress, unfinished_steps
from barnearket.ui.concern.deadline import decision_deadline
from barnearket.ui.concern.levels import Scales
from barnearket.ui.concern.path import StepPath
from barnearket.ui.concern.reportspage import ReportsPage
from barnearket.ui.concern.steppages import StepPages
from barnearket.ui.context import UiContext
from barnearket.ui.formwidgets.dates import format_date
from barnearket.ui.helptext import request_help
from barnearket.ui.sheet.pages import child_title
from barnearket.ui.widgets import HINT_STYLE, heading, message_label, show_message

CONSENTS = 8
REPORTS = 9
_PATH_WIDTH = 215


class ConcernView(QWidget):
    """Header, path, "why this step" and the pages of one concern.

    Attributes:
        path: the step buttons; pages: the eight pages; stack: shows one of them.

    Signals:
        changed(): something was stored (the panel reloads the case).
    """

    changed = Signal()

    def __init__(self, ctx: UiContext, guide: StepGuide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._guide = guide
        self._scales = Scales(ctx.library)
        self.concern: Concern | None = None
        self.title = heading("", self, 4)
        self.level = QLabel(self)
        self.level.setObjectName("concernLevel")
        self.level.setWordWrap(True)
        self.deadline = QLabel(self)
        self.deadline.setObjectName("deadline")
        self.pregnancy = QLabel(self)
        self.pregnancy.setWordWrap(True)
        self.path = StepPath(guide, self)
        self.consents_button = QPushButton("   " + self.tr("Samtykker"), self)
        self.consents_button.setCheckable(True)
        self.consents_button.setObjectName("stepButton")
        self.path.add_extra(self.consents_button, CONSENTS)
        self.reports_page = ReportsPage(ctx, self)
        self.reports_button = QPushButton("   " + self.tr("Meldinger"), self)
        self.reports_button.setCheckable(True)
        self.reports_button.setObjectName("stepButton")
        self.path.column.insertWidget(self.path.column.indexOf(self.consents_button) + 1, self.reports_button)
        self.path.group.addButton(self.reports_button, REPORTS)
        self.path.setFixedWidth(_PATH_WIDTH)
        self.why = message_label(self, HINT_STYLE)
        self.why.setObjectName("whyText")
        self.pages = StepPages(ctx, guide, self)
        self.stack = QStackedWidget(self)
        for page in self.pages.all():
            self.stack.addWidget(page)
            page.changed.connect(self.changed)  # type: ignore[attr-defined]
        self.stack.addWidget(self.reports_page)
        self.reports_page.changed.connect(self.changed)
        self.path.step_chosen.connect(self.open_step)
        for number in range(1, REPORTS + 1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # only while the view is shown
            shortcut.activated.connect(lambda n=number: self.open_step(n))
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.level)
        words.addWidget(self.pregnancy)
        top.addLayout(words, 1)
        top.addWidget(self.deadline, 0, Qt.AlignmentFlag.AlignTop)
        page = QVBoxLayout()
        page.addWidget(self.why)
        page.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.addWidget(self.path)
        body.addLayout(page, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(body, 1)

    def show_concern(self, case: Case, concern: Concern, today: date) -> None:
        """Show a concern; the open step stays open when the same concern is shown again."""
        same = self.concern is not None and self.concern.id == concern.id
        self.concern = concern
        child = case.child(concern.child_id)
        name = child_title(child, today) if child else self.tr("ukjent barn")
        self.title.setText(self.tr("Bekymring for %1").replace("%1", name))
        self._show_pregnancy(child, today)
        self._show_status(concern, today)
        self.path.set_progress(step_progress(concern), unfinished_steps(concern, self._guide))
        self.pages.show(case, concern)
        self.reports_page.show_concern(case, concern)
        self.reports_button.setText("   " + self.reports_page.count_text())
        if not same:
            self.open_step(step_progress(concern).current.number)

    def _show_pregnancy(self, child: Child | None, today: date) -> None:
        """For an unborn child: screening, responsibility group and the plan (Svangerskap, Ctrl+Shift+G)."""
        from barnearket.ui.pregnancy import path_summary

        unborn = child is not None and child.details.unborn
        if child is not None and unborn:
            with self._ctx.reading() as sctx:
                text = path_summary(sctx, child.id, today)
            self.pregnancy.setText(self.tr("Svangerskap: %1 (Ctrl+Shift+G)").replace("%1", text))
        self.pregnancy.setVisible(unborn)

    def _show_status(self, concern: Concern, today: date) -> None:
        status = label(concern.status)
        level = self._scales.label(Scale.CHILD, concern.level)
        text = self.tr("Oppstod %1 · %2 · Nivå %3").replace("%1", format_date(concern.arose_on))
        self.level.setText(text.replace("%2", status).replace("%3", level))
        deadline = decision_deadline(concern, today)
        self.deadline.setText(deadline.text)
        self.deadline.setProperty("overdue", deadline.overdue)
        self.deadline.setAccessibleName(deadline.text)
        self.deadline.style().unpolish(self.deadline)
        self.deadline.style().polish(self.deadline)

    def open_step(self, number: int) -> None:
        """Open a step's page (or the consents, 8, or the reports, 9), with why the step matters."""
        self.path.open_step(number)
        self.stack.setCurrentIndex(number - 1)
        if number == REPORTS:
            show_message(self.why, self.tr("Meldinger til barnevernet, politiet eller andre tjenester om "
                                           "denne bekymringen, med frister for tilbakemelding."))
            return
        if number == CONSENTS:
            show_message(
                self.why,
                self.tr(
                    "Under meldeterskelen trenger vi samtykke før vi deler opplysninger med andre tjenester. "
                    "En melding til barnevernet krever aldri samtykke."
                ),
            )
            return
        step = self._guide.steps[number - 1]
        show_message(self.why, self.tr("Hvorfor dette steget? %1").replace("%1", step.why))

    def current_step(self) -> int:
        """The number of the page on screen (8 for consents, 9 for reports)."""
        return self.stack.currentIndex() + 1

    def help_here(self) -> bool:
        """F1 on a step page (outside a question): the help topic of that step."""
        number = self.current_step()
        if not 1 <= number <= len(STEP_IDS):
            return False
        topic = topic_for_step(self._ctx.library, STEP_IDS[number - 1])
        return topic is not None and request_help(self, topic.id)
