"""No two Alt+letter mnemonics clash in one window in nynorsk or English either: the same walk as
`test_mnemonics.py`, by a person whose language is nynorsk or English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE, create_demo_file
from barnearket.ui.language import LanguageSwitch
from barnearket.ui.settings import Settings
from tests.ui.conftest import MakeRoot, write_settings
from tests.ui.test_mnemonics import Walk, _walk_dialogs, _walk_factories, _walk_workspace


@pytest.fixture(params=["nn", "en"])
def speaking_demo(request: pytest.FixtureRequest, qtbot: QtBot, make_root: MakeRoot,
                  tmp_path: Path) -> Iterator[Barnearket]:
    """The demo file opened by a person whose language is nynorsk or English."""
    path = tmp_path / "demo.barnearket"
    create_demo_file(path, cases=12, seed=3)
    write_settings(Settings(language=request.param))
    root = make_root(LaunchOptions(file=path))
    root.start()
    root.unlock.login.setText(DEMO_LOGIN)
    root.unlock.passphrase.setText(DEMO_PASSPHRASE)
    root.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: root.main is not None and root.main.isVisible(), timeout=10_000)
    yield root
    LanguageSwitch().apply("nb")


def test_no_mnemonic_clashes_in_another_language(qtbot: QtBot, speaking_demo: Barnearket) -> None:
    walk = Walk()
    walk.check("unlock", speaking_demo.unlock)
    _walk_workspace(speaking_demo, walk)
    _walk_dialogs(speaking_demo, walk)
    _walk_factories(speaking_demo, walk)
    assert walk.problems == [], "\n".join(walk.problems)
