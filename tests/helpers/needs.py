"""Waiting for «Trenger meg nå», which is read off the GUI thread since issue 13."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from barnearket.ui.needs import NeedsPanel

TIMEOUT_MS = 15_000


def reload_needs(qtbot: QtBot, panel: NeedsPanel) -> list[str]:
    """Reload the panel, wait for its answer, and return the texts of its rows."""
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT_MS):
        panel.reload()
    return shown_needs(panel)


def wait_for_needs(qtbot: QtBot, panel: NeedsPanel) -> list[str]:
    """Wait until the reload already started has answered; the texts of the rows."""
    qtbot.waitUntil(lambda: not panel.loading, timeout=TIMEOUT_MS)
    return shown_needs(panel)


def shown_needs(panel: NeedsPanel) -> list[str]:
    """The texts of the rows shown now."""
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
