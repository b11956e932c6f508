"""Walks every window state of the real program for the accessibility checks.

A check is a function (state name, window) → problems; the walk shows the unlock window, the
workspace on each page, tab and concern step, every dialog of `dialog_factories.FACTORIES`, the
lock screen and the new-file dialog, and collects what the check finds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from barnearket.app import Barnearket, LaunchOptions
from barnearket.domain.roles import Role
from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE, create_demo_file
from barnearket.services.search import list_cases
from barnearket.storage import accounts, kdf
from barnearket.storage.mapping import load_case
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.users import User
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.sheet.panel import ConversationPanel
from tests.ui.conftest import MakeRoot
from tests.ui.dialog_factories import FACTORIES, make_scene

Check = Callable[[str, QWidget], list[str]]
WORKER_LOGIN, COORDINATOR_LOGIN, OTHER_PASSPHRASE = "sunna", "ande", "en annen lang frase æøå ŋ"


def settle() -> None:
    """Deliver what is posted (layout requests, polish, zero-time timers that build panels) and what that
    posts in turn, so a window state is checked as it will be painted."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


@dataclass
class Walk:
    """Runs a check on each window state and keeps what it found."""

    qtbot: QtBot
    check: Check
    problems: list[str] = field(default_factory=list)
    states: int = 0

    def see(self, name: str, window: QWidget) -> None:
        """Let the window settle (so the naming filter has seen it shown), then check it."""
        self.qtbot.waitUntil(window.isVisible)
        settle()
        self.states += 1
        self.problems.extend(f"{name}: {p}" for p in self.check(name, window))


def demo_file(tmp_path: Path) -> Path:
    """A small demo file with a case worker and a coordinator besides the demo administrator."""
    path = tmp_path / "demo.barnearket"
    create_demo_file(path, cases=12, seed=3)
    opened = open_case_file(path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    try:
        fast = kdf.fast_params_for_tests()
        worker = accounts.add_user(opened, WORKER_LOGIN, "Sunná Ødegård", Role.SAKSBEHANDLER,
                                   OTHER_PASSPHRASE, fast)
        accounts.add_user(opened, COORDINATOR_LOGIN, "Ánde Ærlig", Role.KOORDINATOR, OTHER_PASSPHRASE, fast)
        with opened.session() as session, session.begin():  # the worker's unit has a case with a concern
            unit = session.scalars(select(CaseRow.unit_id).join(ConcernRow, ConcernRow.case_id == CaseRow.id)
                                   ).first()
            session.get_one(User, worker).unit_id = unit
    finally:
        opened.close()
    return path


def unlocked(qtbot: QtBot, make_root: MakeRoot, path: Path, login: str = DEMO_LOGIN,
             passphrase: str = DEMO_PASSPHRASE, walk: Walk | None = None) -> Barnearket:
    """The program on `path`, unlocked through its unlock window (which `walk` sees first)."""
    root = make_root(LaunchOptions(file=path))
    root.start()
    qtbot.waitUntil(lambda: root.unlock.isVisible() and root.names is not None)
    if walk is not None:
        walk.see("unlock window", root.unlock)
    root.unlock.login.setText(login)
    root.unlock.passphrase.setText(passphrase)
    root.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: root.main is not None and root.main.isVisible(), timeout=10_000)
    return root


def case_with_concern(root: Barnearket) -> int:
    """A case of the demo file with children and a concern."""
    with root.ctx.reading() as sctx:
        for summary in list_cases(sctx, status=None, responsible_id=None, limit=100):
            case = load_case(sctx.session, summary.id)
            if case.concerns and case.children:
                return case.id
    raise AssertionError("the demo file has no case with a concern")


def _tabs_inside(widget: QWidget) -> list[QTabWidget]:
    return [t for t in widget.findChildren(QTabWidget) if t.isVisibleTo(widget)]


def _each_tab(walk: Walk, name: str, window: QWidget, inside: QWidget) -> None:
    for tabs in _tabs_inside(inside):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            walk.see(f"{name}, tab {index}", window)


def workspace_states(root: Barnearket) -> Iterator[str]:
    """Bring the main window into each of its states in turn; yields the state's name."""
    main = root.main
    assert main is not None
    yield "start"
    case_id = case_with_concern(root)
    main.open_case(case_id)
    main.case_view.show_case(case_id)
    for index in range(main.case_view.tabs.count()):
        main.case_view.tabs.setCurrentIndex(index)
        yield f"case tab {index}"
    sheet = main.case_view.panels[0].build()
    assert isinstance(sheet, ConversationPanel)
    main.case_view.tabs.setCurrentIndex(1)
    for button in (sheet.header.fill, sheet.header.talk):
        if button.isVisible():
            button.click()
            yield f"sheet {button.text()}"
    main.case_view.tabs.setCurrentIndex(2)
    concerns = main.case_view.panels[1].build()
    assert isinstance(concerns, ConcernPanel)
    for number in range(1, 9):
        concerns.view.open_step(number)
        yield f"concern step {number}"
        page = concerns.view.stack.currentWidget()
        for tabs in _tabs_inside(page) if page is not None else []:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                yield f"concern step {number}, tab {index}"
    concerns.start_new()
    yield "new concern"
    overview = main.show_overview()
    yield "overview"
    for tabs in _tabs_inside(overview):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"overview tab {index}"
    main.pages.setCurrentIndex(0)


def walk_workspace(root: Barnearket, walk: Walk, role: str = "") -> None:
    """Check the main window in each of its states."""
    assert root.main is not None
    for state in workspace_states(root):
        walk.see(f"{role}main window, {state}".strip(), root.main)


def dialog_states(root: Barnearket) -> Iterator[tuple[str, QDialog]]:
    """Each dialog of the scene's factories, shown; closed after the caller has looked."""
    scene = make_scene(root)
    for name, factory in FACTORIES.items():
        dialog = factory(scene)
        dialog.show()
        yield name, dialog
        if name.startswith("NewCaseDialog"):
            dialog.gate.children_group.buttons.button(0).click()  # type: ignore[attr-defined]
            dialog.next_button.click()  # type: ignore[attr-defined]
            yield f"{name}, details", dialog
        dialog.close()
        dialog.deleteLater()


def walk_dialogs(root: Barnearket, walk: Walk) -> None:
    """Check every dialog of the factories (and the new-case dialog's second page)."""
    for name, dialog in dialog_states(root):
        walk.see(name, dialog)


def admin_states(root: Barnearket) -> Iterator[tuple[str, QWidget]]:
    """The administrator's dialogs (users and its forms, restore, automatic lock, recovery key)."""
    from barnearket.ui.admin.rekey import offer_recovery_key

    main = root.main
    assert main is not None
    for dialog in (root.admin.restore(), root.admin.auto_lock()):
        yield type(dialog).__name__, dialog
        dialog.close()
    users = root.admin.users()
    yield "UsersDialog", users
    users.table.selectRow(0)
    for opener in (users.add_user, users.new_passphrase, users.change_role):
        form = opener()
        assert form is not None
        yield type(form).__name__, form
        form.close()
    users.close()

    class Rekeyed:
        recovery_key = bytes(32)

    key = offer_recovery_key(main, root.ctx.dialogs, Rekeyed(), root.ctx.file_path)
    assert key is not None
    yield "RecoveryKeyDialog", key
    key.page.stored.setChecked(True)
    key.close()


def last_states(qtbot: QtBot, root: Barnearket) -> Iterator[tuple[str, QWidget]]:
    """The lock screen, then the new-file dialog."""
    root.locker.lock()
    qtbot.waitUntil(lambda: root.locker.locked)
    yield "lock screen", root.locker.screen
    new_file = root.startup.new_file()
    yield "NewFileDialog", new_file
    new_file.close()


def walk_everything(qtbot: QtBot, root: Barnearket, walk: Walk) -> None:
    """The unlock window has been seen; the workspace, every dialog, the lock screen and new file."""
    walk_workspace(root, walk)
    walk_dialogs(root, walk)
    for name, window in admin_states(root):
        walk.see(name, window)
    for name, window in last_states(qtbot, root):
        walk.see(name, window)
