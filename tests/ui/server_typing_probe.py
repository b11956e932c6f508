"""Driven by test_server_crash_replay: the real program, logged in to the server, types into the
conversation's notes (or the concern's description) while the server is down, says KEPT once the local
journal holds it, and waits to be killed.

Usage: `python server_typing_probe.py URL`, with one JSON line on standard input:
{"login", "password", "case_id", "text", "go"} and optionally "target": "concern" (the first step's
description of the case's concern) or "observation" (a new observation of it, stored with «Lagre»).
Prints READY when the field has the keyboard, then
waits for the file named by "go" to exist (the test has stopped the server), types `text` key by key
and prints KEPT when the encrypted journal holds every word.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from barnearket.app import Barnearket, LaunchOptions
from barnearket.storage import kdf
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.journalling import journal_of
from barnearket.ui.seams import Dialogs
from barnearket.ui.sheet.panel import ConversationPanel
from tests.ui.typing_probe import type_text

GIVE_UP_MS = 90_000


class Probe:
    """Opens the case's conversation, waits for the go file, types, and watches the journal."""

    def __init__(self, root: Barnearket, job: dict[str, object]) -> None:
        self.root, self.job = root, job
        self.field: QWidget | None = None

    def opened(self) -> None:
        """The workspace is there: show the case and its conversation tab."""
        assert self.root.main is not None
        self.root.main.open_case(int(str(self.job["case_id"])))
        self.root.main.case_view.tabs.setCurrentIndex(1 if self.job.get("target") in (None, "notes") else 2)
        self._when_shown()

    def _when_shown(self) -> None:
        field = self._notes() if self.job.get("target") in (None, "notes") else self._concern_field()
        if field is None or not field.isVisible():
            QTimer.singleShot(20, self._when_shown)
            return
        self.field = field
        field.setFocus()
        if isinstance(field, QPlainTextEdit):
            field.selectAll()
        print("READY", flush=True)
        self._wait_for_go()

    def _notes(self) -> QWidget | None:
        assert self.root.main is not None
        panel = self.root.main.case_view.panels[0].panel
        ready = isinstance(panel, ConversationPanel) and panel.isVisible() and panel.sheet is not None
        return panel.side.notes if ready and isinstance(panel, ConversationPanel) else None

    def _concern_field(self) -> QWidget | None:
        assert self.root.main is not None
        panel = self.root.main.case_view.panels[1].panel
        if not isinstance(panel, ConcernPanel) or panel.view.concern is None:
            return None
        if self.job.get("target") == "observation":
            panel.view.open_step(2)
            return panel.view.pages.observations.box.form.widget("observation").editor.focus_input()
        panel.view.open_step(1)
        return panel.view.pages.arose.form.widget("first_description").editor.focus_input()

    def _wait_for_go(self) -> None:
        if not Path(str(self.job["go"])).exists():
            QTimer.singleShot(20, self._wait_for_go)
            return
        assert self.field is not None
        type_text(self.field, str(self.job["text"]))
        if self.job.get("target") == "observation":
            self._press_save()
        self._watch()

    def _press_save(self) -> None:
        assert self.root.main is not None
        panel = self.root.main.case_view.panels[1].panel
        assert isinstance(panel, ConcernPanel)
        panel.view.pages.observations.box.button.click()

    def _watch(self) -> None:
        journal = journal_of(self.root.ctx)
        text = self.job["text"]
        kept = journal is not None and any(
            e.value == text or (isinstance(e.value, dict) and e.value.get("observation") == text)
            for e in journal.entries())
        if kept:
            print("KEPT", flush=True)
        else:
            QTimer.singleShot(50, self._watch)


def main(argv: list[str]) -> int:
    """Log in to the server through the unlock window and let the probe type once the workspace is open."""
    job = json.loads(sys.stdin.readline())
    app = QApplication(argv[:1])
    root = Barnearket(LaunchOptions(server=argv[1]), dialogs=Dialogs(headless=True),
                      kdf_params=kdf.fast_params_for_tests(), persist_settings=False)
    probe = Probe(root, job)
    root.unlock.unlocked.connect(lambda _store: QTimer.singleShot(0, probe.opened))
    root.start()
    root.unlock.login.setText(str(job["login"]))
    root.unlock.passphrase.setText(str(job["password"]))
    root.unlock.unlock_button.click()
    QTimer.singleShot(GIVE_UP_MS, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
