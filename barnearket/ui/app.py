"""Starts the desktop program: command line, QApplication, locale and style (languages: `language.py`)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from barnearket.storage.location import looks_like_server
from barnearket.ui.focusstyle import install_focus_style
from barnearket.ui.icons import app_icon

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
    """The QApplication with high-DPI scaling, Fusion style, Norwegian locale and the app icon."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    # Fusion as an argument: setStyle() would hand a QStyle back to Python, and wrapping it builds
    # QStyle's enums (~7 ms) before the unlock window can show.
    app = QApplication([sys.argv[0] if sys.argv else "barnearket", "-style", "Fusion", *argv])
    app.setApplicationName("Barnearket")
    app.setOrganizationName("Barnearket")
    app.setDesktopFileName("barnearket")
    install_focus_style(app)  # Fusion with a focus outline that can be seen
    QLocale.setDefault(NORWEGIAN)
    app.setWindowIcon(app_icon())
    return app


def quit_when_unlock_shows(app: QApplication, root: Barnearket) -> None:
    """For packaging smoke tests and the start-up benchmark: report the unlock window's first paint, quit."""
    from barnearket.ui.warmup import FirstPaint

    def shown() -> None:
        print("Opplåsingsvinduet vises.", flush=True)
        app.quit()

    FirstPaint(root.unlock, shown)
    QTimer.singleShot(60_000, lambda: app.exit(3))


def main(argv: Sequence[str]) -> int:
    """Run the program until its last window closes; returns the exit code."""
    from barnearket.app import Barnearket

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("barnearket").setLevel(logging.INFO)
    options = parse_args(argv)
    app = make_application(argv)
    root = Barnearket(options)
    if options.smoke_test:
        quit_when_unlock_shows(app, root)
    root.start()
    code = app.exec()
    root.shutdown()
    return int(code)
