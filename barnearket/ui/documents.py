"""The document dialog: preview a case's PDF, edit the report's sections, copy them, print or save."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.errors import DomainError
from barnearket.reports.fonts import MissingGlyphError
from barnearket.reports.names import DocumentKind
from barnearket.reports.report_draft import ReportDraft
from barnearket.reports.report_parts import Part, part_text
from barnearket.services import documents as docs
from barnearket.storage.errors import CaseFileError
from barnearket.ui.context import UiContext
from barnearket.ui.fitting import fit_to_screen

CLEAR_CLIPBOARD_MS = 10_000
PRINT_DPI = 300


class DocumentDialog(QDialog):
    """One document of one case: a live preview; for a report also its parts, editable and copyable."""

    def __init__(self, ctx: UiContext, case_id: int, kind: DocumentKind,
                 options: docs.DocumentOptions | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._case_id, self._kind = ctx, case_id, kind
        self._options = options or docs.DocumentOptions()
        self.setWindowTitle(self.tr("%1 – forhåndsvisning").replace("%1", kind.short_title))
        fit_to_screen(self, 1100, 800)
        self.document: docs.Document | None = None
        self.draft: ReportDraft | None = None
        self.editors: dict[Part, QPlainTextEdit] = {}
        self.pdf = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._build()
        if kind is DocumentKind.REPORT:
            with ctx.unit_of_work() as sctx:
                self.draft = self._options.report or docs.report_draft(sctx, case_id, self._options.child_ids)
            self._add_parts()
        self.refresh()

    def _build(self) -> None:
        self.parts = QWidget(self)
        self.parts_layout = QVBoxLayout(self.parts)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.parts)
        scroll.setVisible(self._kind is DocumentKind.REPORT)
        split = QSplitter(self)
        split.addWidget(scroll)
        split.addWidget(self.view)
        split.setSizes([460, 640])
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Oppdater forhåndsvisning"), self.refresh),
                           (self.tr("Skriv ut …"), self.print_document),
                           (self.tr("Lagre som PDF …"), self.save_as), (self.tr("Lukk"), self.reject)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _add_parts(self) -> None:
        assert self.draft is not None
        for number, part in enumerate(Part, start=1):
            box = QGroupBox(f"{number}. {part.heading}", self.parts)
            editor = QPlainTextEdit(part_text(self.draft, part), box)
            editor.setReadOnly(part.section is None or self._options.report is not None)
            editor.setAccessibleName(part.heading)
            copy = QPushButton(self.tr("Kopier"), box)
            copy.setAccessibleName(self.tr("Kopier «%1»").replace("%1", part.heading))
            copy.clicked.connect(lambda _=False, p=part: self.copy_part(p))
            row = QVBoxLayout(box)
            row.addWidget(editor)
            row.addWidget(copy)
            self.parts_layout.addWidget(box)
            self.editors[part] = editor
        self.parts_layout.addStretch(1)

    def edited_draft(self) -> ReportDraft | None:
        """The report with the text the user typed into the editable parts."""
        draft = self.draft
        for part, editor in self.editors.items():
            if draft is not None and part.section is not None:
                draft = draft.with_text(part.section, editor.toPlainText())
        return draft

    def refresh(self) -> None:
        """Render the document again (logged as a generation) and show it."""
        options = replace(self._options, report=self.edited_draft())
        try:
            with self._ctx.unit_of_work() as sctx:
                self.document = docs.generate_document(sctx, self._case_id, self._kind, options,
                                                       self._ctx.forms or None)
        except (DomainError, MissingGlyphError) as exc:
            self.status.setText(getattr(exc, "message", str(exc)))
            return
        self.pdf.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(self.document.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        text = self.tr("Dokumentet er taushetsbelagt. Skriv ut bare når det trengs.")
        if self._kind is DocumentKind.REPORT and self._options.report is None:
            text += " " + self.tr("Endringer her lagres ikke: skriv meldingen under Bekymringer, "
                                  "Meldinger (Alt+9), så den blir lagret, sendt og fulgt opp.")
        self.status.setText(text)

    def copy_part(self, part: Part) -> None:
        """Put one part on the clipboard for the portal, hidden from clipboard history, cleared soon."""
        editor = self.editors[part]
        text = editor.toPlainText()
        mime = QMimeData()
        mime.setText(text)
        mime.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
        mime.setData("ExcludeClipboardContentFromMonitorProcessing", QByteArray(b"1"))
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(mime)
        QTimer.singleShot(CLEAR_CLIPBOARD_MS, lambda: clipboard.clear() if clipboard.text() == text else None)
        self.status.setText(self.tr("«%1» er kopiert. Utklippstavlen tømmes om ti sekunder.")
                            .replace("%1", part.heading))

    def save_as(self) -> None:
        """Save the PDF where the user chooses (atomic write; the default name holds no personal data)."""
        if self.document is None:
            return
        suggested = Path.home() / self.document.file_name
        path = self._ctx.dialogs.save_file(self, self.tr("Lagre som PDF"), suggested,
                                           self.tr("PDF-dokument (*.pdf)"))
        if path is None:
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                docs.save_document(sctx, self.document, path)
        except CaseFileError as exc:
            self._ctx.dialogs.message(self, self.tr("Kunne ikke lagre"), exc.message, warning=True)
            return
        self.status.setText(self.tr("Lagret. Oppbevar filen trygt og slett den når den ikke trengs."))

    def choose_printer(self) -> QPrinter | None:
        """The system's print dialog (tests replace this method)."""
        return ask_printer(self)

    def print_document(self) -> None:
        """Print every page through the print dialog, and log it."""
        if self.document is None:
            return
        printer = self.choose_printer()
        if printer is None:
            return
        paint_pages(self.pdf, printer)
        with self._ctx.unit_of_work() as sctx:
            docs.log_printed(sctx, self.document)
        self.status.setText(self.tr("Sendt til skriveren."))


def ask_printer(parent: QWidget) -> QPrinter | None:
    """The system's print dialog; the chosen printer, or None when the person cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def paint_pages(pdf: QPdfDocument, printer: QPrinter) -> None:
    """Draw each page on white at PRINT_DPI, fitted to the printer's page."""
    printer.setResolution(PRINT_DPI)
    painter = QPainter(printer)
    try:
        for index in range(pdf.pageCount()):
            if index:
                printer.newPage()
            points = pdf.pagePointSize(index)
            size = QSize(round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72))
            page = QImage(size, QImage.Format.Format_RGB32)
            page.fill(QColor("white"))
            inner = QPainter(page)
            inner.drawImage(0, 0, pdf.render(index, size))
            inner.end()
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
            painter.setWindow(page.rect())
            painter.drawImage(0, 0, page)
            painter.setViewport(target)
    finally:
        painter.end()

