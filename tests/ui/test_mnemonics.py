"""No two Alt+letter mnemonics clash in one window, in every state of every window and dialog.

The test walks the real program on a small demo file: the unlock window, the workspace on each
page, tab and concern step, and every dialog. A dialog class the walk does not reach fails the
completeness check, so a new dialog must be added here.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from PySide6.QtWidgets import QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

import barnearket.ui
from barnearket.app import Barnearket
from barnearket.domain.model import ChildDetails
from barnearket.reports.names import DocumentKind
from barnearket.services.children import add_child
from barnearket.services.search import list_cases
from barnearket.storage.mapping import load_case
from barnearket.ui.admin.rekey import offer_recovery_key
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.sheet.panel import ConversationPanel
from tests.helpers.mnemonics import clashes, mnemonic
from tests.ui.dialog_factories import FACTORIES, make_scene

SCREEN_W, SCREEN_H = 1366, 768


class Walk:
    """Checks each window state it is shown and remembers which dialog classes it saw."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen: set[type] = set()

    def check(self, name: str, window: QWidget) -> None:
        found = clashes(window)
        if found:
            self.problems.append(f"{name}: {found}")
        if isinstance(window, QDialog):
            self.seen.add(type(window))
            hint = window.minimumSizeHint()
            if hint.width() > SCREEN_W or hint.height() > SCREEN_H - 40:
                self.problems.append(f"{name}: needs {hint.width()}×{hint.height()}")


def _case_with_concern(root: Barnearket) -> int:
    with root.ctx.reading() as sctx:
        for summary in list_cases(sctx, status=None, responsible_id=None, limit=100):
            case = load_case(sctx.session, summary.id)
            if case.concerns and case.children:
                return case.id
    raise AssertionError("the demo file has no case with a concern")


def _tabs_inside(widget: QWidget) -> list[QTabWidget]:
    return [t for t in widget.findChildren(QTabWidget) if t.isVisibleTo(widget)]


def _walk_workspace(root: Barnearket, walk: Walk) -> None:
    main = root.main
    assert main is not None
    main.resize(SCREEN_W, SCREEN_H - 28)
    walk.check("start", main)
    main.open_case(_case_with_concern(root))
    main.case_view.show_case(_case_with_concern(root))
    for index in range(main.case_view.tabs.count()):
        main.case_view.tabs.setCurrentIndex(index)
        walk.check(f"case tab {index}", main)
    sheet = main.case_view.panels[0].build()
    assert isinstance(sheet, ConversationPanel)
    main.case_view.tabs.setCurrentIndex(1)
    for button in (sheet.header.fill, sheet.header.talk):
        if button.isVisible():
            button.click()
            walk.check(f"sheet {button.text()}", main)
    main.case_view.tabs.setCurrentIndex(2)
    concerns = main.case_view.panels[1].build()
    assert isinstance(concerns, ConcernPanel)
    for number in range(1, 9):
        concerns.view.open_step(number)
        walk.check(f"concern step {number}", main)
        page = concerns.view.stack.currentWidget()
        assert page is not None
        for tabs in _tabs_inside(page):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                walk.check(f"concern step {number}, tab {index}", main)
    concerns.start_new()
    walk.check("new concern", main)
    overview = main.show_overview()
    walk.check("overview", main)
    for tabs in _tabs_inside(overview):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            walk.check(f"overview tab {index}", main)
    main.pages.setCurrentIndex(0)


def _walk_dialogs(root: Barnearket, walk: Walk) -> None:
    main = root.main
    assert main is not None
    new_case = main.new_case()
    walk.check("new case, gate", new_case)
    new_case.gate.children_group.buttons.button(0).click()
    new_case.next_button.click()
    walk.check("new case, details", new_case)
    new_case.close()
    for kind in DocumentKind:
        document = main.documents.open(kind)
        assert document is not None
        walk.check(f"document {kind}", document)
        document.close()
    rights: list[QDialog | None] = [main.rights.innsyn(), main.rights.transfer(), main.rights.queue()]
    case = main.case_view.case
    if case is not None and case.sheets:
        from barnearket.ui.rights.answers import AnswerCorrectionDialog

        rights.append(AnswerCorrectionDialog(root.ctx, case, case.sheets[0], main))
    for opened in rights:
        assert opened is not None
        walk.check(type(opened).__name__, opened)
        opened.close()
    for dialog in (main.documents.edit_organisation(), root.admin.restore(), root.admin.auto_lock()):
        walk.check(type(dialog).__name__, dialog)
        dialog.close()
    _walk_guidance(root, walk)
    root.acute.show_dialog()
    assert root.acute.dialog is not None
    walk.check("acute danger", root.acute.dialog)
    root.acute.dialog.close()
    users = root.admin.users()
    walk.check("users", users)
    for opener in (users.add_user, users.new_passphrase, users.change_role):
        form = opener()
        assert form is not None
        walk.check(type(form).__name__, form)
        form.close()
    users.close()

    class Rekeyed:
        recovery_key = bytes(32)

    _walk_practice_dialogs(root, walk)
    key = offer_recovery_key(main, root.ctx.dialogs, Rekeyed(), root.ctx.file_path)
    assert key is not None
    walk.check("new recovery key", key)
    key.page.stored.setChecked(True)
    key.close()


def _walk_practice_dialogs(root: Barnearket, walk: Walk) -> None:
    """The pregnancy path, the team leader's view and the resource group (issue 20)."""
    from barnearket.ui.pregnancy import PregnancyDialog

    main = root.main
    assert main is not None
    case_id = _case_with_concern(root)
    with root.ctx.unit_of_work() as sctx:
        child_id = add_child(sctx, case_id, ChildDetails(
            name="Ufødt", unborn=True, due_date=sctx.clock.today()))
    main.case_view.show_case(case_id)
    main.case_view.tabs.setCurrentIndex(0)
    walk.check("case with an unborn child", main)
    pregnancy = PregnancyDialog(root.ctx, child_id, main)
    pregnancy.show()
    walk.check("pregnancy", pregnancy)
    pregnancy.close()
    team = main.routine.team_leader()
    for index in range(3):
        team.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        walk.check(f"team leader tab {index}", team)
    team.close()
    group = main.routine.resource_group()
    walk.check("resource group", group)
    walk.check("new meeting", group.new_meeting())  # type: ignore[attr-defined]
    group.close()
    users = root.admin.users()
    functions = users.change_functions()
    assert functions is not None
    walk.check("functions", functions)
    functions.close()
    users.close()
def _walk_guidance(root: Barnearket, walk: Walk) -> None:
    from barnearket.domain.forms.guidance import sign_list
    from barnearket.ui.formwidgets.signs import SignsDialog

    assert root.main is not None
    help_window = root.main.show_help("veiledere")
    assert help_window is not None
    walk.check("help window", help_window)
    help_window.close()
    leaflet = root.main.documents.open_leaflet()
    walk.check("leaflet", leaflet)
    leaflet.close()
    signs = sign_list(root.ctx.library)
    assert signs is not None
    dialog = SignsDialog(signs, root.main)
    dialog.open()
    walk.check("signs checklist", dialog)
    dialog.close()


def _dialog_classes() -> set[type]:
    for info in pkgutil.walk_packages(barnearket.ui.__path__, "barnearket.ui."):
        importlib.import_module(info.name)
    found: set[type] = set()
    pending = list(QDialog.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        is_base = any(sub.__module__.startswith("barnearket.") for sub in cls.__subclasses__())
        if cls.__module__.startswith("barnearket.") and not cls.__name__.startswith("_") and not is_base:
            found.add(cls)
    return found


def test_mnemonic_reads_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("Sø&k:") == "k"
    assert mnemonic("Bob && &Kari") == "k"
    assert mnemonic("Uten") is None


def _walk_factories(root: Barnearket, walk: Walk) -> None:
    """Every dialog of the size test's factories, on a case made for them in the demo file."""
    scene = make_scene(root)
    for name, factory in FACTORIES.items():
        dialog = factory(scene)
        dialog.show()
        walk.check(name, dialog)
        dialog.close()


def test_no_mnemonic_clashes_in_any_window(qtbot: QtBot, demo_root: Barnearket) -> None:
    walk = Walk()
    walk.check("unlock", demo_root.unlock)
    _walk_workspace(demo_root, walk)
    _walk_dialogs(demo_root, walk)
    _walk_factories(demo_root, walk)
    demo_root.locker.lock()
    qtbot.waitUntil(lambda: demo_root.locker.locked)
    walk.check("lock screen", demo_root.locker.screen)
    new_file = demo_root.startup.new_file()
    walk.check("new file", new_file)
    new_file.close()
    assert walk.problems == []
    missing = {cls.__name__ for cls in _dialog_classes() - walk.seen}
    assert missing == set(), f"add these dialogs to the walk in {Path(__file__).name}: {sorted(missing)}"
