"""The choice after a refused save of a whole form (the case, a child, a report): the fields where
the person's form and the stored record now differ, each with its label, side by side, keep mine /
use the stored one."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from barnearket.domain.conflicts import EditConflictError
from barnearket.services.conflicts import explain
from barnearket.ui.conflict.dialog import Choice
from barnearket.ui.conflict.fieldsdialog import FieldConflictDialog, FieldRow
from barnearket.ui.conflict.resolve import WHAT, Resolution, short_when
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

Fields = Mapping[str, str]
"""A form as the person reads it: each field's label and the value shown."""
LONG = 80
"""A value longer than this (or of several lines) gets a text box of its own height."""


def ask_fields(parent: QWidget, ctx: UiContext, conflict: EditConflictError, mine: Fields, theirs: Fields,
               *, done: Callable[[Resolution], None]) -> FieldConflictDialog:
    """Open the choice (window-modal) over the fields that differ; `done` gets the choice and the
    version a new save is to be based on (no «both»: a form is kept whole or not at all)."""
    with ctx.reading() as sctx:
        report = explain(sctx, conflict)
    what = qtr("Conflict", WHAT.get(report.table, QT_TRANSLATE_NOOP("Conflict", "dette")))
    dialog = FieldConflictDialog(parent, what=what, who=report.who, when=short_when(report),
                                 rows=differing(mine, theirs), offer_both=False)
    dialog.chosen.connect(lambda choice: done(Resolution(Choice(choice), None, report.current)))
    dialog.open()
    return dialog


def differing(mine: Fields, theirs: Fields) -> list[FieldRow]:
    """The fields that differ (every field if none does), each as the person reads it."""
    labels = [k for k in mine if mine.get(k) != theirs.get(k)] or list(mine)
    empty = qtr("Conflict", "(tomt)")

    def row(label: str) -> FieldRow:
        left, right = mine.get(label) or empty, theirs.get(label) or empty
        long = any("\n" in v or len(v) > LONG for v in (left, right))
        return FieldRow(label.rstrip(":").strip(), left, right, long)

    return [row(label) for label in labels]
