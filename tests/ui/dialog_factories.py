"""Every dialog of `barnearket.ui`, built with the real context of an unlocked file.

Add a new dialog here (name → factory); `test_dialog_sizes` opens each one and checks that it fits a
1366×768 laptop and can be resized, and fails when a QDialog of `barnearket.ui` is missing here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from barnearket.app import Barnearket
from barnearket.domain.model import ChildDetails, ReportRecipient
from barnearket.reports.names import DocumentKind
from barnearket.services.actions import add_action
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.documents import DocumentOptions
from barnearket.services.reports import draft_report
from barnearket.services.staff import StaffMember, list_staff
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.sheet.panel import ConversationPanel
from tests.ui.conftest import add_case

if TYPE_CHECKING:
    from barnearket.ui.mainwindow import MainWindow


@dataclass(frozen=True)
class Scene:
    """An unlocked workspace with one case, child, concern (with an action) and report, shown in the
    main window."""

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
        add_action(sctx, concern_id, "Samtale med mor om hverdagen")
    assert root.main is not None
    root.main.open_case(case_id)
    root.main.case_view.show_case(case_id)
    return Scene(root, case_id, child_id, concern_id, report_id)


def _document(kind: DocumentKind) -> Callable[[Scene], QDialog]:
    def make(scene: Scene) -> QDialog:
        from barnearket.ui.documents import DocumentDialog

        return DocumentDialog(scene.root.ctx, scene.case_id, kind, DocumentOptions(), scene.root.main)
    return make


def _report_editor(scene: Scene) -> QDialog:
    from barnearket.ui.report.editor import ReportEditor

    return ReportEditor(scene.root.ctx, scene.report_id, scene.root.main, acute_note="Akutt fare: ring 112.")


def _sent_report_editor(scene: Scene) -> QDialog:
    from barnearket.domain.model import ReportChannel
    from barnearket.services.reports import mark_report_sent
    from barnearket.ui.report.editor import ReportEditor

    with scene.root.ctx.unit_of_work() as sctx:
        report_id = draft_report(sctx, scene.concern_id, ReportRecipient.POLITI)
        mark_report_sent(sctx, report_id, channel=ReportChannel.LETTER)
    return ReportEditor(scene.root.ctx, report_id, scene.root.main)


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


def _help(scene: Scene) -> QDialog:
    from barnearket.domain.forms.guidance import help_file
    from barnearket.ui.helpwindow import HelpWindow

    helps = help_file(scene.root.ctx.library)
    assert helps is not None
    return HelpWindow(helps, "https://kommune.example/veileder", scene.root.main)


def _signs(scene: Scene) -> QDialog:
    from barnearket.domain.forms.guidance import sign_list
    from barnearket.ui.formwidgets.signs import SignsDialog

    signs = sign_list(scene.root.ctx.library)
    assert signs is not None
    return SignsDialog(signs, scene.root.main)


def _leaflet(scene: Scene) -> QDialog:
    from barnearket.ui.leafletdialog import LeafletDialog

    return LeafletDialog(scene.root.ctx, scene.root.main)


def _acute(scene: Scene) -> QDialog:
    return scene.root.acute.show_dialog()


def _main(scene: Scene) -> MainWindow:
    assert scene.root.main is not None
    return scene.root.main


def _member(scene: Scene) -> StaffMember:
    with scene.root.ctx.reading() as sctx:
        return list_staff(sctx)[0]


def _users(scene: Scene) -> QDialog:
    return scene.root.admin.users()


def _add_user(scene: Scene) -> QDialog:
    from barnearket.ui.admin.userforms import AddUserDialog

    return AddUserDialog(scene.root.ctx, scene.root.files, _main(scene))


def _new_passphrase(scene: Scene) -> QDialog:
    from barnearket.ui.admin.userforms import NewPassphraseDialog

    return NewPassphraseDialog(scene.root.ctx, scene.root.files, _member(scene), _main(scene))


def _role(scene: Scene) -> QDialog:
    from barnearket.ui.admin.userforms import RoleDialog

    return RoleDialog(scene.root.ctx, _member(scene), _main(scene))


def _recovery_key(scene: Scene) -> QDialog:
    from barnearket.ui.admin.rekey import RecoveryKeyDialog

    assert scene.root.ctx.file_path is not None
    key = "-".join(["a1b2"] * 16)
    dialog = RecoveryKeyDialog(scene.root.ctx.dialogs, key, scene.root.ctx.file_path, _main(scene))
    dialog.page.stored.setChecked(True)
    return dialog


def _case(scene: Scene) -> QDialog:
    dialog = _main(scene).case_view.case_actions.open_case()
    assert dialog is not None
    return dialog


def _child(scene: Scene) -> QDialog:
    dialog = _main(scene).case_view.case_actions.open_child(scene.child_id)
    assert dialog is not None
    return dialog


def _close_case(scene: Scene) -> QDialog:
    dialog = _main(scene).case_view.case_actions.close_or_reopen()
    assert isinstance(dialog, QDialog)
    return dialog


def _concern_panel(scene: Scene) -> ConcernPanel:
    panel = _main(scene).case_view.panels[1].build()
    assert isinstance(panel, ConcernPanel)
    panel.show_case(scene.case_id)
    return panel


def _action_correction(scene: Scene) -> QDialog:
    plan = _concern_panel(scene).view.pages.actions
    plan.table.selectRow(0)
    dialog = plan.correct.open_dialog()
    assert dialog is not None
    return dialog


def _sheet_details(scene: Scene) -> QDialog:
    panel = _main(scene).case_view.panels[0].build()
    assert isinstance(panel, ConversationPanel)
    panel.show_case(scene.case_id)
    if panel.sheet is None:
        panel.header.new.click()
    dialog = panel.bar.open_details()
    assert dialog is not None
    return dialog


def _withdraw(scene: Scene) -> QDialog:
    from barnearket.ui.concern.withdraw import WithdrawDialog

    today = scene.root.ctx.clock.today()
    return WithdrawDialog(today, today, _main(scene))
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
    "ReportEditor (sent)": _sent_report_editor,
    "ProfileDialog": _profile,
    "OrganisationDialog": _organisation,
    "NewCaseDialog": _new_case,
    "NewFileDialog": _new_file,
    "AcuteDialog": _acute,
    "HelpWindow": _help,
    "SignsDialog": _signs,
    "LeafletDialog": _leaflet,
    "UsersDialog": _users,
    "AddUserDialog": _add_user,
    "NewPassphraseDialog": _new_passphrase,
    "RoleDialog": _role,
    "RecoveryKeyDialog": _recovery_key,
    "RestoreDialog": lambda scene: scene.root.admin.restore(),
    "AutoLockDialog": lambda scene: scene.root.admin.auto_lock(),
    "RulesDialog": lambda scene: scene.root.admin.rules(),
    "CaseDialog": _case,
    "ChildDialog": _child,
    "CloseCaseDialog": _close_case,
    "CorrectionDialog": _action_correction,
    "SheetDetailsDialog": _sheet_details,
    "WithdrawDialog": _withdraw,
    "InnsynDialog": _rights("innsyn"),
    "TransferDialog": _rights("transfer"),
    "PurgeQueueDialog": _rights("queue"),
    "AnswerCorrectionDialog": _rights("answer"),
}
"""Name (the class name first) → factory."""

from tests.ui.practice_factories import PRACTICE_FACTORIES  # noqa: E402

FACTORIES.update(PRACTICE_FACTORIES)

from tests.ui.conflict_factories import CONFLICT_FACTORIES  # noqa: E402

FACTORIES.update(CONFLICT_FACTORIES)

from tests.ui.checkout_factories import CHECKOUT_FACTORIES  # noqa: E402

FACTORIES.update(CHECKOUT_FACTORIES)

from tests.ui.kept_factories import KEPT_FACTORIES  # noqa: E402

FACTORIES.update(KEPT_FACTORIES)
