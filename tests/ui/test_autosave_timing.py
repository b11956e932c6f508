"""Steady typing never postpones the save: the first pending edit is stored within the delay."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.services.context import ServiceContext
from barnearket.ui.autosave import Autosaver


def test_saves_are_not_pushed_back_by_further_edits(qtbot: QtBot, workspace: Barnearket) -> None:
    assert workspace.main is not None
    saver = Autosaver(workspace.ctx, workspace.main, delay_ms=300)
    stored: list[float] = []

    def job(_sctx: ServiceContext) -> None:
        stored.append(time.monotonic())

    edits: list[float] = []

    def edit() -> None:
        edits.append(time.monotonic())
        saver.schedule(job, key="felt")
        if len(edits) == 8:
            typing.stop()

    typing = QTimer()  # an edit every 100 ms for 0.8 s from the event loop, as a person typing
    typing.setInterval(100)
    typing.timeout.connect(edit)
    started = time.monotonic()
    saver.schedule(job, key="felt")
    typing.start()
    qtbot.waitUntil(lambda: len(edits) == 8 and not saver.has_pending(), timeout=3000)
    assert edits[-1] - started >= 0.7, "the edits kept coming for the whole 0.8 s"
    assert stored and stored[0] - started < 0.6
