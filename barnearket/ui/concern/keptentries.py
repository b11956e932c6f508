"""A new step entry stored with «Lagre» while the server is away: kept in the local journal as an append
(no version: a new entry never conflicts), and stored by the same adapter as the form when replayed."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from barnearket.domain.model import JsonValue
from barnearket.services.keptwork import ENTRY, Pending
from barnearket.ui.concern import adapters
from barnearket.ui.concern.formbox import FormBox, Submit

ADD: dict[str, Submit] = {
    "concretise": adapters.observation, "share": adapters.consultation,
    "conversation": adapters.conversation, "decision": adapters.decision,
    "follow_up": adapters.action, "evaluation": adapters.evaluation,
}
"""Each step's new-entry call, by the step the kept entry names."""


def keep_appends(box: FormBox, step_id: str) -> None:
    """Let `box` keep its new entry in the local journal while the server is away."""
    def keeps(target: int, answers: Mapping[str, JsonValue]) -> Pending:
        return Pending.typed(ENTRY, target, f"{step_id}:{uuid.uuid4().hex[:12]}", None, dict(answers), None)

    box.keeps = keeps


def step_of(entry: Pending) -> str:
    """The step a kept entry belongs to."""
    return entry.field.split(":", 1)[0]
