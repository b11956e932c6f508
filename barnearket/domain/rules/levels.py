"""Checks that a level lies on the configured concern scale."""

from __future__ import annotations

from barnearket.domain.errors import ValidationError
from barnearket.domain.model.enums import Scale
from barnearket.domain.rules.settings import DEFAULT_RULES, RuleSettings


def scale_size(scale: Scale, rules: RuleSettings = DEFAULT_RULES) -> int:
    """How many levels the scale has."""
    return rules.child_scale_levels if scale is Scale.CHILD else rules.parent_scale_levels


def check_level(level: int, scale: Scale, rules: RuleSettings = DEFAULT_RULES) -> None:
    """Raise unless 1 <= level <= the number of levels on the scale."""
    size = scale_size(scale, rules)
    if not 1 <= level <= size:
        raise ValidationError("Nivået må være mellom 1 og {size}.", field="level", size=size)
