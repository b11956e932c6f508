"""Loads the person's language into the running program: our catalogue, Qt's own, and the domain's texts.

Bokmål is the source language, so it needs only Qt's strings in bokmål (`qt_nb.qm`, ours: Qt ships
none). Nynorsk uses our `barnearket_nn.qm` and Qt's own `qtbase_nn.qm`; English uses
`barnearket_en.qm` and Qt's own English. Changing language rebuilds the workspace (`app.py`), whose
edits are autosaved first, so nothing typed is lost.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from barnearket.domain import language as lang
from barnearket.ui.icons import translations_dir

LOCALES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}


def qt_translations_dir() -> Path:
    """Where PySide6 keeps Qt's own translations."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def catalogue_files(code: str) -> list[Path]:
    """The .qm files for `code`, most specific first (ours before Qt's)."""
    ours = translations_dir()
    if code == "nb":
        return [ours / "qt_nb.qm"]
    return [ours / f"barnearket_{code}.qm", qt_translations_dir() / f"qtbase_{code}.qm"]


_installed: dict[str, list[QTranslator]] = {}
"""The translators in the application now, by language: like the application, one per process."""


class LanguageSwitch:
    """Swaps the application's translators when the language changes.

    Attributes:
        code: the language in use ("nb", "nn" or "en").
    """

    def __init__(self) -> None:
        self.code = lang.SOURCE

    @property
    def loaded(self) -> list[Path]:
        """The .qm files in use (for tests and the log)."""
        return [Path(t.filePath()) for translators in _installed.values() for t in translators]

    def apply(self, code: str) -> None:
        """Use `code` for every text from now on (an unknown code means bokmål)."""
        app = QCoreApplication.instance()
        self.code = code if code in lang.LANGUAGES else lang.SOURCE
        if app is not None and list(_installed) != [self.code]:
            for translator in (t for ts in _installed.values() for t in ts):
                app.removeTranslator(translator)
            _installed.clear()
            _installed[self.code] = [t for t in map(_load, catalogue_files(self.code)) if t is not None]
            for translator in _installed[self.code]:
                app.installTranslator(translator)
        QLocale.setDefault(QLocale(LOCALES[self.code]))
        lang.use(self.code)
        _forget_cached_texts()


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    return translator if path.is_file() and translator.load(str(path)) else None


def _forget_cached_texts() -> None:
    """Texts some models translate once and keep (thousands of cells) must be looked up again.

    Only a module already loaded can hold any (importing it here would slow the unlock window).
    """
    columns = sys.modules.get("barnearket.ui.coordinator.columns")
    if columns is not None:
        columns.forget_texts()
