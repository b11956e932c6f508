"""Issue 15, point 3: the UI context is made of frozen, typed parts that only the root replaces."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from barnearket.domain.clock import SystemClock
from barnearket.services.context import Actor
from barnearket.storage.casefile import CaseFile
from barnearket.ui.casepanels import STANDARD_PANELS, CasePanels
from barnearket.ui.context import OpenStore, UiContext


def test_the_parts_are_frozen_and_the_context_is_read_only(qtbot: QtBot, case_file: CaseFile,
                                                           actor: Actor) -> None:
    ui = UiContext(None, None, SystemClock(), None, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        ui.surroundings.clock = SystemClock()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        ui.case_file = case_file  # type: ignore[misc]
    assert (ui.opened, ui.is_open) == (None, False)
    opened = OpenStore(case_file, actor)
    ui.adopt(opened)
    assert ui.is_open and ui.opened is opened and ui.case_file is case_file and ui.actor == actor
    with pytest.raises(dataclasses.FrozenInstanceError):
        opened.actor = None  # type: ignore[misc]
    ui.forget()
    assert ui.case_file is None and not ui.is_open
    with pytest.raises(RuntimeError):
        _ = ui.library  # the root has not read the forms


def test_the_case_view_builds_the_panels_the_root_passes_in(qtbot: QtBot, case_file: CaseFile,
                                                            actor: Actor) -> None:
    from barnearket.ui.caseview import CaseView

    built: list[str] = []

    def stand_in(name: str):  # type: ignore[no-untyped-def]
        def make(_ctx: UiContext, parent: QWidget) -> QWidget:
            built.append(name)
            return QLabel(name, parent)
        return make

    panels = CasePanels(conversation=stand_in("samtale"), concerns=stand_in("bekymringer"))
    assert panels != STANDARD_PANELS
    ui = UiContext(case_file, actor, SystemClock(), None, None, panels=panels)
    view = CaseView(ui)
    qtbot.addWidget(view)
    assert built == []  # nothing is made before its tab is first shown
    assert [type(p.build()) for p in view.panels] == [QLabel, QLabel]
    assert built == ["samtale", "bekymringer"]
