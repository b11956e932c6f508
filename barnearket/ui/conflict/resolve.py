"""From a refused save to the person's choice: reads who changed the record and what it holds now,
shows both texts, and hands back the value to store next and the version it is now based on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.model import JsonValue
from barnearket.services.conflicts import ConflictReport, explain
from barnearket.ui.conflict.dialog import Choice, ConflictDialog
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

WHAT = {
    "sheet_answers": QT_TRANSLATE_NOOP("Conflict", "svaret"),
    "sheets": QT_TRANSLATE_NOOP("Conflict", "samtalen"),
    "concerns": QT_TRANSLATE_NOOP("Conflict", "bekymringen"),
    "actions": QT_TRANSLATE_NOOP("Conflict", "tiltaket"),
    "observations": QT_TRANSLATE_NOOP("Conflict", "observasjonen"),
    "consultations": QT_TRANSLATE_NOOP("Conflict", "drøftingen"),
    "parent_conversations": QT_TRANSLATE_NOOP("Conflict", "samtalen med forelderen"),
    "decisions": QT_TRANSLATE_NOOP("Conflict", "beslutningen"),
    "evaluations": QT_TRANSLATE_NOOP("Conflict", "evalueringen"),
    "cases": QT_TRANSLATE_NOOP("Conflict", "saken"),
    "children": QT_TRANSLATE_NOOP("Conflict", "opplysningene om barnet"),
    "reports": QT_TRANSLATE_NOOP("Conflict", "meldingen"),
}
"""How the dialog names what was changed (anything else is «dette»)."""


@dataclass(frozen=True)
class Resolution:
    """What to store next: `value` (None: nothing, the stored one stands) based on version `base`."""

    choice: Choice
    value: JsonValue
    base: int


Shown = Callable[[JsonValue], str]
"""Turns a value into the text the dialog shows (an option's label, a level's name...)."""


def ask(parent: QWidget, ctx: UiContext, conflict: EditConflictError, mine: JsonValue, *,
        field: str, text: bool, shown: Shown | None = None,
        done: Callable[[Resolution], None]) -> ConflictDialog:
    """Open the choice (window-modal, not blocking) and call `done` once the person has chosen.

    `field` names the stored value in the report's `theirs` (an answer's «value», a concern's «level»);
    `text`: the value is free text, so «both» is offered.
    """
    with ctx.reading() as sctx:
        report = explain(sctx, conflict)
    theirs = report.theirs.get(field)
    show = shown or plain
    is_text = text and isinstance(mine, str) and (theirs is None or isinstance(theirs, str))
    dialog = ConflictDialog(parent, what=qtr("Conflict", WHAT.get(report.table, QT_TRANSLATE_NOOP(
        "Conflict", "dette"))), who=report.who, when=when(report), mine=show(mine), theirs=show(theirs),
                            text=is_text)

    def chosen(choice: str) -> None:
        picked = Choice(choice)
        value = {Choice.MINE: mine, Choice.THEIRS: theirs,
                 Choice.BOTH: both(str(theirs or ""), str(mine or ""), report)}[picked]
        done(Resolution(picked, value, report.current))

    dialog.chosen.connect(chosen)
    dialog.open()
    return dialog


def plain(value: JsonValue) -> str:
    """A value as the dialog shows it when nothing better is known."""
    if value is None:
        return qtr("Conflict", "(tomt)")
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)


def when(report: ConflictReport) -> str:
    """«06.12.2026 kl. 10.40» in local time, or «nettopp» when the time is not known."""
    if report.at is None:
        return qtr("Conflict", "nettopp")
    local = report.at.astimezone()  # the machine's own time zone
    return qtr("Conflict", "%1 kl. %2").replace("%1", local.strftime("%d.%m.%Y")).replace(
        "%2", local.strftime("%H.%M"))


def short_when(report: ConflictReport) -> str:
    """«06.12 kl. 10.40» in local time (the day and month beside a value), or «nettopp»."""
    if report.at is None:
        return qtr("Conflict", "nettopp")
    local = report.at.astimezone()
    return qtr("Conflict", "%1 kl. %2").replace("%1", local.strftime("%d.%m")).replace(
        "%2", local.strftime("%H.%M"))


def both(theirs: str, mine: str, report: ConflictReport) -> str:
    """The stored text first, then one's own, marked so a reader sees two people wrote at once."""
    mark = qtr("Conflict", "[Skrevet samtidig med endringen over (%1, %2):]").replace(
        "%1", report.who or qtr("Conflict", "en annen bruker")).replace("%2", when(report))
    return f"{theirs.rstrip()}\n\n{mark}\n{mine.strip()}" if theirs.strip() else mine
