"""Cyclic garbage is freed on the GUI thread only: a pool thread never runs Python's collector."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from barnearket.ui.collector import GuiThreadCollector


class _Cycle:
    """Garbage only the cycle collector can free; remembers the thread that freed it."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_a_gui_test_runs_with_automatic_collection_off(qtbot: QtBot, qapp: QApplication) -> None:
    assert not gc.isenabled()
    assert qapp.findChild(GuiThreadCollector) is not None


def test_garbage_made_on_a_worker_is_freed_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    _Cycle.freed_on.clear()
    pool = QThreadPool()

    def churn() -> None:  # far past every threshold: Python alone would collect on this thread
        threading.current_thread().name = "worker"
        for _ in range(50_000):
            _Cycle()

    pool.start(churn)
    pool.waitForDone()
    assert _Cycle.freed_on == [], "nothing was collected on the worker"
    qtbot.waitUntil(lambda: len(_Cycle.freed_on) >= 50_000, timeout=10_000)
    assert set(_Cycle.freed_on) == {threading.main_thread().name}
