"""Takes the shell's screenshots in a real window on the demo file (run under Xvfb, see below).

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        python docs/screenshots/make_screenshots.py

Everything shown is fictional demo data; the recovery key belongs to a throw-away file.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from barnearket.app import Barnearket, LaunchOptions
from barnearket.storage import kdf
from barnearket.ui.app import make_application
from barnearket.ui.seams import Dialogs

OUT = Path(__file__).resolve().parent


def wait(condition: Callable[[], bool], seconds: float = 60) -> None:
    """Run the event loop until `condition` holds."""
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(widget: QWidget) -> None:
    """Let the window be laid out and painted."""
    widget.raise_()
    widget.activateWindow()
    for _ in range(30):
        QApplication.processEvents()
        time.sleep(0.01)


def shoot(widget: QWidget, name: str) -> None:
    """Save a PNG of the widget's window."""
    settle(widget)
    widget.window().grab().save(str(OUT / name))
    print("wrote", name)


def demo_shots(home: Path) -> None:
    """Unlock window, main window, acute-danger dialog and lock screen on the demo file."""
    root = Barnearket(LaunchOptions(demo=True, home=str(home)), dialogs=Dialogs(headless=True))
    root.start()
    wait(lambda: "oppdiktet" in root.unlock.hint.text(), 600)
    root.unlock.move(373, 120)
    shoot(root.unlock, "01-laas-opp.png")
    root.unlock.passphrase.setText("demo")
    root.unlock.unlock()
    wait(lambda: root.main is not None and root.main.isVisible())
    main = root.main
    assert main is not None
    main.setGeometry(0, 0, 1366, 740)
    if main.browser.proxy.rowCount():
        main.browser.table.selectRow(0)
    shoot(main, "03-hovedvindu.png")
    dialog = root.acute.show_dialog()
    dialog.move(400, 150)
    shoot(dialog, "05-akutt-fare.png")
    dialog.close()
    root.locker.lock()
    root.locker.screen.move(423, 200)
    shoot(root.locker.screen, "04-laast.png")
    root.shutdown()


def recovery_key_shot(home: Path) -> None:
    """The recovery key page of the new-file flow (a throw-away file)."""
    root = Barnearket(LaunchOptions(home=str(home)), dialogs=Dialogs(headless=True),
                      kdf_params=kdf.fast_params_for_tests())
    root.start()
    dialog = root.startup.new_file()
    dialog.full_name.setText("Ingrid Åsheim")
    dialog.login.setText("ingrid")
    dialog.passphrase.setText("tre ord som huskes")
    dialog.repeat.setText("tre ord som huskes")
    dialog.submit()
    wait(lambda: dialog.pages.currentWidget() is dialog.key_page)
    dialog.move(373, 100)
    shoot(dialog, "02-gjenopprettingsnokkel.png")
    root.shutdown()


def main() -> int:
    """Take every screenshot into docs/screenshots/."""
    app = make_application(sys.argv[1:])
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        demo_shots(Path(first))
        recovery_key_shot(Path(second))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
