"""Sets a widget's enum property by its key's name, for what is built before the unlock window shows.

The first use of PySide6's `Qt` namespace builds its ~95 Python enums at once (~15 ms of start-up).
The code that runs before the unlock window has painted leaves it alone: a property is set by the
name of its enum key through Qt's property system (`set_named(label, "textInteractionFlags",
"TextSelectableByMouse")`), a role is given as its number. tests/ui/test_startup_imports.py checks it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

TOOLTIP_ROLE = 3
"""Qt.ItemDataRole.ToolTipRole."""


def set_named(widget: QObject, prop: str, key: str) -> None:
    """Set the enum or flag property `prop` to the key `key` (e.g. "StrongFocus"); ValueError if unknown."""
    if not widget.setProperty(prop, key):
        raise ValueError(f"{type(widget).__name__} has no property {prop} with a key {key}")
