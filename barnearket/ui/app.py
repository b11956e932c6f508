"""Starts the desktop program: command line, QApplication, locale and style (languages: `language.py`)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from barnearket.storage.location import looks_like_server
from barnearket.ui import warmup

if TYPE_CHECKING:
    from barnearket.app import Barnearket
    from barnearket.launchoptions import LaunchOptions

log = logging.getLogger("barnearket.ui")
NORWEGIAN = QLocale("nb_NO")


def parse_args(argv: Sequence[str]) -> LaunchOptions:
    """`barnearket [FIL] [--demo] [--home MAPPE] [--lang nb|nn|en]`."""
    from barnearket.launchoptions import LaunchOptions

    parser = argparse.ArgumentParser(prog="barnearket", description="Barnearket: barn som pårørende.")
    parser.add_argument("file", nargs="?", metavar="FIL",
                        help="saksfilen som skal åpnes, eller kommunens server (postgresql://…)")
    parser.add_argument("--demo", action="store_true", help="åpne demofilen med oppdiktede saker")
    parser.add_argument("--home", metavar="MAPPE", help="bruk denne mappen for data og innstillinger")
    parser.add_argument("--lang", choices=("nb", "nn", "en"),
                        help="språk denne gangen: nb (bokmål), nn (nynorsk) eller en (engelsk)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="avslutt så snart opplåsingsvinduet vises (for installasjonstester)")
    args, _qt_args = parser.parse_known_args(list(argv))
    server = args.file if args.file and looks_like_server(args.file) else None
    return LaunchOptions(file=Path(args.file) if args.file and not server else None, server=server,
                         demo=bool(args.demo), home=args.home, smoke_test=bool(args.smoke_test),
                         language=args.lang)


def make_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with Fusion style and Norwegian locale (fractional scaling is Qt 6's default).

    The focus outline and the window icon come after the first paint (`dress`).
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fusion as an argument: setStyle() would hand a QStyle back to Python, and wrapping it builds
    # QStyle's enums (~7 ms) before the unlock window can show.
    app = QApplication([sys.argv[0] if sys.argv else "barnearket", "-style", "Fusion", *argv])
    app.setApplicationName("Barnearket")
    app.setOrganizationName("Barnearket")
    app.setDesktopFileName("barnearket")
    QLocale.setDefault(NORWEGIAN)
    return app


def dress(app: QApplication) -> None:
    """The focus outline a keyboard user can see, and the window icon.

    Run once the unlock window has painted: the proxy style's Python methods would otherwise be
    called for every part of the first paint, and both pull in Qt enum namespaces (~10 ms) first.
    """
    from barnearket.ui.collector import collect_on_gui_thread
    from barnearket.ui.focusstyle import install_focus_style
    from barnearket.ui.icons import app_icon

    collect_on_gui_thread(app)  # before any worker thread reads: garbage is freed on this thread only

    install_focus_style(app)  # Fusion with a focus outline that can be seen
    app.setWindowIcon(app_icon())


def quit_when_unlock_shows(app: QApplication, root: Barnearket) -> None:
    """For packaging smoke tests and the start-up benchmark: report the unlock window's first paint, quit."""

    def shown() -> None:
        print("Opplåsingsvinduet vises.", flush=True)
        warmup.ensure_loaded()  # what lies behind the passphrase must load too (a bundle may lack it)
        app.quit()

    warmup.FirstPaint(root.unlock, shown)
    QTimer.singleShot(60_000, lambda: app.exit(3))


def main(argv: Sequence[str]) -> int:
    """Run the program until its last window closes; returns the exit code."""
    from barnearket.app import Barnearket

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("barnearket").setLevel(logging.INFO)
    options = parse_args(argv)
    app = make_application(argv)
    root = Barnearket(options)
    # After the first paint the filter installed last acts first, and the program's own work waits a
    # turn more (`Barnearket.start`): the smoke test's report, then `dress`, then the loading.
    warmup.FirstPaint(root.unlock, lambda: dress(app))
    if options.smoke_test:
        quit_when_unlock_shows(app, root)
    root.start()
    code = app.exec()
    root.shutdown()
    return int(code)
