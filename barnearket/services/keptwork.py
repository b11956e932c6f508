"""The windows' way to the encrypted local journal of typing the server has not taken yet (never storage).

The journal itself lives on the server store (`storage/localjournal.py`); this module hands it to the
windows, turns a report's content into what the journal keeps and back, and names the case each kept
entry belongs to for the list of unsaved work (kind, case number, when: never the content).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING

from barnearket.domain.model import JsonValue, ReportContent, ReportRecipient, ReportSection
from barnearket.storage.localjournal import (
    CLOSE,
    CONCERN,
    CONSENT,
    CORRECTION,
    ENTRY,
    REOPEN,
    REPORT,
    SHEET,
    WITHDRAW,
    Key,
    LocalJournal,
    Pending,
)

if TYPE_CHECKING:
    from barnearket.services.context import ServiceContext

__all__ = [
    "CLOSE",
    "CONCERN",
    "CONSENT",
    "CORRECTION",
    "ENTRY",
    "REOPEN",
    "REPORT",
    "SHEET",
    "WITHDRAW",
    "KeptItem",
    "Key",
    "LocalJournal",
    "Pending",
    "content_of",
    "described",
    "journal_of",
    "report_value",
]


def journal_of(store: object) -> LocalJournal | None:
    """The open server store's journal (a case file has none: it is on this machine already)."""
    journal = getattr(store, "journal", None)
    return journal if isinstance(journal, LocalJournal) else None


def report_value(content: ReportContent, recipient: ReportRecipient) -> dict[str, JsonValue]:
    """A report's content as the journal keeps it (JSON, sections by their stable value)."""
    plain = asdict(content)
    plain["sections"] = {str(section): text for section, text in content.sections.items()}
    return {"content": plain, "recipient": str(recipient)}


def content_of(value: JsonValue) -> tuple[ReportContent, ReportRecipient]:
    """The report content and recipient kept by `report_value`."""
    assert isinstance(value, dict)
    plain = value["content"]
    assert isinstance(plain, dict)
    known = {f.name for f in fields(ReportContent)}
    sections = plain.get("sections")
    kept = {k: v for k, v in plain.items() if k in known and k != "sections"}
    content = ReportContent(sections={ReportSection(str(k)): str(v) for k, v in (sections or {}).items()}
                            if isinstance(sections, dict) else {}, **kept)  # type: ignore[arg-type]
    return content, ReportRecipient(str(value["recipient"]))


@dataclass(frozen=True)
class KeptItem:
    """One line of the list of unsaved work: what sort, which case (None: not known now), when typed."""

    key: Key
    kind: str
    step: str
    case_number: str | None
    typed_at: str
    held: bool


def described(ctx: ServiceContext | None, entries: list[Pending]) -> list[KeptItem]:
    """The kept entries as the list shows them; with `ctx` (the server answers) each names its case."""
    items = []
    for entry in entries:
        step = entry.field.split(":", 1)[0] if entry.kind in (ENTRY, CORRECTION) else ""
        number = (None if ctx is None else _case_number(ctx, entry)) or entry.case_number or None
        items.append(KeptItem(entry.key, entry.kind, step, number, entry.typed_at, entry.held))
    return items


def _case_number(ctx: ServiceContext, entry: Pending) -> str | None:
    from barnearket.services import keptcases

    return keptcases.case_number(ctx, entry.kind, entry.field.split(":", 1)[0], entry.record_id)
