"""The real program started in other ways than the plain workspace: on a demo file, in nynorsk or
English, on the municipality's server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE, create_demo_file
from barnearket.ui.language import LanguageSwitch
from barnearket.ui.settings import Settings
from tests.server.helpers import Made

if TYPE_CHECKING:  # the conftest imports this module, so only its type here; its functions when called
    from tests.ui.conftest import MakeRoot


def demo_workspace(qtbot: QtBot, make_root: MakeRoot, path: Path, cases: int, seed: int) -> Barnearket:
    """A new demo file of `cases` cases at `path`, opened and unlocked by demo/demo."""
    create_demo_file(path, cases=cases, seed=seed)
    root = make_root(LaunchOptions(file=path))
    root.start()
    root.unlock.login.setText(DEMO_LOGIN)
    root.unlock.passphrase.setText(DEMO_PASSPHRASE)
    root.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: root.main is not None and root.main.isVisible(), timeout=10_000)
    return root


@pytest.fixture
def demo_root(qtbot: QtBot, make_root: MakeRoot, tmp_path: Path) -> Barnearket:
    """The workspace on a small demo file (12 cases)."""
    return demo_workspace(qtbot, make_root, tmp_path / "demo.barnearket", cases=12, seed=3)


@pytest.fixture
def larger_demo_root(qtbot: QtBot, make_root: MakeRoot, tmp_path: Path) -> Barnearket:
    """The workspace on a demo file of 30 cases."""
    return demo_workspace(qtbot, make_root, tmp_path / "demo.barnearket", cases=30, seed=1)


@pytest.fixture(params=["nn", "en"])
def speaking_demo(request: pytest.FixtureRequest, qtbot: QtBot, make_root: MakeRoot,
                  tmp_path: Path) -> Iterator[Barnearket]:
    """The small demo file opened by a person whose language is nynorsk or English."""
    from tests.ui.conftest import write_settings

    write_settings(Settings(language=request.param))
    yield demo_workspace(qtbot, make_root, tmp_path / "demo.barnearket", cases=12, seed=3)
    LanguageSwitch().apply("nb")


@pytest.fixture(params=["nn", "en"])
def speaking(request: pytest.FixtureRequest, qtbot: QtBot, make_root: MakeRoot,
             closed_file: Path) -> Iterator[tuple[str, Barnearket]]:
    """The real workspace started by a person whose language is nynorsk or English."""
    from tests.ui.conftest import unlock, write_settings

    write_settings(Settings(language=request.param))
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    unlock(qtbot, root)
    yield request.param, root
    LanguageSwitch().apply("nb")


@pytest.fixture
def on_server(qtbot: QtBot, make_root: MakeRoot, pg_clone: Made) -> Barnearket:
    """The admin logged in to a fresh server database in the real window."""
    from tests.ui.conftest import unlock

    root = make_root(LaunchOptions(server=pg_clone.db.tcp_url))
    root.start()
    unlock(qtbot, root)
    return root
