"""Factories for the dialogs of the routine's practice (issue 20): the pregnancy path, the team
leader's view, the resource group and a person's functions; merged into `dialog_factories.FACTORIES`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from barnearket.domain.model import ChildDetails
from barnearket.services.children import add_child

if TYPE_CHECKING:
    from tests.ui.dialog_factories import Scene


def _pregnancy(scene: Scene) -> QDialog:
    from barnearket.ui.pregnancy import PregnancyDialog

    with scene.root.ctx.unit_of_work() as sctx:
        child_id = add_child(sctx, scene.case_id, ChildDetails(
            name="Ufødt", unborn=True, due_date=sctx.clock.today()))
    return PregnancyDialog(scene.root.ctx, child_id, scene.root.main)


PRACTICE_FACTORIES: dict[str, Callable[[Scene], QDialog]] = {
    "PregnancyDialog": _pregnancy,
}
