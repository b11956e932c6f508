"""The pregnancy path for an unborn child, in the case overview (a summary) and in its own dialog:
screening, the plan due before the due date, the responsibility group and the reports that need
no consent."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.errors import DomainError
from barnearket.domain.model import Case, ReportRecipient
from barnearket.domain.model.pregnancy import GroupMember, Pregnancy
from barnearket.services.pregnancy import (
    PathDetails,
    add_member,
    load_pregnancy,
    plan_due_for,
    remove_member,
    save_pregnancy,
    start_pregnancy_report,
)
from barnearket.storage.errors import CaseFileError
from barnearket.ui.edit.common import ID_ROLE, EditDialog, enter_does_not_save, hint
from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.formwidgets.dates import OptionalDateEdit
from barnearket.ui.widgets import MUTED_STYLE, add_row, date_text, qtr

if TYPE_CHECKING:
    from barnearket.services.context import ServiceContext
    from barnearket.ui.context import UiContext


def member_text(member: GroupMember) -> str:
    """«Jordmor – Helsestasjonen (Kari Nilsen)»: the role first, the service and name when given."""
    text = member.role + (f" – {member.service}" if member.service else "")
    return text + (f" ({member.name})" if member.name else "")


def plan_line(pregnancy: Pregnancy, due: date | None, today: date) -> str:
    """Whether the plan is made, and when it is due (late when the day has passed)."""
    if pregnancy.plan_made_on is not None:
        return qtr("Pregnancy", "Plan laget %1").replace("%1", date_text(pregnancy.plan_made_on))
    if due is None:
        return qtr("Pregnancy", "Ingen plan ennå (termin mangler)")
    text = qtr("Pregnancy", "Ingen plan ennå – skal være laget senest %1").replace("%1", date_text(due))
    return text + (qtr("Pregnancy", " (forsinket)") if today > due else "")


def path_summary(sctx: ServiceContext, child_id: int, today: date) -> str:
    """«screening TWEAK 16.11.2026 · ansvarsgruppe: Jordmor, NAV · Plan laget 01.12.2026» on one line."""
    pregnancy = load_pregnancy(sctx, child_id)
    due = plan_due_for(sctx, pregnancy)
    screening = (qtr("Pregnancy", "screening %1 %2").replace("%1", pregnancy.screening_tool)
                 .replace("%2", date_text(pregnancy.screened_on)).strip()
                 if pregnancy.screening_tool or pregnancy.screened_on
                 else qtr("Pregnancy", "ingen screening notert"))
    group = (qtr("Pregnancy", "ansvarsgruppe: %1").replace("%1", ", ".join(m.role for m in pregnancy.members))
             if pregnancy.members else qtr("Pregnancy", "ingen ansvarsgruppe"))
    return f"{screening} · {group} · {plan_line(pregnancy, due, today)}"


class PregnancyDialog(EditDialog):
    """Screening, the plan and the responsibility group of one unborn child.

    Signals:
        saved(int): the child id, after something was stored.
        report_started(int, int, int): case, concern and report id of a report just drafted.
    """

    saved = Signal(int)
    report_started = Signal(int, int, int)

    def __init__(self, ctx: UiContext, child_id: int, parent: QWidget | None = None) -> None:
        super().__init__(qtr("Pregnancy", "Svangerskap"), parent)
        self.setObjectName("pregnancyDialog")
        self._ctx, self._child_id = ctx, child_id
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tool = QLineEdit(self)
        self.screened_on = OptionalDateEdit(self)
        self.outcome = QPlainTextEdit(self)
        self.plan_due = QLabel(self)
        self.plan_due.setWordWrap(True)
        self.plan_made_on = OptionalDateEdit(self)
        self.plan_text = QPlainTextEdit(self)
        self.members = QListWidget(self)
        self.role, self.service, self.person = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.add_button = QPushButton(qtr("Pregnancy", "Legg til &medlem"), self)
        self.remove_button = QPushButton(qtr("Pregnancy", "&Fjern medlemmet"), self)
        self.social_button = QPushButton(qtr("Pregnancy", "Melding til &sosialtjenesten / NAV …"), self)
        self.specialist_button = QPushButton(qtr("Pregnancy", "Melding til spesialisthels&etjenesten …"),
                                             self)
        self.save_button.setText(qtr("Pregnancy", "&Lagre"))
        self.cancel_button.setText(qtr("Pregnancy", "Lu&kk"))
        for widget, name in ((self.tool, "tool"), (self.screened_on, "screenedOn"), (self.outcome, "result"),
                             (self.plan_made_on, "planMadeOn"), (self.plan_text, "planText"),
                             (self.role, "memberRole"), (self.service, "memberService"),
                             (self.person, "memberName")):
            widget.setObjectName(f"pregnancy_{name}")
        self._lay_out()
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.social_button.clicked.connect(lambda: self.start_report(ReportRecipient.SOSIAL_SVANGERSKAP))
        self.specialist_button.clicked.connect(
            lambda: self.start_report(ReportRecipient.SPESIALIST_SVANGERSKAP))
        for field in (self.role, self.service, self.person):
            field.returnPressed.connect(self.add_member)
        enter_does_not_save(self)
        self.load()
        fit_to_screen(self, 900, 760)

    def _lay_out(self) -> None:
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(self.intro)
        column.addWidget(hint(qtr("Pregnancy", "Melding til sosialtjenesten (NAV) eller "
                                               "spesialisthelsetjenesten krever ikke samtykke fra kvinnen. "
                                               "Knappene står nederst."), body))
        screening = QGroupBox(qtr("Pregnancy", "Screening"), body)
        form = QFormLayout(screening)
        add_row(form, qtr("Pregnancy", "&Verktøy:"), self.tool,
                qtr("Pregnancy", "For eksempel spørreskjemaet til jordmor, TWEAK eller AUDIT"))
        add_row(form, qtr("Pregnancy", "&Dato:"), self.screened_on)
        add_row(form, qtr("Pregnancy", "&Resultat:"), self.outcome)
        self.tool.setPlaceholderText(qtr("Pregnancy", "For eksempel TWEAK eller AUDIT"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(70)
        column.addWidget(screening)
        plan = QGroupBox(qtr("Pregnancy", "Plan før fødselen"), body)
        form = QFormLayout(plan)
        form.addRow(self.plan_due)
        add_row(form, qtr("Pregnancy", "Plan laget d&ato:"), self.plan_made_on)
        add_row(form, qtr("Pregnancy", "&Planen:"), self.plan_text)
        self.plan_text.setTabChangesFocus(True)
        self.plan_text.setMaximumHeight(80)
        column.addWidget(plan)
        column.addWidget(self._group_box(body))
        for button in (self.social_button, self.specialist_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setToolTip(qtr("Pregnancy", "Meldingen åpnes som utkast under bekymringen for barnet"))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.column.addWidget(scroll, 1)
        self.finish_layout()

    def _group_box(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(qtr("Pregnancy", "Ansvarsgruppe"), parent)
        column = QVBoxLayout(group)
        column.addWidget(hint(qtr("Pregnancy", "Hvem som er med, etter rolle og tjeneste: for eksempel "
                                               "fastlege, jordmor, NAV og fødeavdelingen."), group))
        self.members.setAccessibleName(qtr("Pregnancy", "Medlemmer av ansvarsgruppen"))
        self.members.setMaximumHeight(110)
        column.addWidget(self.members)
        form = QFormLayout()
        add_row(form, qtr("Pregnancy", "R&olle:"), self.role)
        add_row(form, qtr("Pregnancy", "&Tjeneste:"), self.service)
        add_row(form, qtr("Pregnancy", "&Navn (valgfritt):"), self.person)
        self.role.setPlaceholderText(qtr("Pregnancy", "For eksempel jordmor"))
        column.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return group

    def load(self) -> None:
        """Show what is stored."""
        with self._ctx.reading() as sctx:
            pregnancy = load_pregnancy(sctx, self._child_id)
            due = plan_due_for(sctx, pregnancy)
        self.pregnancy = pregnancy
        self.intro.setText(qtr("Pregnancy", "Barnet har termin %1.").replace(
            "%1", date_text(pregnancy.due_date) or qtr("Pregnancy", "(ikke oppgitt)")))
        self.tool.setText(pregnancy.screening_tool)
        self.screened_on.set_value(pregnancy.screened_on)
        self.outcome.setPlainText(pregnancy.screening_result)
        self.plan_due.setText(plan_line(pregnancy, due, self._ctx.clock.today()))
        self.plan_made_on.set_value(pregnancy.plan_made_on)
        self.plan_text.setPlainText(pregnancy.plan_text)
        self._show_members(pregnancy.members)

    def _show_members(self, members: tuple[GroupMember, ...]) -> None:
        self.members.clear()
        for member in members:
            item = QListWidgetItem(member_text(member))
            item.setData(ID_ROLE, member.id)
            self.members.addItem(item)
        if members:
            self.members.setCurrentRow(0)
        self.remove_button.setEnabled(bool(members))

    def showEvent(self, event: QShowEvent) -> None:
        """Shown: Enter in a line no longer saves (see `enter_does_not_save`)."""
        super().showEvent(event)
        enter_does_not_save(self)

    def details(self) -> PathDetails:
        """What the form holds, as the service takes it."""
        return PathDetails(self.tool.text(), self.screened_on.value(), self.outcome.toPlainText(),
                           self.plan_made_on.value(), self.plan_text.toPlainText())

    def store(self) -> bool:
        """Store screening and plan; False (with the reason shown) when refused."""
        try:
            with self._ctx.unit_of_work() as sctx:
                save_pregnancy(sctx, self._child_id, self.details())
        except (DomainError, CaseFileError) as exc:
            fields = {"screened_on": self.screened_on, "plan_made_on": self.plan_made_on}
            self.fail(exc.message, fields.get(getattr(exc, "field", None) or ""))
            return False
        self._ctx.save_status.saved.emit()
        self.saved.emit(self._child_id)
        return True

    def save(self) -> None:
        """Lagre: store and close."""
        if self.store():
            self.accept()

    def add_member(self) -> None:
        """Add the member typed in the three fields."""
        try:
            with self._ctx.unit_of_work() as sctx:
                add_member(sctx, self._child_id, self.role.text(), self.service.text(), self.person.text())
        except (DomainError, CaseFileError) as exc:
            self.fail(exc.message, self.role)
            return
        for field in (self.role, self.service, self.person):
            field.clear()
        self._reload_members()
        self.role.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_member(self) -> None:
        """Take the chosen member out of the group."""
        item = self.members.currentItem()
        if item is None:
            return
        with self._ctx.unit_of_work() as sctx:
            remove_member(sctx, int(item.data(ID_ROLE)))
        self._reload_members()

    def _reload_members(self) -> None:
        with self._ctx.reading() as sctx:
            self._show_members(load_pregnancy(sctx, self._child_id).members)
        self.saved.emit(self._child_id)

    def start_report(self, recipient: ReportRecipient) -> None:
        """Store what is typed, draft the report and hand it to the report editor."""
        if not self.store():
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                concern_id, report_id = start_pregnancy_report(sctx, self._child_id, recipient)
        except (DomainError, CaseFileError) as exc:
            self.fail(exc.message)
            return
        self.accept()
        self.report_started.emit(self.pregnancy.case_id, concern_id, report_id)


class PregnancySummary(QWidget):
    """Under the children in the case overview: the path of each unborn child, and a button."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._case: Case | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(qtr("Pregnancy", "Svangerskap …"), self)
        self.button.setObjectName("pregnancyButton")
        self.button.setToolTip(qtr("Pregnancy", "Screening, plan, ansvarsgruppe og melding for et barn "
                                                "som ikke er født ennå (Ctrl+Shift+G, eller Sak-menyen)"))
        self.button.clicked.connect(self.open_dialog)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.text, 1)
        line.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.text.setStyleSheet(MUTED_STYLE)
        self.hide()

    def unborn(self) -> list[int]:
        """The ids of the case's unborn children."""
        return [c.id for c in self._case.children if c.details.unborn] if self._case else []

    def show_case(self, case: Case) -> None:
        """Show one line per unborn child (hidden when there is none)."""
        self._case = case
        lines = []
        today = self._ctx.clock.today()
        with self._ctx.reading() as sctx:
            for child in (c for c in case.children if c.details.unborn):
                lines.append(f"{child.name}: {path_summary(sctx, child.id, today)}")
        self.text.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def open_dialog(self, child_id: int | None = None) -> PregnancyDialog | None:
        """Open the dialog for the chosen unborn child (the first one when none is chosen)."""
        unborn = self.unborn()
        if not unborn or self._case is None:
            return None
        chosen = child_id if child_id in unborn else unborn[0]
        dialog = PregnancyDialog(self._ctx, chosen, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        case_id = self._case.id
        dialog.saved.connect(lambda _child: self._refresh(case_id))
        dialog.report_started.connect(self._report_started)
        dialog.open()
        return dialog

    def _refresh(self, case_id: int) -> None:
        if self._case is not None and self._case.id == case_id:
            self.show_case(self._case)

    def _report_started(self, case_id: int, concern_id: int, report_id: int) -> None:
        """Open the draft in the report editor the way acute danger does."""
        opener = getattr(self.window(), "report_started", None)
        if callable(opener):
            opener(case_id, concern_id, report_id)
