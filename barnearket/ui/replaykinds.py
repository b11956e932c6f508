"""How the local journal's replay stores each kind of kept edit, and how a refusal of it is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from barnearket.domain.model import JsonValue
from barnearket.services.appendonce import stored_once
from barnearket.services.conflicts import version
from barnearket.services.keptwork import (
    CLOSE,
    CONCERN,
    CONSENT,
    CORRECTION,
    ENTRY,
    REOPEN,
    REPORT,
    SHEET,
    WITHDRAW,
    Pending,
)
from barnearket.ui.conflict.resolve import Shown

if TYPE_CHECKING:
    from barnearket.services.context import ServiceContext
    from barnearket.ui.context import UiContext


@dataclass(frozen=True)
class Refusal:
    """How a conflict dialog shows a kept edit: the stored field, free text or not, how values read."""

    field: str
    text: bool
    shown: Shown | None = None
    same: Callable[[Any], bool] | None = None
    """Whether a stored value is the kept one (the edit reached the server before the connection broke)."""


def write(ctx: UiContext, sctx: ServiceContext, entry: Pending) -> int:
    """Store the kept value, based on the version it was typed on; returns the record's new version.

    Raises:
        EditConflictError: a newer version was stored meanwhile. DomainError: refused for another reason.
    """
    if entry.kind == SHEET:
        from barnearket.ui.sheet.saving import write_one

        return write_one(sctx, entry.record_id, (entry.field, entry.child_id), entry.value, entry.base)
    if entry.kind == CONCERN:
        from barnearket.ui.concern.fieldwrites import field_write
        from barnearket.ui.concern.levels import Scales

        call = field_write(Scales(ctx.library), entry.record_id, entry.field, entry.value)
        if call is not None:
            call(sctx, entry.base)
        return version(sctx, "concerns", entry.record_id)
    return _saved(sctx, entry)


def _saved(sctx: ServiceContext, entry: Pending) -> int:
    """The kinds stored with «Lagre»: one record each, so no other kept field needs the new version."""
    if entry.kind == ENTRY:
        from barnearket.ui.concern.keptentries import ADD, step_of

        value, step = entry.value, step_of(entry)
        assert isinstance(value, dict)
        stored_once(sctx, entry, lambda c: ADD[step](c, entry.record_id, value))
        return 0
    if entry.kind == CORRECTION:
        from barnearket.ui.edit.entries import replay

        replay(sctx, entry)
        return 0
    if entry.kind in (CLOSE, REOPEN, CONSENT, WITHDRAW):
        from barnearket.ui.concern import keptclosing

        stored_once(sctx, entry, lambda c: keptclosing.replay(c, entry))
        return 0
    if entry.kind == REPORT:
        from barnearket.services.keptwork import content_of
        from barnearket.services.reports import update_report

        assert isinstance(entry.value, dict)
        content, recipient = content_of(entry.value["mine"])
        update_report(sctx, entry.record_id, content, recipient, base=entry.base)
        return 0
    raise ValueError(f"unknown kind of kept edit: {entry.kind}")


def case_of(ctx: UiContext, entry: Pending) -> int | None:
    """The case the kept edit belongs to (shown behind the conflict dialog, so the person sees where)."""
    from barnearket.services.owners import case_of as owner

    if entry.kind not in (SHEET, CONCERN):
        from barnearket.services.keptcases import case_id

        with ctx.reading() as sctx:
            return case_id(sctx, entry.kind, entry.field.split(":", 1)[0], entry.record_id)
    with ctx.reading() as sctx:
        return owner(sctx, "sheets" if entry.kind == SHEET else "concerns", entry.record_id)


def refusal(ctx: UiContext, entry: Pending) -> Refusal | None:
    """How to show a newer version met by this entry; None: a field the dialog cannot offer (held)."""
    if entry.kind == SHEET:
        field = "quick_notes" if entry.field == "__quick_notes__" else "value"
        return Refusal(field, isinstance(entry.value, str), same=lambda theirs: theirs == entry.value)
    if entry.kind == CONCERN:
        return _concern(ctx, entry)
    if entry.kind == CORRECTION:
        from barnearket.ui.edit.entries import MAIN_TEXT, kept_text

        return Refusal(MAIN_TEXT[entry.field][1], True, same=lambda theirs: theirs == kept_text(entry))
    return None


def mine(entry: Pending) -> JsonValue:
    """What the conflict dialog shows as the person's own (a correction: its main free text)."""
    if entry.kind == CORRECTION:
        from barnearket.ui.edit.entries import kept_text

        return kept_text(entry)
    return entry.value


def chosen(entry: Pending, value: JsonValue) -> JsonValue:
    """The kept value after the person's choice in the conflict dialog."""
    if entry.kind == CORRECTION:
        from barnearket.ui.edit.entries import with_text

        return with_text(entry, value)
    return value


def _concern(ctx: UiContext, entry: Pending) -> Refusal | None:
    from barnearket.ui.concern.fieldwrites import FIELDS, LEVELS, as_level
    from barnearket.ui.concern.levels import Scales

    if entry.field not in FIELDS:
        return None
    scales, scale = Scales(ctx.library), LEVELS.get(entry.field)
    if scale is not None:
        return Refusal(FIELDS[entry.field], False, lambda v: scales.label(scale, as_level(scales, scale, v)),
                       lambda theirs: theirs == as_level(scales, scale, entry.value))
    return Refusal(FIELDS[entry.field], entry.field == "first_description",
                   same=lambda theirs: _plain(theirs) == _plain(entry.value))


def _plain(value: object) -> object:
    """A concern's field as the form holds it (a date as text; no text is empty text)."""
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value
