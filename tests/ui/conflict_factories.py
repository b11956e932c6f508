"""The conflict dialog for the dialog walks, reached through a real refused save on the scene's file:
the scene's action corrected on the version it was read at, after someone else corrected it first;
merged into `dialog_factories.FACTORIES`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.model import ActionStatus
from barnearket.services.corrections import update_action
from barnearket.storage.mapping import load_concern
from barnearket.ui.conflict.fields import ask_fields
from barnearket.ui.conflict.resolve import ask

if TYPE_CHECKING:
    from tests.ui.dialog_factories import Scene


def _refused(scene: Scene) -> tuple[EditConflictError, str]:
    """The scene's action corrected twice on the version it was read at: the refusal and the text."""
    ctx = scene.root.ctx
    with ctx.reading() as sctx:
        seen = load_concern(sctx.session, scene.concern_id).actions[0]
    for measure in ("Samtale med mor hver fjortende dag", "Samtale med mor og far"):
        try:
            with ctx.unit_of_work() as sctx:
                update_action(sctx, seen.id, measure, responsible="", deadline=None, evaluate_on=None,
                              status=ActionStatus.ONGOING, base=seen.row_version)
        except EditConflictError as conflict:
            return conflict, measure
    raise AssertionError("the second correction was not refused")


def _conflict(scene: Scene) -> QDialog:
    conflict, measure = _refused(scene)
    assert scene.root.main is not None
    return ask(scene.root.main, scene.root.ctx, conflict, measure, field="measure", text=True,
               done=lambda _: None)


def _fields(scene: Scene) -> QDialog:
    """The field-by-field choice, as the case, child and report editors open it."""
    conflict, _ = _refused(scene)
    assert scene.root.main is not None
    return ask_fields(scene.root.main, scene.root.ctx, conflict, {"Telefon": "222 22 222"},
                      {"Telefon": "111 11 111"}, done=lambda _: None)


CONFLICT_FACTORIES = {"ConflictDialog": _conflict, "FieldConflictDialog": _fields}
