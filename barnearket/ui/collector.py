"""Python's cycle collector runs only on the GUI thread: on a worker thread it can free widgets there.

CPython collects cyclic garbage in whichever thread happens to allocate when a threshold is passed.
When that is a pool thread reading for «Trenger meg nå» or the coordinator's overview, and the garbage
holds a closed window, Qt objects are destroyed outside the GUI thread and the program crashes
(seen as a segmentation fault during «Garbage-collecting»). So automatic collection is turned off and
a timer on the GUI thread collects instead, by the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects cyclic garbage from a timer on the thread it lives on (the GUI thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        """Turn automatic collection off and collect on the timer instead."""
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Hand collection back to Python (its next collection runs in the thread that allocates next)."""
        self._timer.stop()
        gc.enable()

    def collect(self) -> int:
        """Collect the generations whose thresholds are passed, as Python itself would."""
        counts, limits = gc.get_count(), gc.get_threshold()
        if counts[0] <= limits[0]:
            return 0
        if counts[1] <= limits[1]:
            return gc.collect(0)
        return gc.collect(2 if counts[2] > limits[2] else 1)


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """The application's collector, started (one per application)."""
    collector = app.findChild(GuiThreadCollector)
    if collector is None:
        collector = GuiThreadCollector(app)
    collector.start()
    return collector
