"""The report's sender: the person's profile and the organisation, and what the portal still misses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from barnearket.services.portal import PROFILE_FIELDS
from barnearket.ui.widgets import WARN_STYLE, message_label, show_message

if TYPE_CHECKING:
    from barnearket.services.report_editing import ReportView
    from barnearket.ui.context import UiContext
    from barnearket.ui.profile import ProfileDialog


class ReporterBox(QGroupBox):
    """«2. Melder»: who sends, with buttons that fill in the profile or the organisation on the spot.

    Signals:
        details_changed(): the profile or the organisation was stored (the editor shows them again).
    """

    details_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Melder"))
        self._ctx = ctx
        self.missing: tuple[str, ...] = ()
        self.reporter = QLabel(self)
        self.reporter.setWordWrap(True)
        self.portal_gaps = message_label(self, WARN_STYLE)
        self.profile_button = QPushButton(self.tr("Endre min &profil …"), self)
        self.org_button = QPushButton(self.tr("Virksomhetens opplysninger …"), self)
        self.profile_button.clicked.connect(self.edit_profile)
        self.org_button.clicked.connect(self.edit_organisation)
        column = QVBoxLayout(self)
        column.addWidget(self.reporter)
        column.addWidget(self.portal_gaps)
        row = QHBoxLayout()
        row.addWidget(self.profile_button)
        row.addWidget(self.org_button)
        row.addStretch(1)
        column.addLayout(row)

    def show_view(self, view: ReportView) -> None:
        """Show the sender and, for a report to barnevernet, what the portal would refuse."""
        who, org = view.draft.reporter, view.draft.organisation
        parts = [who.name, who.job_title or self.tr("tittel mangler"),
                 who.phone or self.tr("telefon mangler"), who.email or self.tr("e-post mangler"),
                 org.display_name or self.tr("virksomhet mangler")]
        self.reporter.setText(" · ".join(parts))
        gaps = view.portal_missing
        self.missing = tuple(name for name, _ in gaps)
        text = self.tr("Portalen trenger også: %1. PDF-en kan skrives ut uansett.")
        show_message(self.portal_gaps, text.replace("%1", ", ".join(t for _, t in gaps)) if gaps else "")
        self.profile_button.setText(self.tr("Fyll inn min &profil …") if PROFILE_FIELDS & set(self.missing)
                                    else self.tr("Endre min &profil …"))

    def edit_profile(self) -> ProfileDialog:
        """Open «Min profil» right here, pointing at what the portal misses."""
        from barnearket.ui.profile import ProfileDialog

        dialog = ProfileDialog(self._ctx, None, self.window(), missing=self.missing)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.details_changed)
        dialog.open()
        return dialog

    def edit_organisation(self) -> QDialog:
        """Open the organisation details (stored only for administrators)."""
        from barnearket.ui.orgsettings import OrganisationDialog

        dialog = OrganisationDialog(self._ctx, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.details_changed)
        dialog.open()
        return dialog
