"""The choice after a refused save of a whole form (the case, a child, a report): the fields where
the person's form and the stored record now differ, side by side, keep mine / use the stored one."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from barnearket.domain.conflicts import EditConflictError
from barnearket.services.conflicts import explain
from barnearket.ui.conflict.dialog import Choice, ConflictDialog
from barnearket.ui.conflict.resolve import WHAT, Resolution, when
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

Fields = Mapping[str, str]
"""A form as the person reads it: each field's label and the value shown."""


def ask_fields(parent: QWidget, ctx: UiContext, conflict: EditConflictError, mine: Fields, theirs: Fields,
               *, done: Callable[[Resolution], None]) -> ConflictDialog:
    """Open the choice (window-modal) over the fields that differ; `done` gets the choice and the
    version a new save is to be based on (no «both»: a form is kept whole or not at all)."""
    with ctx.reading() as sctx:
        report = explain(sctx, conflict)
    what = qtr("Conflict", WHAT.get(report.table, QT_TRANSLATE_NOOP("Conflict", "dette")))
    left, right = differing(mine, theirs)
    dialog = ConflictDialog(parent, what=what, who=report.who, when=when(report), mine=left, theirs=right,
                            text=False, form=True)
    dialog.chosen.connect(lambda choice: done(Resolution(Choice(choice), None, report.current)))
    dialog.open()
    return dialog


def differing(mine: Fields, theirs: Fields) -> tuple[str, str]:
    """«Label: value» lines of the fields that differ, mine and theirs (every field if none does)."""
    labels = [k for k in mine if mine.get(k) != theirs.get(k)] or list(mine)
    empty = qtr("Conflict", "(tomt)")

    def lines(values: Fields) -> str:
        return "\n".join(f"{label.rstrip(':')}: {values.get(label) or empty}" for label in labels)

    return lines(mine), lines(theirs)
