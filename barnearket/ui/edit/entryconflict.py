"""A correction of a step entry or action refused because someone else corrected it first: every field
is compared with the stored entry, what only one of them changed is merged without asking, and only
the fields both changed are shown side by side for the person to choose."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QWidget

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.forms import QuestionType
from barnearket.domain.model import JsonValue
from barnearket.domain.rules.entries import entry_answers
from barnearket.services.conflicts import ConflictReport, explain
from barnearket.services.storedentry import stored_entry
from barnearket.ui.conflict.dialog import Choice
from barnearket.ui.conflict.entrymerge import empty, merge
from barnearket.ui.conflict.fieldsdialog import FieldConflictDialog, FieldRow
from barnearket.ui.conflict.resolve import WHAT, both, short_when
from barnearket.ui.edit.common import select_data
from barnearket.ui.formwidgets import SectionForm
from barnearket.ui.formwidgets.display import describe
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

SERVICE_KEY = "_service_id"
"""The action's service (a box beside the form), merged as one more field."""
TEXTS = (QuestionType.TEXT, QuestionType.LONG_TEXT)
Settled = Callable[[bool, int], None]
"""Called once merged and chosen: whether anything of the person's is left to store, and the version
the next save is based on."""


class EntryMerge:
    """Remembers what the correction form was filled with, to merge it with a newer stored entry.

    Attributes:
        original: the answers the form was filled with (or last merged onto).
    """

    def __init__(self, form: SectionForm, service: QComboBox | None, text_key: str) -> None:
        self._form, self._service, self._text_key = form, service, text_key
        self.original = self.values()

    def values(self) -> dict[str, JsonValue]:
        """The form's answers (and the action's service), empty answers left out."""
        found = dict(self._form.answers())
        if self._service is not None:
            found[SERVICE_KEY] = self._service.currentData()
        return {k: v for k, v in found.items() if empty(v) is not None}

    def show(self, values: dict[str, JsonValue]) -> None:
        """Fill the form (and the service box) with `values`."""
        self._form.set_answers({k: v for k, v in values.items() if k != SERVICE_KEY})
        if self._service is not None:
            select_data(self._service, values.get(SERVICE_KEY) or "")

    def ask(self, parent: QWidget, ctx: UiContext, conflict: EditConflictError, *,
            done: Settled) -> FieldConflictDialog | None:
        """Merge with the entry as stored now; open the choice if a field was changed by both (else
        `done` is called at once). Whatever the person typed stays in the form until she chooses."""
        with ctx.reading() as sctx:
            report = explain(sctx, conflict)
            record = stored_entry(sctx, conflict.table, conflict.row_id)
        mine = self.values()
        theirs = self._theirs(record) if record is not None else dict(self.original)
        merged = merge(self.original, mine, theirs, text_key=self._text_key)
        self.show(merged.values)
        self.original = theirs
        if not merged.overlap:
            done(self.values() != theirs, report.current)
            return None
        rows = [FieldRow(self._label(k), self._shown(k, mine.get(k)), self._shown(k, theirs.get(k)),
                         self._is_text(k)) for k in merged.overlap]
        what = qtr("Conflict", WHAT.get(report.table, QT_TRANSLATE_NOOP("Conflict", "dette")))
        dialog = FieldConflictDialog(parent, what=what, who=report.who, when=short_when(report), rows=rows,
                                     taken=[self._label(k) for k in merged.taken])

        def chosen(choice: str) -> None:
            self._settle(Choice(choice), merged.overlap, mine, theirs, report)
            done(self.values() != theirs, report.current)

        dialog.chosen.connect(chosen)
        dialog.open()
        return dialog

    def _theirs(self, record: object) -> dict[str, JsonValue]:
        """The stored entry as this form reads it (filled in and read back, then the form restored)."""
        shown = self.values()
        stored = dict(entry_answers(record))
        stored[SERVICE_KEY] = getattr(record, "service_id", None) or ""
        self.show(stored)
        theirs = self.values()
        self.show(shown)
        return theirs

    def _settle(self, choice: Choice, overlap: list[str], mine: dict[str, JsonValue],
                theirs: dict[str, JsonValue], report: ConflictReport) -> None:
        values = self.values()
        for key in overlap:
            if choice is Choice.THEIRS:
                values[key] = theirs.get(key)
            elif choice is Choice.BOTH and self._is_text(key):
                values[key] = both(str(theirs.get(key) or ""), str(mine.get(key) or ""), report)
        self.show(values)

    def _label(self, key: str) -> str:
        if key == SERVICE_KEY:
            return qtr("CorrectionDialog", "Tjeneste som har tiltaket")
        return self._form.widget(key).question.label.rstrip(":").strip()

    def _is_text(self, key: str) -> bool:
        return key != SERVICE_KEY and self._form.widget(key).question.type in TEXTS

    def _shown(self, key: str, value: JsonValue) -> str:
        """The value as the person reads it: labels for choices, dd.mm.åååå, one list item a line."""
        if key == SERVICE_KEY:
            box = self._service
            index = box.findData(value or "") if box is not None else -1
            return box.itemText(index) if box is not None and index >= 0 else str(value or "")
        widget = self._form.widget(key)
        options = widget.editor.options
        if isinstance(value, list) and value:
            labels = {o.id: o.label for o in options}
            return "\n".join(f"• {labels.get(str(v), str(v))}" for v in value)
        return describe(widget.question, value, options)

