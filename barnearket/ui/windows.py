"""The program's windows, found through the objects that own them (never Qt's list of every widget)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtWidgets import QWidget

OwnedWindows = Callable[[], Sequence[QWidget]]
"""Asked when needed: the windows the composition root owns now (the workspace, the unlock window,
the acute-danger dialog), whichever exist."""


def windows_under(owners: Iterable[QWidget | None]) -> list[QWidget]:
    """Each owner and every window parented under it (its dialogs and editors), in tree order."""
    found: list[QWidget] = []
    for owner in owners:
        if owner is None or owner in found:
            continue
        found.append(owner)
        found.extend(w for w in owner.findChildren(QWidget) if w.isWindow() and w not in found)
    return found


def shown_windows(owners: Iterable[QWidget | None]) -> list[QWidget]:
    """The windows under the owners that are on the screen now."""
    return [w for w in windows_under(owners) if w.isVisible()]
