"""Every dialog of `barnearket.ui`, built with the real context of an unlocked file.

Add a new dialog here (name → factory); `test_dialog_sizes` opens each one and checks that it fits a
1366×768 laptop and can be resized, and fails when a QDialog of `barnearket.ui` is missing here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog

from barnearket.app import Barnearket
from barnearket.domain.model import ChildDetails, ReportRecipient
from barnearket.reports.names import DocumentKind
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.documents import DocumentOptions
from barnearket.services.reports import draft_report
from tests.ui.conftest import add_case


@dataclass(frozen=True)
class Scene:
    """An unlocked workspace with one case, child, concern and report."""

    root: Barnearket
    case_id: int
    child_id: int
    concern_id: int
    report_id: int


def make_scene(root: Barnearket) -> Scene:
    """Fill the workspace's file with the little each dialog needs."""
    case_id = add_case(root, "Ánne Márjá Guttorm")
    with root.ctx.unit_of_work() as sctx:
        child_id = add_child(sctx, case_id, ChildDetails(name="Sárá Guttorm"))
        concern_id = open_concern(sctx, case_id, child_id, level=2, description="Uro over hjemmet.")
        report_id = draft_report(sctx, concern_id, ReportRecipient.BARNEVERN)
    return Scene(root, case_id, child_id, concern_id, report_id)


def _document(kind: DocumentKind) -> Callable[[Scene], QDialog]:
    def make(scene: Scene) -> QDialog:
        from barnearket.ui.documents import DocumentDialog

        return DocumentDialog(scene.root.ctx, scene.case_id, kind, DocumentOptions(), scene.root.main)
    return make


def _report_editor(scene: Scene) -> QDialog:
    from barnearket.ui.report.editor import ReportEditor

    return ReportEditor(scene.root.ctx, scene.report_id, scene.root.main, acute_note="Akutt fare: ring 112.")


def _profile(scene: Scene) -> QDialog:
    from barnearket.ui.profile import ProfileDialog

    return ProfileDialog(scene.root.ctx, None, scene.root.main)


def _organisation(scene: Scene) -> QDialog:
    from barnearket.ui.orgsettings import OrganisationDialog

    return OrganisationDialog(scene.root.ctx, scene.root.main)


def _new_case(scene: Scene) -> QDialog:
    from barnearket.ui.newcase import NewCaseDialog

    return NewCaseDialog(scene.root.ctx, scene.root.main)


def _new_file(scene: Scene) -> QDialog:
    from barnearket.ui.newfile import NewFileDialog

    return NewFileDialog(scene.root.ctx, scene.root.files, Path("ny.barnearket"), None, scene.root.main)


def _acute(scene: Scene) -> QDialog:
    return scene.root.acute.show_dialog()


FACTORIES: dict[str, Callable[[Scene], QDialog]] = {
    "DocumentDialog (summary)": _document(DocumentKind.SUMMARY),
    "DocumentDialog (report)": _document(DocumentKind.REPORT),
    "DocumentDialog (consent)": _document(DocumentKind.CONSENT),
    "DocumentDialog (plan)": _document(DocumentKind.PLAN),
    "ReportEditor": _report_editor,
    "ProfileDialog": _profile,
    "OrganisationDialog": _organisation,
    "NewCaseDialog": _new_case,
    "NewFileDialog": _new_file,
    "AcuteDialog": _acute,
}
"""Name (the class name first) → factory."""

from tests.ui.practice_factories import PRACTICE_FACTORIES  # noqa: E402

FACTORIES.update(PRACTICE_FACTORIES)
