"""First start without a file: the create-file flow and the recovery key shown once."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from barnearket.files.recoverykey import parse_recovery_key
from barnearket.storage.store import file_only
from barnearket.ui.seams import Dialogs
from tests.ui.conftest import MakeRoot

KEY = re.compile(r"^[0-9A-F]{4}(-[0-9A-F]{4}){15}$")


def _fill(dialog: object, passphrase: str, repeat: str | None = None) -> None:
    dialog.full_name.setText("Ánte Ođđasa-Ærlig")  # type: ignore[attr-defined]
    dialog.login.setText("ante")  # type: ignore[attr-defined]
    dialog.passphrase.setText(passphrase)  # type: ignore[attr-defined]
    dialog.repeat.setText(passphrase if repeat is None else repeat)  # type: ignore[attr-defined]


def test_first_start_offers_to_create_a_file(qtbot: QtBot, make_root: MakeRoot, dialogs: Dialogs,
                                             tmp_path: Path) -> None:
    root = make_root()
    root.start()
    assert root.unlock.empty.isVisible()
    assert not root.unlock.login_part.isVisible()
    root.unlock.empty.create_button.click()
    dialog = root.startup.new_file_dialog
    assert dialog is not None and dialog.isVisible()
    assert Path(dialog.path.text()) == root.paths.default_case_file
    _fill(dialog, "kort")
    dialog.create_button.click()
    assert dialog.errors.invalid_fields() == [dialog.passphrase], "the error is at the field"
    assert "minst 10 tegn" in dialog.passphrase.accessibleDescription()
    _fill(dialog, "en lang nok frase", "en annen frase")
    assert dialog.errors.invalid_fields() == [], "cleared as soon as the field is valid"
    dialog.create_button.click()
    assert dialog.errors.invalid_fields() == [dialog.repeat]
    assert dialog.repeat.accessibleDescription() == "Passordfrasene er ikke like."
    _fill(dialog, "en lang nok frase")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.key_page)
    page = dialog.key_page
    assert KEY.match(page.key_text), page.key_text
    assert len(page.key_text.split("-")) == 16
    assert page.key_label.text().split() == page.key_text.split("-")
    assert not page.continue_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible(), "the key page cannot be dismissed before the key is stored"

    dialogs.set_next_answer(True)
    page.print_button.click()
    assert dialogs.last("print") is not None
    target = tmp_path / "nokkel.txt"
    dialogs.set_next_answer(target)
    page.save_button.click()
    assert page.key_text.replace("-", "") in target.read_text(encoding="utf-8").replace("  ", "").replace(
        "\n", "")
    assert target.stat().st_mode & 0o077 == 0
    assert dialog.case_file is not None
    assert parse_recovery_key(page.key_text) == file_only(dialog.case_file).file_key

    page.stored.setChecked(True)
    page.continue_button.click()
    qtbot.waitUntil(lambda: root.main is not None and root.main.isVisible())
    assert not dialog.isVisible()
    assert root.ctx.case_file is not None
    assert root.ctx.file_path == root.paths.default_case_file
    assert root.settings.recent_files == [str(root.paths.default_case_file)]
