"""Which service call stores each step-1 field of a concern: shared by the page and the journal's replay."""

from __future__ import annotations

from collections.abc import Callable

from barnearket.domain.model import JsonValue, Scale
from barnearket.services.concerns import set_level, update_concern
from barnearket.services.context import ServiceContext
from barnearket.ui.concern.adapters import day
from barnearket.ui.concern.levels import Scales

LEVELS = {"child_level": Scale.CHILD, "parent_level": Scale.PARENT}
FIELDS = {"child_level": "level", "parent_level": "parent_level", "first_description": "description",
          "arose_on": "arose_on"}
"""The form's questions that are the concern's own versioned fields, and their columns."""

FieldWrite = Callable[[ServiceContext, int | None], object]
"""Stores the value, based on the concern's version given (None: no check)."""


def field_write(scales: Scales, concern_id: int, question_id: str, value: JsonValue) -> FieldWrite | None:
    """The call storing `value` in the field the question stands for; None when there is nothing to store."""
    if question_id in LEVELS:
        scale = LEVELS[question_id]
        level = scales.value(scale, value)
        if level is None:
            return None
        return lambda s, b: set_level(s, concern_id, level, scale=scale, base=b)
    if question_id == "arose_on":
        start = day({"d": value}, "d")
        return (lambda s, b: update_concern(s, concern_id, arose_on=start, base=b)) if start else None
    if question_id == "first_description":
        return lambda s, b: update_concern(s, concern_id, description=str(value or ""), base=b)
    if question_id == "categories":
        chosen = [str(v) for v in value] if isinstance(value, list) else []
        return lambda s, b: update_concern(s, concern_id, categories=chosen, base=b)
    return None


def as_level(scales: Scales, scale: Scale, value: JsonValue) -> int | None:
    """A level as a number, whether stored (a number) or chosen in the form (an option id)."""
    return value if isinstance(value, int) else scales.value(scale, value)
