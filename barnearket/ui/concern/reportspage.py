"""The concern's reports: drafts, sent versions and their dates, a new report, and the editor."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.errors import DomainError
from barnearket.domain.model import Case, Concern, Report, ReportRecipient, ReportStatus, label
from barnearket.domain.rules.deadlines import report_due_dates
from barnearket.reports.names import report_heading
from barnearket.services.reports import draft_report
from barnearket.services.settings import load_rules
from barnearket.storage.errors import CaseFileError
from barnearket.ui.widgets import MUTED_STYLE, date_text, heading, message_label, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext
    from barnearket.ui.report.editor import ReportEditor

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportsPage(QWidget):
    """Every report version of the concern, newest first; Enter or «Åpne» opens the editor.

    Signals:
        changed(): a report was started or stored.
    """

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.concern: Concern | None = None
        self.editor: ReportEditor | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Meldinger om denne bekymringen"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(lambda item: self.open_report(int(item.data(ID_ROLE))))
        self.recipient = QComboBox(self)
        self.recipient.setAccessibleName(self.tr("Mottaker av ny melding"))
        for recipient in ReportRecipient:
            self.recipient.addItem(label(recipient), recipient)
        self.new_button = QPushButton(self.tr("Skriv &ny melding"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_report)
        self.open_button = QPushButton(self.tr("Å&pne meldingen"), self)
        self.open_button.clicked.connect(self._open_current)
        self.message = message_label(self)
        self._lay_out()

    def _lay_out(self) -> None:
        explain = QLabel(self.tr("Meldeplikten er personlig: en melding kan alltid skrives, skrives ut og "
                                 "sendes, også om samtykke eller steg mangler. En sendt melding låses; "
                                 "rettelser blir en ny versjon."), self)
        explain.setWordWrap(True)
        explain.setStyleSheet(MUTED_STYLE)
        new_row = QHBoxLayout()
        caption = QLabel(self.tr("Ny melding til:"), self)
        caption.setBuddy(self.recipient)
        new_row.addWidget(caption)
        new_row.addWidget(self.recipient, 1)
        new_row.addWidget(self.new_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Meldinger"), self, 3))
        column.addWidget(explain)
        column.addWidget(self.list, 1)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.message)
        column.addLayout(new_row)

    def show_concern(self, case: Case, concern: Concern) -> None:
        """List the concern's reports, newest first."""
        self.concern = concern
        with self._ctx.reading() as sctx:
            rules = load_rules(sctx.session, sctx.forms)
        self.list.clear()
        for report in sorted(concern.reports, key=lambda r: (r.series, r.version), reverse=True):
            item = QListWidgetItem(describe(report, report_due_dates(report.sent_on, rules).chase_on
                                            if report.sent_on else None), self.list)
            item.setData(ID_ROLE, report.id)
        if not concern.reports:
            QListWidgetItem(self.tr("Ingen meldinger ennå."), self.list).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.list.setCurrentRow(0)
        self.open_button.setEnabled(bool(concern.reports))
        show_message(self.message, "")

    def count_text(self) -> str:
        """«Meldinger (2)» for the path button."""
        count = len(self.concern.reports) if self.concern else 0
        return self.tr("Meldinger (%1)").replace("%1", str(count)) if count else self.tr("Meldinger")

    def new_report(self) -> ReportEditor | None:
        """Start a report to the chosen recipient and open it in the editor."""
        if self.concern is None:
            return None
        try:
            with self._ctx.unit_of_work() as sctx:
                report_id = draft_report(sctx, self.concern.id, self.recipient.currentData())
        except (DomainError, CaseFileError) as exc:
            show_message(self.message, exc.message)
            return None
        self.changed.emit()
        return self.open_report(report_id)

    def _open_current(self) -> None:
        found = self.list.currentItem().data(ID_ROLE) if self.list.currentRow() >= 0 else None
        if found is not None:
            self.open_report(int(found))

    def open_report(self, report_id: int, acute_note: str = "") -> ReportEditor:
        """Open one report in the editor (window-modal, so locking can hide it)."""
        from barnearket.ui.report.editor import ReportEditor

        editor = ReportEditor(self._ctx, report_id, self.window(), acute_note=acute_note)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.changed.connect(self.changed)
        editor.destroyed.connect(lambda _=None: self._forget(editor))
        editor.open()
        self.editor = editor
        return editor

    def _forget(self, editor: object) -> None:
        if self.editor is editor:
            self.editor = None


def describe(report: Report, chase_on: date | None) -> str:
    """One line: version, recipient, status, when sent, and what to chase."""
    head = " · ".join([f"{report.series}.{report.version}", report_heading(report.recipient),
                       label(report.status)])
    parts: list[str] = []
    if report.sent_on:
        channel = f" ({label(report.channel).lower()})" if report.channel else ""
        parts.append(f"Sendt {date_text(report.sent_on)}{channel}")
    if report.portal_reference:
        parts.append(f"ref. {report.portal_reference}")
    if report.feedback_on:
        parts.append(f"tilbakemelding {date_text(report.feedback_on)}")
    elif report.status is ReportStatus.SENT and chase_on and report.recipient.has_feedback_deadlines:
        parts.append(f"purres {date_text(chase_on)}")
    return "\n".join([head, " · ".join(parts)]) if parts else head
