"""Reads the case file's rule settings (deadlines, scales, identity policy) from its meta table."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy.orm import Session

from barnearket.domain.rules.settings import DEFAULT_RULES, RuleSettings
from barnearket.storage.orm.meta import get_meta, set_meta

RULE_PREFIX = "rules."
SYNTHETIC_IDS = "identity.allow_synthetic"


def load_rules(session: Session) -> RuleSettings:
    """The defaults, overridden by any whole-number `rules.<name>` entry in the meta table."""
    values: dict[str, int] = {}
    for item in fields(RuleSettings):
        raw = get_meta(session, RULE_PREFIX + item.name)
        if raw is not None and raw.strip().isdigit():
            values[item.name] = int(raw)
    return DEFAULT_RULES.with_values(values)


def save_rules(session: Session, rules: RuleSettings) -> None:
    """Store every rule setting in the meta table (in the caller's transaction)."""
    for item in fields(RuleSettings):
        set_meta(session, RULE_PREFIX + item.name, str(getattr(rules, item.name)))


def allows_synthetic_ids(session: Session) -> bool:
    """True only in demo and training files, where synthetic test identity numbers are accepted."""
    return get_meta(session, SYNTHETIC_IDS) == "true"
