"""Qt's file dialog opens and closes with the program's naming filter and focus style installed.

With the filter reading the dialog's own widgets, PySide 6.12 crashed the whole program as the dialog
opened (backup, restore, saving a recovery key or a document). The dialog runs in a fresh process, so a
crash fails this test instead of ending the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

OPEN_AND_CLOSE = """\
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from barnearket.ui import accessibility
from barnearket.ui.focusstyle import install_focus_style
from barnearket.ui.qtcompat import keep_singletons_alive

keep_singletons_alive()
app = QApplication([])
style = install_focus_style(app)
names = accessibility.install(app, [])
window = QWidget()
window.show()
closed = []

def close_open_dialogs():
    for widget in app.topLevelWidgets():
        if isinstance(widget, QFileDialog) and widget.isVisible():
            closed.append(widget.windowTitle())
            widget.reject()

timer = QTimer()
timer.timeout.connect(close_open_dialogs)
timer.start(200)
QFileDialog.getSaveFileName(window, "Sikkerhetskopi", "/tmp/kopi.barnearket", "Saksfiler (*.barnearket)")
QFileDialog.getOpenFileName(window, "Velg sikkerhetskopien", "", "Saksfiler (*.barnearket)")
print("closed:", ",".join(closed))
"""


def test_the_file_dialogs_open_and_close_with_the_naming_filter() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", OPEN_AND_CLOSE], env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "closed: Sikkerhetskopi,Velg sikkerhetskopien" in done.stdout
