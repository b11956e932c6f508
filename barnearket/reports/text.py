"""Norwegian formatting of dates, answers and free text for documents, in one place."""

from __future__ import annotations

from datetime import date, datetime
from xml.sax.saxutils import escape

from barnearket.domain.language import t

EMPTY = "–"
"""Shown where a value is not recorded."""


def fmt_date(day: date | None) -> str:
    """dd.mm.åååå, or a dash when unknown."""
    return day.strftime("%d.%m.%Y") if day else EMPTY


def fmt_datetime(moment: datetime | None) -> str:
    """dd.mm.åååå hh:mm in local time, or a dash when unknown."""
    if moment is None:
        return EMPTY
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%d.%m.%Y %H:%M")


def yes_no(value: bool | None) -> str:
    """Ja, Nei, or «Ikke registrert»."""
    if value is None:
        return t("Ikke registrert")
    return t("Ja") if value else t("Nei")


def or_dash(text: str | None) -> str:
    """The text, or a dash when it is empty."""
    return text.strip() if text and text.strip() else EMPTY


def markup(text: str) -> str:
    """Plain text as reportlab paragraph markup: escaped, line breaks kept, tabs as spaces."""
    escaped = escape(text.replace("\t", "    "))
    return escaped.replace("\n", "<br/>")


def joined(items: list[str] | tuple[str, ...], sep: str = ", ") -> str:
    """Non-empty items joined, or a dash."""
    kept = [i.strip() for i in items if i and i.strip()]
    return sep.join(kept) if kept else EMPTY
