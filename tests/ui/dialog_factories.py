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


def _rights(name: str) -> Callable[[Scene], QDialog]:
    def make(scene: Scene) -> QDialog:
        from barnearket.services.cases import view_case
        from barnearket.ui.rights.innsyn import InnsynDialog
        from barnearket.ui.rights.purge import PurgeQueueDialog
        from barnearket.ui.rights.transfer import TransferDialog

        ctx, main = scene.root.ctx, scene.root.main
        if name == "queue":
            return PurgeQueueDialog(ctx, lambda _: None, main)
        if name == "answer":
            from barnearket.services.sheets import start_sheet
            from barnearket.ui.rights.answers import AnswerCorrectionDialog

            with ctx.unit_of_work() as sctx:
                if not view_case(sctx, scene.case_id, log_view=False).sheets:
                    start_sheet(sctx, scene.case_id, form_id="barnearket", form_version=1)
                case = view_case(sctx, scene.case_id, log_view=False)
            return AnswerCorrectionDialog(ctx, case, case.sheets[0], main)
        with ctx.reading() as sctx:
            case = view_case(sctx, scene.case_id, log_view=False)
        return (InnsynDialog if name == "innsyn" else TransferDialog)(ctx, case, main)
    return make


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
    "InnsynDialog": _rights("innsyn"),
    "TransferDialog": _rights("transfer"),
    "PurgeQueueDialog": _rights("queue"),
    "AnswerCorrectionDialog": _rights("answer"),
}
"""Name (the class name first) → factory."""
