"""At unlock the app says a damaged write-ahead log would lose saved changes, and offers to go on."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pytestqt.qtbot import QtBot

from barnearket.app import LaunchOptions
from barnearket.storage import journal
from barnearket.ui.seams import Dialogs
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.helpers.hotlog import lose_last_two, make_hot_file
from tests.ui.conftest import MakeRoot, unlock


def _damaged(folder: Path) -> tuple[Path, int]:
    template = make_hot_file(folder)
    lose_last_two(template.path)
    return template.path, template.markers


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def test_cancel_leaves_everything_and_says_why(qtbot: QtBot, make_root: MakeRoot, dialogs: Dialogs,
                                               tmp_path: Path) -> None:
    path, _ = _damaged(tmp_path / "f")
    before = _digests(path.parent)
    dialogs.set_next_answer(False)
    root = make_root(LaunchOptions(file=path))
    root.start()
    root.unlock.login.setText(ADMIN_LOGIN)
    root.unlock.passphrase.setText(ADMIN_PASSPHRASE)
    root.unlock.unlock_button.click()
    qtbot.waitUntil(root.unlock.error.isVisible)
    asked = dialogs.last("confirm")
    assert asked is not None and "2 lagrede endringer" in asked[1] and "karantene" in asked[1]
    assert "2 lagrede endringer" in root.unlock.error.text()
    assert root.main is None
    after = _digests(path.parent)
    assert {k: after[k] for k in before} == before  # the file, its log and keys are as they were
    assert len(list(path.parent.glob("*.karantene-*"))) == 1


def test_going_on_opens_the_file_without_the_lost_changes(qtbot: QtBot, make_root: MakeRoot, dialogs: Dialogs,
                                                           tmp_path: Path) -> None:
    path, markers = _damaged(tmp_path / "f")
    dialogs.set_next_answer(True)
    root = make_root(LaunchOptions(file=path))
    root.start()
    unlock(qtbot, root)
    assert root.ctx.is_open
    with root.ctx.case_file.engine.connect() as conn:  # type: ignore[union-attr]
        assert conn.exec_driver_sql("SELECT count(*) FROM marker").scalar() == markers - 2
    assert not journal.inspect(path).loses_data  # the unreadable frames were dropped at once
    assert dialogs.last("confirm") is not None
