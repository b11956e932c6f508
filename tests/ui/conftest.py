"""Fixtures that build the real program through its composition root on a temporary encrypted file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.domain.model import GateAnswer, Parent
from barnearket.services.cases import answer_gate, create_case
from barnearket.storage import kdf
from barnearket.storage.opening import create_case_file
from barnearket.ui.seams import Dialogs
from barnearket.ui.settings import Settings, SettingsStore
from barnearket.ui.units import add_own_unit
from tests.checkout.support import setting
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE
from tests.seam.both import STORES
from tests.storage.damaged_templates import originals, template
from tests.ui.coordinator_support import opened, overview_panel, seeded
from tests.ui.date_form import date_form
from tests.ui.environment import back_to_bokmal, focus_style, xvfb_display
from tests.ui.roots import demo_root, larger_demo_root, on_server, speaking, speaking_demo
from tests.ui.sheet_support import case_id, library, ui
from tests.ui.two_windows import shared, windows

__all__ = [  # fixtures kept in support modules named for what they hold (issue 15, point 5)
    "back_to_bokmal", "case_id", "date_form", "demo_root", "focus_style", "larger_demo_root", "library",
    "on_server", "opened", "originals", "overview_panel", "seeded", "setting", "shared", "speaking",
    "speaking_demo", "template", "ui", "windows", "xvfb_display",
]

MakeRoot = Callable[..., Barnearket]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform cannot raise or activate windows; harmless in headless tests."""
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support raise"))


@pytest.fixture
def closed_file(case_path: Path) -> Path:
    """A new encrypted case file (cheap KDF), already closed so that the program opens it."""
    create_case_file(case_path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                     kdf_params=kdf.fast_params_for_tests()).close()
    return case_path


@dataclass(frozen=True)
class ClosedStore:
    """A new store with its first administrator (the same login and passphrase on both), not open."""

    kind: str
    options: LaunchOptions

    @property
    def on_server(self) -> bool:
        """Whether this run is the server's."""
        return self.kind == "server"


@pytest.fixture(params=STORES)
def closed_store(request: pytest.FixtureRequest, case_path: Path) -> ClosedStore:
    """The end-to-end tests' one parametrized store: a new encrypted file, then a new server database
    (a clone of the session's template; its admin has the same login and passphrase as the file's).
    A test about the file by its nature carries `@pytest.mark.file_only("why")`."""
    if request.param == "file":
        return ClosedStore("file", LaunchOptions(file=request.getfixturevalue("closed_file")))
    made = request.getfixturevalue("pg_clone")
    return ClosedStore("server", LaunchOptions(server=made.db.tcp_url))


@pytest.fixture
def dialogs() -> Dialogs:
    """Dialog seams that never show a real dialog; tests queue the answers."""
    return Dialogs(headless=True)


def visible_windows() -> list[QWidget]:
    """Every visible top-level widget."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def write_settings(settings: Settings) -> None:
    """Store settings where the next root will read them (the isolated BARNEARKET_HOME)."""
    from barnearket.paths import resolve_paths

    SettingsStore(resolve_paths().ensure().settings_file).save(settings)


@pytest.fixture
def make_root(qapp: QApplication, dialogs: Dialogs) -> Iterator[MakeRoot]:
    """Build roots like `barnearket` would; each is shut down, and no window may be left behind."""
    roots: list[Barnearket] = []

    def make(options: LaunchOptions | None = None, **kwargs: object) -> Barnearket:
        root = Barnearket(options or LaunchOptions(), dialogs=dialogs,
                          kdf_params=kdf.fast_params_for_tests(), **kwargs)  # type: ignore[arg-type]
        roots.append(root)
        return root

    yield make
    for root in roots:
        root.shutdown()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert visible_windows() == [], "windows left open after shutdown"


def unlock(qtbot: QtBot, root: Barnearket, passphrase: str = ADMIN_PASSPHRASE) -> None:
    """Type the admin's login and passphrase into the unlock window and wait for the workspace."""
    root.unlock.login.setText(ADMIN_LOGIN)
    root.unlock.passphrase.setText(passphrase)
    root.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: root.main is not None and root.main.isVisible())


@pytest.fixture
def workspace(qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> Barnearket:
    """The real main window, unlocked by the admin on a temporary file."""
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    unlock(qtbot, root)
    return root


@pytest.fixture
def store_workspace(qtbot: QtBot, make_root: MakeRoot, closed_store: ClosedStore) -> Barnearket:
    """The real main window, unlocked by the admin on a new file, then on a new server database."""
    root = make_root(closed_store.options)
    root.start()
    unlock(qtbot, root)
    return root


def add_case(root: Barnearket, name: str, answer: GateAnswer = GateAnswer.JA) -> int:
    """Create a case through the services (in a new unit of which the person is a member, as the
    new-case dialog makes it) and show the lists again."""
    with root.ctx.unit_of_work() as sctx:
        unit = add_own_unit(sctx, "Psykisk helse og rus Nord", "psykisk_helse")
        case_id = create_case(sctx, unit_id=unit, parent=Parent(name=name))
        answer_gate(sctx, case_id, answer)
    assert root.main is not None
    root.main.refresh()
    return case_id
