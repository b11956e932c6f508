"""No two Alt+letter mnemonics clash in one window in nynorsk or English either: the same walk as
`test_mnemonics.py`, by a person whose language is nynorsk or English."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from tests.ui.test_mnemonics import Walk, _walk_dialogs, _walk_factories, _walk_workspace


def test_no_mnemonic_clashes_in_another_language(qtbot: QtBot, speaking_demo: Barnearket) -> None:
    walk = Walk()
    walk.check("unlock", speaking_demo.unlock)
    _walk_workspace(speaking_demo, walk)
    _walk_dialogs(speaking_demo, walk)
    _walk_factories(speaking_demo, walk)
    assert walk.problems == [], "\n".join(walk.problems)
