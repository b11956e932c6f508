"""Issue 15, acceptance: a municipality's own form folder changes a deadline, adds a category,
rewords and reorders the sheet and adds step questions, with no code change; the real program
(main window) shows and stores all of it, and the summary PDF (read back with pypdf) prints it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.domain.model import ChildDetails, Relation, SheetStatus
from barnearket.paths import resolve_paths
from barnearket.reports.names import DocumentKind
from barnearket.services.cases import view_case
from barnearket.services.children import add_child
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.documents import DocumentDialog
from barnearket.ui.seams import Dialogs
from barnearket.ui.sheet.header import COMPLETION
from barnearket.ui.sheet.panel import ConversationPanel
from barnearket.ui.widgets import date_text
from tests.helpers import municipality as kommune
from tests.reports import pdfcheck
from tests.ui.conftest import MakeRoot, add_case, unlock
from tests.ui.test_concern_panel import _fill

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.timeout(240)]

SUPPORT = "Mormor Ingá Sárá henter barna hver fredag."
OTHERS = "Samboer Áslak og hans sønn på 15 år annenhver uke."
OBSERVED = "Sovnet i timen to dager på rad; sa at nettbrettet var på hele natten."
WHO_SAW = "Nattevakten på avlastningen"


def _program(qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> tuple[Barnearket, int, int]:
    kommune.write_folder(resolve_paths().ensure().local_forms)
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    unlock(qtbot, root)
    assert root.forms_error == "", root.forms_error
    case_id = add_case(root, "Máret Ŋuolas")
    with root.ctx.unit_of_work() as sctx:
        today = sctx.clock.today()
        child_id = add_child(sctx, case_id, ChildDetails(
            name="Sunná Ŋuolas", relation=Relation.OWN, birth_date=today.replace(year=today.year - 9)))
    assert root.main is not None
    root.main.refresh()
    root.main.open_case(case_id)
    return root, case_id, child_id


def _sheet(qtbot: QtBot, root: Barnearket, dialogs: Dialogs) -> None:
    """The reworded question shows under its new wording, after the one moved before it; both
    answers are stored and the sheet completed."""
    assert root.main is not None
    view = root.main.case_view
    view.tabs.setCurrentIndex(1)
    panel = view.panels[0].build()
    assert isinstance(panel, ConversationPanel)
    panel.header.new.click()
    panel.set_mode(COMPLETION)
    page = next(p for p in panel.tabs.pages if p.widget_for(kommune.MOVED_FIRST) is not None)
    others, support = page.widget_for(kommune.REWORDED[0]), page.widget_for(kommune.MOVED_FIRST)
    assert others is not None and support is not None
    assert kommune.REWORDED[1] in others.label.text()
    form = next(f for f in page.forms if any(q.id == kommune.MOVED_FIRST for q in f.questions))
    order = [q.id for q in form.questions]
    assert order.index(kommune.MOVED_FIRST) < order.index(kommune.REWORDED[0])
    for widget, text in ((support, SUPPORT), (others, OTHERS)):
        widget.editor.set_value(text)
        widget.editor.edited.emit()
    dialogs.set_next_answer(True)
    panel.header.complete.click()
    assert panel.sheet is not None and panel.sheet.status is SheetStatus.COMPLETED


def _concern(qtbot: QtBot, root: Barnearket, child_id: int) -> ConcernPanel:
    """A new concern in the new category has the municipality's deadline; an observation answers
    the added questions, which show as columns of the step's table."""
    assert root.main is not None
    view = root.main.case_view
    view.show_concerns()
    panel = view.panels[1].build()
    assert isinstance(panel, ConcernPanel)
    panel.new_button.click()
    assert panel.new_box is not None
    categories = panel.new_box.form.widget("categories")
    (listing,) = categories.editor.inputs()
    assert isinstance(listing, QListWidget)
    offered = [listing.item(i).text() for i in range(listing.count())]
    assert any(kommune.NEW_CATEGORY[1] in text for text in offered), offered
    _fill(panel.new_box.form, {"child_id": str(child_id), "first_description": "Sliten hver morgen.",
                               "child_level": "barn_trives_mindre"})
    categories.editor.set_value([kommune.NEW_CATEGORY[0]])
    categories.editor.edited.emit()
    panel.new_box.button.click()
    assert panel.view.concern is not None, panel.new_box.error.text()
    assert panel.view.deadline.text() == f"Beslutning innen {kommune.DECISION_DAYS} dager"
    panel.view.open_step(2)
    page = panel.view.pages.observations
    seen = page.box.form.widget(kommune.ADDED_QUESTION[0])
    who = page.box.form.widget(kommune.ADDED_TEXT_QUESTION[0])
    assert seen.isVisibleTo(panel) and not who.isVisibleTo(panel)
    _fill(page.box.form, {"observation": OBSERVED, kommune.ADDED_QUESTION[0]: "ja"})
    assert who.isVisibleTo(panel)
    _fill(page.box.form, {kommune.ADDED_TEXT_QUESTION[0]: WHO_SAW})
    page.box.button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    shown = dict(zip(titles, row, strict=True))
    assert shown[kommune.ADDED_QUESTION[1]] == "Ja"
    assert shown[kommune.ADDED_TEXT_QUESTION[1]] == WHO_SAW
    return panel


def test_a_municipality_folder_changes_the_program_without_code(
        qtbot: QtBot, make_root: MakeRoot, closed_file: Path, dialogs: Dialogs) -> None:
    root, case_id, child_id = _program(qtbot, make_root, closed_file)
    _sheet(qtbot, root, dialogs)
    _concern(qtbot, root, child_id)

    with root.ctx.reading() as sctx:
        (concern,) = view_case(sctx, case_id, log_view=False).concerns
    assert concern.decision_due == concern.arose_on + timedelta(days=kommune.DECISION_DAYS)
    assert concern.categories == frozenset({kommune.NEW_CATEGORY[0]})
    (observation,) = concern.observations
    assert observation.form_answers == {kommune.ADDED_QUESTION[0]: "ja",
                                        kommune.ADDED_TEXT_QUESTION[0]: WHO_SAW}

    assert root.main is not None
    dialog = root.main.documents.open(DocumentKind.SUMMARY)
    assert isinstance(dialog, DocumentDialog)
    qtbot.waitUntil(lambda: dialog.document is not None)
    assert dialog.document is not None
    text = pdfcheck.flat(dialog.document.data)
    dialog.close()
    assert kommune.NEW_CATEGORY[1] in text
    assert date_text(concern.decision_due) in text
    assert f"{kommune.ADDED_QUESTION[1]}: Ja" in text
    assert f"{kommune.ADDED_TEXT_QUESTION[1]}: {WHO_SAW}" in text
    assert kommune.REWORDED[1] in text and "Hvem andre bor i hjemmet?" not in text
    assert text.index(SUPPORT) < text.index(OTHERS)
