"""Spares every import after PySide6 a read of its source code (~10 ms before the unlock window).

PySide6 lets a module switch on `from __feature__ import snake_case, true_property`. To learn which
modules might, it reads the whole source of every module imported after PySide6 and searches it for
the word PySide6. Barnearket uses no such feature, and a PyInstaller bundle (no sources) already
answers "no" for every module, so the program answers the same way without reading the files.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _never(_module: ModuleType) -> bool:
    return False


def skip_feature_scan() -> bool:
    """Answer "uses no feature" for modules imported from now on; False if PySide6 has no such scan."""
    import PySide6  # noqa: F401  (sets up the feature machinery)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _never)  # noqa: B010  (a private name the stubs do not know)
    return True
