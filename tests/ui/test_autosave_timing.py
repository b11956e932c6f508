"""Steady typing never postpones the save: the first pending edit is stored within the delay."""

from __future__ import annotations

import time

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

    started = time.monotonic()
    saver.schedule(job, key="felt")
    for _ in range(8):  # an edit every 100 ms for 0.8 s, as a person typing
        qtbot.wait(100)
        saver.schedule(job, key="felt")
    qtbot.waitUntil(lambda: not saver.has_pending(), timeout=2000)
    assert stored and stored[0] - started < 0.6
