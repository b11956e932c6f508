"""The Documents menu opens a preview of the case shown, logs it, and edits the organisation."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from barnearket.app import Barnearket
from barnearket.reports.names import DocumentKind
from barnearket.services.organisation import organisation
from barnearket.storage.orm.audit import AuditEntry
from barnearket.ui.documents import DocumentDialog
from barnearket.ui.orgsettings import OrganisationDialog
from tests.ui.conftest import add_case


def test_summary_of_the_case_shown_is_generated_and_logged(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    case_id = add_case(workspace, "Máret Đuolbma")
    workspace.main.open_case(case_id)
    qtbot.waitUntil(lambda: workspace.main is not None and workspace.main.case_view.case is not None)
    dialog = workspace.main.documents.open(DocumentKind.SUMMARY)
    assert isinstance(dialog, DocumentDialog)
    qtbot.waitUntil(lambda: dialog.document is not None)
    assert dialog.document is not None and dialog.document.data.startswith(b"%PDF-")
    with workspace.ctx.reading() as sctx:
        rows = sctx.session.scalars(select(AuditEntry).where(AuditEntry.action == "pdf")).all()
    assert [r.object_id for r in rows] == [case_id]
    dialog.close()


def test_organisation_details_are_stored_by_the_admin(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    dialog = workspace.main.documents.edit_organisation()
    assert isinstance(dialog, OrganisationDialog)
    dialog.editors["municipality_name"].setText("Guovdageaidnu")
    dialog.editors["municipality_number"].setText("5430")
    dialog.save()
    assert not dialog.isVisible()
    with workspace.ctx.reading() as sctx:
        stored = organisation(sctx)
    assert (stored.municipality_name, stored.municipality_number) == ("Guovdageaidnu", "5430")
    assert all(e.accessibleName() for e in dialog.findChildren(QLineEdit))


def test_overview_tab_is_built_when_shown_and_opens_a_case(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    case_id = add_case(workspace, "Ŋuolas Čeavrris")
    assert workspace.main.overview is None
    panel = workspace.main.show_overview()
    assert workspace.main.pages.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.status.text() != "", timeout=5000)
    with workspace.ctx.reading() as sctx:
        views_before = _views(sctx.session, case_id)
    panel.open_case(case_id)
    assert workspace.main.pages.currentIndex() == 0
    qtbot.waitUntil(lambda: workspace.main is not None and workspace.main.case_view.case is not None)
    assert workspace.main.case_view.case is not None and workspace.main.case_view.case.id == case_id
    with workspace.ctx.reading() as sctx:
        assert _views(sctx.session, case_id) == views_before + 1  # one opening, one row


def _views(session: Session, case_id: int) -> int:
    rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "view",
                                                    AuditEntry.object_id == case_id)).all()
    return len(rows)
