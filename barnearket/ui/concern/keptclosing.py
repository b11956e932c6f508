"""Closing or reopening a concern and a consent's answer or withdrawal, stored while the server is away:
kept in the local journal like a new entry and stored by the same service call when replayed. None is a
conditional write: each is refused by its own rule when it no longer fits (a concern closed meanwhile
cannot be closed again), and the refusal is shown with the text kept."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date

from barnearket.domain.model import JsonValue
from barnearket.services.consents import withdraw_consent
from barnearket.services.context import ServiceContext
from barnearket.services.keptwork import CLOSE, CONSENT, REOPEN, WITHDRAW, Pending
from barnearket.ui.concern import adapters
from barnearket.ui.concern.formbox import FormBox

KINDS = (CLOSE, REOPEN, CONSENT, WITHDRAW)
"""The kinds this module keeps and replays."""


def keep_closing(close_box: FormBox, reopen_box: FormBox,
                 label: Callable[[Mapping[str, JsonValue]], str]) -> None:
    """Let the closing and reopening forms keep what was typed while the server is away."""
    def closing(target: int, answers: Mapping[str, JsonValue]) -> Pending:
        value: dict[str, JsonValue] = {"answers": dict(answers), "reason_label": label(answers)}
        return Pending.typed(CLOSE, target, "closure", None, value, None)

    close_box.keeps = closing
    reopen_box.keeps = lambda target, answers: Pending.typed(REOPEN, target, "reopen", None, dict(answers),
                                                             None)


def keep_consents(box: FormBox) -> None:
    """Let the form for a new consent answer keep it while the server is away (an append, like an entry)."""
    box.keeps = lambda target, answers: Pending.typed(CONSENT, target, f"consent:{uuid.uuid4().hex[:12]}",
                                                      None, dict(answers), None)


def withdrawal(consent_id: int, on: date, note: str) -> Pending:
    """A consent's withdrawal as the journal keeps it."""
    return Pending.typed(WITHDRAW, consent_id, "withdraw", None, {"on": on.isoformat(), "note": note}, None)


def replay(sctx: ServiceContext, entry: Pending) -> None:
    """Store the kept closing, reopening, consent answer or withdrawal by the form's own call.

    Raises:
        DomainError: its rule refuses it now (e.g. the concern was closed meanwhile).
    """
    from barnearket.ui.concern.consents import record_answers

    value = entry.value
    assert isinstance(value, dict)
    if entry.kind == CLOSE:
        answers, label = value["answers"], value["reason_label"]
        assert isinstance(answers, dict)
        adapters.closing(sctx, entry.record_id, answers, str(label or ""))
    elif entry.kind == REOPEN:
        adapters.reopening(sctx, entry.record_id, value)
    elif entry.kind == CONSENT:
        record_answers(sctx, entry.record_id, value)
    else:
        withdraw_consent(sctx, entry.record_id, on=date.fromisoformat(str(value["on"])),
                         note=str(value["note"]))
