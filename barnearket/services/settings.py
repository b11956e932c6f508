"""Reads and changes the case file's rule settings (deadlines, scales, identity policy) in its meta table."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields

from sqlalchemy.orm import Session

from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.domain.forms import FormLibrary, RuleSet, Scale
from barnearket.domain.forms.standard import CHILD_SCALE_ID, PARENT_SCALE_ID, RULES_ID
from barnearket.domain.rules.settings import DEFAULT_RULES, RuleSettings
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.storage.audit import AuditAction, Outcome
from barnearket.storage.orm.meta import get_meta, meta_starting_with, set_meta

RULE_PREFIX = "rules."
SYNTHETIC_IDS = "identity.allow_synthetic"


def form_rules(forms: FormLibrary) -> dict[str, int]:
    """The deadlines of the "frister" file and the number of levels on each scale file."""
    values = {rule.id: rule.value for rule in forms.latest_as(RULES_ID, RuleSet).rules}
    values["child_scale_levels"] = len(forms.latest_as(CHILD_SCALE_ID, Scale).levels)
    values["parent_scale_levels"] = len(forms.latest_as(PARENT_SCALE_ID, Scale).levels)
    return values


def load_rules(session: Session, forms: FormLibrary | None = None) -> RuleSettings:
    """The defaults, then the forms' deadlines and scale sizes (when given), then any whole-number
    `rules.<name>` entry in the meta table."""
    base = DEFAULT_RULES if forms is None else DEFAULT_RULES.with_values(form_rules(forms))
    values: dict[str, int] = {}
    stored = meta_starting_with(session, RULE_PREFIX)  # one query, not one per rule
    for item in fields(RuleSettings):
        raw = stored.get(RULE_PREFIX + item.name)
        if raw is not None and raw.strip().isdigit():
            values[item.name] = int(raw)
    return base.with_values(values)


def save_rules(session: Session, rules: RuleSettings) -> None:
    """Store every rule setting in the meta table (in the caller's transaction)."""
    for item in fields(RuleSettings):
        set_meta(session, RULE_PREFIX + item.name, str(getattr(rules, item.name)))


ADJUSTABLE: Mapping[str, tuple[int, int]] = {"decision_days": (1, 60), "chase_days": (1, 60),
                                             "due_soon_days": (0, 14)}
"""The deadlines an administrator may change, with the lowest and highest number of days. Child
welfare's own deadlines and the ages follow the law, and the number of levels follows the scales in the
form library, so they are not offered."""


def change_rules(ctx: ServiceContext, values: Mapping[str, int]) -> list[str]:
    """Store new deadlines (administrators only); returns the names that changed. New deadlines apply
    to what is registered from now on; deadlines already set on a concern stay as they are."""
    if not ctx.actor.role.manages_users:
        common.log(ctx, AuditAction.SETTINGS, "rules", None, outcome=Outcome.DENIED)
        raise AccessDeniedError("Bare en administrator kan endre fristene.", action="settings",
                                object_type="rules")
    for name, value in values.items():
        if name not in ADJUSTABLE:
            raise ValidationError("Denne innstillingen kan ikke endres her.", field=name)
        low, high = ADJUSTABLE[name]
        if not low <= value <= high:
            raise ValidationError("Velg et tall fra {low} til {high}.", field=name, low=low, high=high)
    current = load_rules(ctx.session)
    wanted = current.with_values(values)
    changed = [f.name for f in fields(RuleSettings) if getattr(current, f.name) != getattr(wanted, f.name)]
    if changed:
        save_rules(ctx.session, wanted)
        common.log(ctx, AuditAction.SETTINGS, "rules", None, changed)
    return changed


def allows_synthetic_ids(session: Session) -> bool:
    """True only in demo and training files, where synthetic test identity numbers are accepted."""
    return get_meta(session, SYNTHETIC_IDS) == "true"
