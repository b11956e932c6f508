"""The document dialog, headless: preview, edited sections in the PDF, copy, save and print logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from barnearket.reports.names import DocumentKind
from barnearket.reports.report_parts import Part
from barnearket.services.documents import DocumentOptions
from barnearket.storage.orm.audit import AuditEntry
from barnearket.ui.context import UiContext
from barnearket.ui.documents import DocumentDialog
from tests.reports import pdfcheck
from tests.reports.built import Family

pytestmark = pytest.mark.gui


def _actions(ctx: UiContext) -> list[str]:
    with ctx.reading() as sctx:
        return list(sctx.session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_report_parts_are_edited_copied_previewed_saved_and_printed(
        qtbot: QtBot, ui: tuple[UiContext, Family], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx, family = ui
    dialog = DocumentDialog(ctx, family.case_id, DocumentKind.REPORT,
                            DocumentOptions(child_ids=family.child_ids[:1]))
    qtbot.addWidget(dialog)
    assert dialog.pdf.pageCount() >= 2
    assert list(dialog.editors) == list(Part)
    assert dialog.editors[Part.REPORTER].isReadOnly() and not dialog.editors[Part.CONCERN].isReadOnly()
    dialog.editors[Part.CONCERN].setPlainText("Ny tekst om Ŋuolas skrevet i dialogen.")
    dialog.refresh()
    assert dialog.document is not None
    assert "Ny tekst om Ŋuolas skrevet i dialogen." in pdfcheck.flat(dialog.document.data)

    dialog.copy_part(Part.CONCERN)
    assert QGuiApplication.clipboard().text() == "Ny tekst om Ŋuolas skrevet i dialogen."

    target = tmp_path / "ut" / dialog.document.file_name
    target.parent.mkdir()
    ctx.dialogs.set_next_answer(str(target))
    dialog.save_as()
    assert target.read_bytes() == dialog.document.data
    suggested = Path.home() / f"bekymringsmelding-{family.number}.pdf"
    assert ctx.dialogs.last("save_file") == ("Lagre som PDF", str(suggested))

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "skriver.pdf"))
    monkeypatch.setattr(dialog, "choose_printer", lambda: printer)
    dialog.print_document()
    printed = (tmp_path / "skriver.pdf").read_bytes()
    assert len(pdfcheck.pages_text(printed)) == dialog.pdf.pageCount()
    assert _actions(ctx)[-4:] == ["pdf", "pdf", "export", "print"]


def test_a_summary_is_previewed_without_the_parts_panel(qtbot: QtBot, ui: tuple[UiContext, Family]) -> None:
    ctx, family = ui
    dialog = DocumentDialog(ctx, family.case_id, DocumentKind.SUMMARY)
    qtbot.addWidget(dialog)
    assert dialog.editors == {} and dialog.pdf.pageCount() >= 2
    assert dialog.edited_draft() is None
