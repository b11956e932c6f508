"""Required questions of a conversation sheet that are still unanswered (information, not a block)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from barnearket.domain.forms import Sheet as SheetForm
from barnearket.domain.forms import sheet_missing
from barnearket.domain.model.sheet import JsonValue, Sheet
from barnearket.domain.rules.notes import Note, info


def sheet_notes(form: SheetForm, sheet: Sheet, child_ids: Sequence[int],
                shared: Mapping[str, JsonValue] | None = None, unborn: Collection[int] = ()) -> list[Note]:
    """One note per required, visible question left unanswered; `ref` is "question" or "question:child".

    `shared` adds answers recorded elsewhere (such as the case's gate answer) under their question ids.
    """
    answers = {**(shared or {}), **sheet.answers_for(None)}
    per_child = [sheet.answers_for(child) for child in child_ids]
    notes = []
    for missing in sheet_missing(form, answers, per_child, [c in unborn for c in child_ids]):
        ref = missing.question.id
        if missing.child is not None:
            ref = f"{ref}:{child_ids[missing.child]}"
        notes.append(info("answer_missing", "Ikke besvart: {label}", ref, label=missing.question.label))
    return notes
