"""The report's sending and follow-up: mark it sent (date, channel, reference), then the feedback."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.model import Report, ReportChannel, ReportStatus, label
from barnearket.domain.rules.deadlines import ReportDueDates
from barnearket.ui.formwidgets.dates import OptionalDateEdit, make_date_edit
from barnearket.ui.widgets import MUTED_STYLE, add_row, date_text, from_qdate, to_qdate


class TrackingBox(QGroupBox):
    """Before sending: date, channel and reference. After: the dates child welfare must keep.

    Signals:
        send_requested(object, object, str): date, ReportChannel and the portal's reference.
        feedback_requested(object, str): the feedback date (or None) and the reference.
        correct_requested(): start a corrected version of the sent report.
    """

    send_requested = Signal(object, object, str)
    feedback_requested = Signal(object, str)
    correct_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sending og oppfølging"), parent)
        self.sent_on = make_date_edit(self)
        self.channel = QComboBox(self)
        for channel in ReportChannel:
            self.channel.addItem(label(channel), channel)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("Referansenummeret portalen gir"))
        self.send_button = QPushButton(self.tr("Registrer som &sendt"), self)
        self.send_button.clicked.connect(self._send)
        self.dates = QLabel(self)
        self.dates.setWordWrap(True)
        self.feedback_on = OptionalDateEdit(self)
        self.feedback_button = QPushButton(self.tr("L&agre tilbakemelding og referanse"), self)
        self.feedback_button.clicked.connect(self._feedback)
        self.correct_button = QPushButton(self.tr("Lag &rettet versjon …"), self)
        self.correct_button.clicked.connect(self.correct_requested)
        self.hint = hint = QLabel(self.tr("Ta vare på referansenummeret. Barnevernet skal vurdere meldingen "
                                          "innen en uke og gi deg tilbakemelding innen tre uker."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        form = QFormLayout()
        add_row(form, self.tr("Sendt &dato:"), self.sent_on)
        add_row(form, self.tr("&Kanal:"), self.channel)
        add_row(form, self.tr("Portalens r&eferanse:"), self.reference)
        self.feedback_caption = add_row(form, self.tr("Til&bakemelding mottatt:"), self.feedback_on)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.send_button)
        column.addWidget(self.dates)
        column.addWidget(self.feedback_button)
        column.addWidget(self.correct_button)
        column.addWidget(hint)

    def show_report(self, report: Report, due: ReportDueDates | None, today: date, newest: bool) -> None:
        """Show the fields that fit the report's state (sent versions only take feedback)."""
        sent = report.status is ReportStatus.SENT
        self.sent_on.setDate(to_qdate(report.sent_on or today))
        self.sent_on.setMaximumDate(to_qdate(today))
        self.sent_on.setEnabled(not sent)
        usual = ReportChannel.PORTAL if report.recipient.portal_applies else ReportChannel.LETTER
        self.channel.setCurrentIndex(max(0, self.channel.findData(report.channel or usual)))
        self.hint.setVisible(report.recipient.has_feedback_deadlines)
        self.channel.setEnabled(not sent)
        self.reference.setText(report.portal_reference)
        self.send_button.setVisible(not sent)
        self.feedback_on.set_value(report.feedback_on)
        for widget in (self.feedback_on, self.feedback_caption, self.feedback_button):
            widget.setVisible(sent and due is not None)
        self.correct_button.setVisible(sent and newest)
        self.dates.setText(self._dates(report, due))
        self.dates.setVisible(sent)

    def _dates(self, report: Report, due: ReportDueDates | None) -> str:
        if report.sent_on is None:
            return ""
        channel = f" ({label(report.channel)})" if report.channel else ""
        lines = [self.tr("Sendt %1%2. Versjonen er låst.").replace("%1", date_text(report.sent_on))
                 .replace("%2", channel)]
        if due is not None:
            lines += [self.tr("Barnevernet vurderer innen: %1").replace("%1", date_text(due.assessment_by)),
                      self.tr("Tilbakemelding innen: %1").replace("%1", date_text(due.feedback_by))]
            if not report.feedback_on:  # nothing to chase once child welfare has answered
                lines.append(self.tr("Purres hvis ikke svar: %1").replace("%1", date_text(due.chase_on)))
        if report.feedback_on:
            lines.append(self.tr("Tilbakemelding mottatt %1.").replace("%1", date_text(report.feedback_on)))
        return "\n".join(lines)

    def _send(self) -> None:
        self.send_requested.emit(from_qdate(self.sent_on.date()), self.channel.currentData(),
                                 self.reference.text())

    def _feedback(self) -> None:
        self.feedback_requested.emit(self.feedback_on.value(), self.reference.text())
