"""The two concern scales from forms/: level ids for the form, numbers for the services, names to show."""

from __future__ import annotations

from barnearket.domain.forms import FormLibrary
from barnearket.domain.forms import Scale as ScaleForm
from barnearket.domain.forms.standard import CHILD_SCALE_ID, PARENT_SCALE_ID
from barnearket.domain.model import Scale


class Scales:
    """Looks up levels on the child and the parent scale."""

    def __init__(self, library: FormLibrary) -> None:
        self._forms = {
            Scale.CHILD: library.latest_as(CHILD_SCALE_ID, ScaleForm),
            Scale.PARENT: library.latest_as(PARENT_SCALE_ID, ScaleForm),
        }

    def option_id(self, scale: Scale, value: int | None) -> str | None:
        """The form's option id for a stored level number."""
        return next((lv.id for lv in self._forms[scale].levels if lv.value == value), None)

    def value(self, scale: Scale, option_id: object) -> int | None:
        """The level number for an option id chosen in a form."""
        return next((lv.value for lv in self._forms[scale].levels if lv.id == option_id), None)

    def label(self, scale: Scale, value: int | None) -> str:
        """The level's number and name, e.g. "2 – Vær oppmerksom: ..."."""
        level = next((lv for lv in self._forms[scale].levels if lv.value == value), None)
        return f"{value} – {level.label}" if level else str(value or "")

    def short_label(self, scale: Scale, value: int | None) -> str:
        """The number with its band, e.g. "3 · Grunn til bekymring" (for narrow table columns)."""
        form = self._forms[scale]
        level = next((lv for lv in form.levels if lv.value == value), None)
        band = next((b.label for b in form.bands if level is not None and b.id == level.band), "")
        return f"{value} · {band}" if band else str(value or "")

    def highest(self, scale: Scale) -> int:
        """The highest level on a scale (on the child's scale: report now)."""
        return max(lv.value for lv in self._forms[scale].levels)

    def is_reporting(self, scale: Scale, value: int | None) -> bool:
        """Whether the level is at or above the reporting threshold."""
        return any(lv.value == value for lv in self._forms[scale].reporting_levels())
