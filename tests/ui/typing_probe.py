"""Driven by test_kill_after_typing: the real program types into the Barnearket sheet, then waits.

Usage: `python typing_probe.py FILE`, with one JSON line on standard input:
{"login", "passphrase", "case_id", "notes", "answer"}. The program unlocks FILE through its unlock
window, opens the case's conversation (starting it if needed), types `notes` into the quick notes
and `answer` into the first question of the "situation" topic with key events, prints "TYPED" and
keeps running its event loop until it is killed (or gives up after a minute, if left behind).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from barnearket.app import Barnearket, LaunchOptions
from barnearket.storage import kdf
from barnearket.ui.seams import Dialogs
from barnearket.ui.sheet.panel import ConversationPanel

SHEET_TAB = 1
GIVE_UP_MS = 60_000


def type_text(widget: QWidget, text: str) -> None:
    """Key by key, as a keyboard would (QTest.keyClicks aborts on letters outside Latin-1)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


class Probe:
    """Waits for the workspace, then types; each step runs once the window has caught up."""

    def __init__(self, root: Barnearket, job: dict[str, object]) -> None:
        self.root = root
        self.job = job

    def opened(self) -> None:
        """The workspace is there: show the case and its conversation tab."""
        main = self.root.main
        assert main is not None
        main.open_case(int(str(self.job["case_id"])))
        main.case_view.tabs.setCurrentIndex(SHEET_TAB)
        self._when_shown()

    def _panel(self) -> ConversationPanel | None:
        assert self.root.main is not None
        panel = self.root.main.case_view.panels[SHEET_TAB - 1].panel
        return panel if isinstance(panel, ConversationPanel) and panel.isVisible() else None

    def _when_shown(self) -> None:
        panel = self._panel()
        if panel is None:
            QTimer.singleShot(10, self._when_shown)
            return
        if panel.sheet is None:
            panel.header.new.click()
        panel.side.notes.setFocus(Qt.FocusReason.MouseFocusReason)
        type_text(panel.side.notes, str(self.job["notes"]))
        QTest.mouseClick(panel.conversation.cards["situation"], Qt.MouseButton.LeftButton)
        question = panel.tabs.focused_question()
        assert question is not None, "the topic card did not open a question"
        type_text(question.editor.focus_input(), str(self.job["answer"]))
        print("TYPED", flush=True)


def main(argv: list[str]) -> int:
    """Unlock the file through the unlock window and let the probe type once the workspace is open."""
    path = Path(argv[1])
    job = json.loads(sys.stdin.readline())
    app = QApplication(argv[:1])
    root = Barnearket(LaunchOptions(file=path), dialogs=Dialogs(headless=True),
                      kdf_params=kdf.fast_params_for_tests(), persist_settings=False)
    probe = Probe(root, job)
    root.unlock.unlocked.connect(lambda _file: QTimer.singleShot(0, probe.opened))
    root.start()
    root.unlock.login.setText(str(job["login"]))
    root.unlock.passphrase.setText(str(job["passphrase"]))
    root.unlock.unlock_button.click()
    QTimer.singleShot(GIVE_UP_MS, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
