"""Correcting a free-text answer of a completed conversation in the window (issue 18, point 2): the
old text stays visible as corrected, with who, when and why, in the window, the journal summary and
the exchange export; a transferred case offers no correction."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.reports.names import DocumentKind
from barnearket.services import exchange
from barnearket.services.documents import generate_document
from barnearket.ui.rights.answers import AnswerCorrectionDialog
from barnearket.ui.sheet.panel import ConversationPanel
from barnearket.ui.units import add_own_unit
from tests.conftest import ADMIN_NAME
from tests.reports.pdfcheck import flat
from tests.rights.family import SITUATION, write_family

FIXED = "Ŋuolas drikker av og til i helgene"
WHY = "Brukeren sa at det var feil gjengitt"


def _shown_text(panel: ConversationPanel, question_id: str) -> str:
    widget = panel.findChild(QWidget, f"question_{question_id}")
    assert widget is not None
    edits = widget.findChildren(QPlainTextEdit) + widget.findChildren(QTextEdit)
    return " ".join(e.toPlainText() for e in edits)


def test_a_free_text_answer_is_corrected_with_its_trail(qtbot: QtBot, store_workspace: Barnearket,
                                                       tmp_path: Path) -> None:
    with store_workspace.ctx.unit_of_work() as sctx:
        family = write_family(sctx, add_own_unit(sctx, "Rus Nord", "rus"))
    main = store_workspace.main
    assert main is not None
    main.refresh()
    main.open_case(family.case_id)
    main.case_view.tabs.setCurrentIndex(1)
    panel = main.case_view.panels[0].build()
    assert isinstance(panel, ConversationPanel)
    qtbot.waitUntil(panel.bar.correct.isVisible)
    dialog = panel.bar.open_correction()
    assert isinstance(dialog, AnswerCorrectionDialog)
    assert dialog.answer.currentData() == ("parent_situation", None)
    assert dialog.text.toPlainText() == SITUATION
    dialog.text.setPlainText(FIXED)
    dialog.save_button.click()
    assert "hvorfor" in dialog.error.text().lower()
    dialog.reason.setText(WHY)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    shown = _shown_text(panel, "parent_situation")
    assert shown.startswith(FIXED) and f"Før rettingen: «{SITUATION}»" in shown
    assert ADMIN_NAME in shown and WHY in shown

    with store_workspace.ctx.unit_of_work() as sctx:
        summary = flat(generate_document(sctx, family.case_id, DocumentKind.SUMMARY).data)
        exported = exchange.export_cases(sctx)
    assert FIXED in summary and SITUATION in summary and WHY in summary and "Rettet" in summary
    text = json.dumps(exported, ensure_ascii=False)
    assert FIXED in text and SITUATION in text and WHY in text

    again = panel.bar.open_correction()
    assert isinstance(again, AnswerCorrectionDialog) and again.text.toPlainText() == FIXED
    again.close()
