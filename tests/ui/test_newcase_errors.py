"""The new-case dialog shows each error under its field and takes it away as soon as the field is right."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from tests.ui.sheet_support import type_text


def test_missing_name_and_unit_are_told_at_their_fields(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    dialog = workspace.main.new_case()
    dialog.gate.children_group.buttons.button(0).click()
    dialog.next_button.click()
    details = dialog.details
    dialog.create_button.click()
    assert dialog.errors.invalid_fields() == [details.name]
    assert details.name.accessibleDescription() == "Skriv brukerens navn."
    assert not dialog.error.isVisible(), "not at the bottom of the dialog"
    type_text(details.name, "Áile Ođđasa")
    assert dialog.errors.invalid_fields() == [], "cleared as soon as it is right"
    dialog.create_button.click()
    assert dialog.errors.invalid_fields() == [details.new_unit_name]
    type_text(details.new_unit_name, "Rus og psykisk helse Sør")
    assert dialog.errors.invalid_fields() == []
    with qtbot.waitSignal(dialog.created):
        dialog.create_button.click()
