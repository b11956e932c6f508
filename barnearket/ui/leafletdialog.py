"""Preview, print or save the leaflet for parents (Documents menu); it needs no case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from barnearket.domain.errors import DomainError
from barnearket.reports.fonts import MissingGlyphError
from barnearket.services import leaflet
from barnearket.storage.errors import CaseFileError
from barnearket.ui.context import UiContext
from barnearket.ui.documents import ask_printer, paint_pages
from barnearket.ui.fitting import fit_to_screen


class LeafletDialog(QDialog):
    """The leaflet «Når vi spør om barna» with the organisation's name and contact.

    Attributes:
        data: the PDF shown (None if it could not be made).
        status: what happened last.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("leafletDialog")
        self.setWindowTitle(self.tr("Brosjyre til forelderen – forhåndsvisning"))
        fit_to_screen(self, 820, 800)
        self.data: bytes | None = None
        self.pdf = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Skriv &ut …"), self.print_leaflet),
                           (self.tr("&Lagre som PDF …"), self.save_as), (self.tr("Lukk"), self.reject)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._render()

    def _render(self) -> None:
        try:
            with self._ctx.unit_of_work() as sctx:
                self.data = leaflet.make_leaflet(sctx)
        except (DomainError, MissingGlyphError) as exc:
            self.status.setText(getattr(exc, "message", str(exc)))
            return
        self._buffer.setData(QByteArray(self.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        self.status.setText(self.tr("Brosjyren har ingen opplysninger om saker. Navn og kontakt hentes fra "
                                    "virksomhetens opplysninger (menyen Dokumenter)."))

    def save_as(self) -> None:
        """Save the PDF where the user chooses."""
        if self.data is None:
            return
        path = self._ctx.dialogs.save_file(self, self.tr("Lagre som PDF"), Path.home() / leaflet.FILE_NAME,
                                           self.tr("PDF-dokument (*.pdf)"))
        if path is None:
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                leaflet.save_leaflet(sctx, self.data, path)
        except CaseFileError as exc:
            self._ctx.dialogs.message(self, self.tr("Kunne ikke lagre"), exc.message, warning=True)
            return
        self.status.setText(self.tr("Lagret."))

    def choose_printer(self) -> QPrinter | None:
        """The system's print dialog (tests replace this method)."""
        return ask_printer(self)

    def print_leaflet(self) -> None:
        """Print the page through the print dialog, and log it."""
        if self.data is None:
            return
        printer = self.choose_printer()
        if printer is None:
            return
        paint_pages(self.pdf, printer)
        with self._ctx.unit_of_work() as sctx:
            leaflet.log_printed(sctx)
        self.status.setText(self.tr("Sendt til skriveren."))
