"""The Documents menu: the four printable documents for the case shown, and the organisation details."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from barnearket.reports.names import DocumentKind
from barnearket.ui.orgsettings import OrganisationDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from barnearket.domain.model import Case
    from barnearket.ui.context import UiContext


class DocumentMenu(QObject):
    """Builds the menu; `current()` says which case (and child) the window shows."""

    def __init__(self, ctx: UiContext, window: QWidget,
                 current: Callable[[], tuple[Case | None, int | None]]) -> None:
        super().__init__(window)
        self._ctx, self._window, self._current = ctx, window, current

    def build(self, menu: QMenu) -> None:
        """Add one action per document, then the organisation settings."""
        entries = [
            (self.tr("&Journalsammendrag …"), DocumentKind.SUMMARY, True, "Ctrl+P"),
            (self.tr("Journalsammendrag &uten barnas opplysninger …"), DocumentKind.SUMMARY, False, ""),
            (self.tr("&Bekymringsmelding til barnevernet …"), DocumentKind.REPORT, True, "Ctrl+Shift+M"),
            (self.tr("&Samtykkeskjema …"), DocumentKind.CONSENT, True, ""),
            (self.tr("&Tiltaksplan for ansvarsgruppe …"), DocumentKind.PLAN, True, ""),
        ]
        for text, kind, with_children, keys in entries:
            action = QAction(text, menu)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, k=kind, w=with_children: self.open(k, w))
            menu.addAction(action)
        menu.addSeparator()
        leaflet = QAction(self.tr("B&rosjyre til forelderen …"), menu)
        leaflet.triggered.connect(self.open_leaflet)
        menu.addAction(leaflet)
        settings = QAction(self.tr("&Virksomhetens opplysninger …"), menu)
        settings.triggered.connect(self.edit_organisation)
        menu.addAction(settings)

    def open(self, kind: DocumentKind, with_children: bool = True) -> QWidget | None:
        """Open the document dialog for the case shown (window-modal, so locking can hide it)."""
        from barnearket.services.documents import DocumentOptions  # reportlab loads when first needed
        from barnearket.ui.documents import DocumentDialog

        case, child_id = self._current()
        if case is None:
            QMessageBox.information(self._window, self.tr("Ingen sak valgt"),
                                    self.tr("Velg en sak i listen først."))
            return None
        options = DocumentOptions(child_ids=(child_id,) if child_id else (), with_children=with_children)
        dialog = DocumentDialog(self._ctx, case.id, kind, options, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_leaflet(self) -> QWidget:
        """Preview, print or save the leaflet for parents (no case needed)."""
        from barnearket.ui.leafletdialog import LeafletDialog  # reportlab loads when first needed

        dialog = LeafletDialog(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_organisation(self) -> OrganisationDialog:
        """Open the organisation details (stored only for administrators)."""
        dialog = OrganisationDialog(self._ctx, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
