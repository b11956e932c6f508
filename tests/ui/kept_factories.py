"""The list of unsaved work for the walks over every dialog (mnemonics, size on a laptop screen)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from tests.ui.dialog_factories import Scene


def _kept_list(scene: Scene) -> QDialog:
    from barnearket.ui.keptlist import KeptListDialog

    return KeptListDialog(scene.root.ctx, lambda: None, scene.root.main)


KEPT_FACTORIES: dict[str, Callable[[Scene], QDialog]] = {"KeptListDialog": _kept_list}
