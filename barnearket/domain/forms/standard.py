"""The ids and kinds of the definition files the application itself relies on."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from barnearket.domain.forms.model import Kind, Option

SHEET_ID = "barnearket"
STEPS_ID = "bekymring"
CHILD_SCALE_ID = "bekymringsskala_barn"
PARENT_SCALE_ID = "bekymringsskala_foresatte"
CATEGORIES_ID = "kategorier"
OUTCOMES_ID = "bti_nivaer"
PURPOSES_ID = "samtykkeformal"
SERVICES_ID = "tjenester"
RULES_ID = "frister"
RETENTION_ID = "oppbevaring"
HELP_ID = "hjelp"
"""The help texts (optional: the program works without them)."""
SIGNS_ID = "tegn"
"""The signs checklist (optional)."""
CONSENT_ID = "samtykke"
"""The questions of the consent form."""
REOPEN_ID = "gjenapning"
"""The questions asked when a closed concern is reopened."""

STANDARD_FORMS: Mapping[str, Kind] = MappingProxyType(
    {
        SHEET_ID: Kind.SHEET,
        STEPS_ID: Kind.STEPS,
        CHILD_SCALE_ID: Kind.SCALE,
        PARENT_SCALE_ID: Kind.SCALE,
        CATEGORIES_ID: Kind.CATEGORIES,
        OUTCOMES_ID: Kind.OUTCOMES,
        PURPOSES_ID: Kind.PURPOSES,
        SERVICES_ID: Kind.SERVICES,
        RULES_ID: Kind.RULES,
        CONSENT_ID: Kind.QUESTIONS,
        REOPEN_ID: Kind.QUESTIONS,
    }
)
"""Every id the application looks up, with the kind it must have."""

YES_NO: tuple[Option, ...] = (Option("ja", "Ja"), Option("nei", "Nei"))
YES_NO_UNCLEAR: tuple[Option, ...] = (*YES_NO, Option("uavklart", "Uavklart"))

OPTION_SOURCE_KINDS = frozenset({Kind.SCALE, Kind.CATEGORIES, Kind.OUTCOMES, Kind.PURPOSES, Kind.SERVICES})
"""Kinds whose entries can serve as a question's options (`options_from`)."""

GATE_QUESTION_ID = "has_children"
SIBLINGS_QUESTION_ID = "has_minor_siblings"
STEP_IDS = ("arose", "concretise", "share", "conversation", "decision", "follow_up", "closure")
"""The concern steps in order; the same ids as `barnearket.domain.model.enums.Step`."""
RULE_IDS = ("decision_days", "assessment_days", "feedback_days", "chase_days", "due_soon_days")
"""The rules the application reads; named like the fields of `rules.settings.RuleSettings`."""

REQUIRED_ENTRIES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {SHEET_ID: (GATE_QUESTION_ID, SIBLINGS_QUESTION_ID), STEPS_ID: STEP_IDS, RULES_ID: RULE_IDS}
)
"""Entry ids (questions, steps, rules) the application looks up inside the standard files."""
