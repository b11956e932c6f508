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


def _team_leader(scene: Scene) -> QDialog:
    from barnearket.ui.teamleader import TeamLeaderDialog

    return TeamLeaderDialog(scene.root.ctx, lambda _case: None, scene.root.main)


def _resource_group(scene: Scene) -> QDialog:
    from barnearket.ui.resourcegroup import ResourceGroupDialog

    return ResourceGroupDialog(scene.root.ctx, scene.root.main)


def _meeting(scene: Scene) -> QDialog:
    from barnearket.ui.resourcegroup import MeetingDialog

    return MeetingDialog(scene.root.ctx, scene.root.main)


def _functions(scene: Scene) -> QDialog:
    from barnearket.services.staff import list_staff
    from barnearket.ui.admin.functions import FunctionsDialog

    with scene.root.ctx.reading() as sctx:
        member = list_staff(sctx)[0]
    return FunctionsDialog(scene.root.ctx, member, scene.root.main)


PRACTICE_FACTORIES: dict[str, Callable[[Scene], QDialog]] = {
    "PregnancyDialog": _pregnancy,
    "TeamLeaderDialog": _team_leader,
    "ResourceGroupDialog": _resource_group,
    "MeetingDialog": _meeting,
    "FunctionsDialog": _functions,
}
