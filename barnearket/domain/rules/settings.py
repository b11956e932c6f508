"""The municipality's adjustable numbers for deadlines, ages and scales, with the national defaults."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class RuleSettings:
    """Deadlines in days, age limits in years and the number of levels on each concern scale.

    Attributes:
        decision_days: days from the concern arising to the decision (BTI: 14).
        assessment_days: days child welfare has to assess a report (one week).
        feedback_days: days until child welfare's feedback is due (three weeks).
        chase_days: days after sending when the reporter should chase missing feedback.
        own_consent_age: the age from which a child gives consent itself.
        adult_age: the age at which a child is no longer a child.
        due_soon_days: how many days ahead a deadline counts as "due soon".
        child_scale_levels: levels on the concern scale about the child.
        parent_scale_levels: levels on the concern scale about the parents.
        pregnancy_plan_months: months before the due date the plan for an unborn child is due.
    """

    decision_days: int = 14
    assessment_days: int = 7
    feedback_days: int = 21
    chase_days: int = 21
    own_consent_age: int = 15
    adult_age: int = 18
    due_soon_days: int = 3
    child_scale_levels: int = 4
    parent_scale_levels: int = 4
    pregnancy_plan_months: int = 3

    def with_values(self, values: Mapping[str, int]) -> RuleSettings:
        """A copy with the known names in `values` replaced (other names are ignored).

        Feeds the settings from the "frister" rule form (`{rule.id: rule.value}`) or the file's meta.
        """
        known = {f.name for f in fields(self)}
        return replace(self, **{k: int(v) for k, v in values.items() if k in known})


DEFAULT_RULES = RuleSettings()
