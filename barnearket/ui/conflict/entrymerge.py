"""A step entry's answers merged three ways after a refused correction: what only the person changed
stays hers, what only the colleague changed is taken, and only a field both changed is asked about.

A correction adds a dated note («[Rettet …]») under the entry's main text, so a colleague who changed
only the date has still changed that text; such a note alone counts as no change of the text, and it
is kept under the person's own words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from barnearket.domain.model import JsonValue

Answers = Mapping[str, JsonValue]
TRAIL_OPENING = "[Rettet "
"""How the note a correction leaves under the main text begins (`services.corrections.trail_opening`)."""


@dataclass(frozen=True)
class Merged:
    """The answers to put in the form, and the fields that need the person's choice.

    Attributes:
        values: every field: hers where only she changed it (and where both did), the stored one where
            only the colleague did.
        overlap: the fields both changed to different values, in form order.
        taken: the fields taken from the stored version without asking, in form order (a correction
            note alone is not named).
    """

    values: dict[str, JsonValue]
    overlap: list[str]
    taken: list[str]


def empty(value: JsonValue) -> JsonValue:
    """An unanswered field the same however it is written (None, "" or an empty list)."""
    return None if value in (None, "", []) else value


def merge(original: Answers, mine: Answers, theirs: Answers, *, text_key: str | None = None) -> Merged:
    """Merge field by field; `text_key` names the main text that carries correction notes."""
    keys = list(dict.fromkeys([*original, *mine, *theirs]))
    values: dict[str, JsonValue] = {}
    overlap: list[str] = []
    taken: list[str] = []
    for key in keys:
        o, m, t = (empty(a.get(key)) for a in (original, mine, theirs))
        note = added_note(o, t) if key == text_key else None
        if m == o:
            values[key] = t
            if t != o and note is None:
                taken.append(key)
        elif t in (o, m):
            values[key] = m
        elif note is not None:
            values[key] = f"{str(m or '').rstrip()}\n\n{note}".strip()
        else:
            values[key] = m
            overlap.append(key)
    return Merged(values, overlap, taken)


def added_note(original: JsonValue, theirs: JsonValue) -> str | None:
    """The correction note the stored text has below the original, when that is all that changed."""
    if not isinstance(theirs, str):
        return None
    before = str(original or "").rstrip()
    if not theirs.startswith(before):
        return None
    rest = theirs[len(before):].strip()
    return rest if rest.startswith(TRAIL_OPENING) else None
