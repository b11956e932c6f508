"""The overview's columns with each level's name beside its number, read from the child's scale."""

from __future__ import annotations

from typing import TYPE_CHECKING

from barnearket.domain.forms import Scale as ScaleForm
from barnearket.domain.forms.standard import CHILD_SCALE_ID
from barnearket.domain.model import Scale
from barnearket.ui.concern.levels import Scales
from barnearket.ui.coordinator.columns import overview_columns
from barnearket.ui.coordinator.records import Column

if TYPE_CHECKING:
    from barnearket.services.overview.rows import OverviewRow
    from barnearket.ui.context import UiContext


def level_columns(ctx: UiContext) -> list[Column[OverviewRow]]:
    """`overview_columns` with "3 · Grunn til bekymring" in the level column (plain numbers without forms)."""
    if ctx.forms is None:
        return overview_columns()
    scales = Scales(ctx.forms)
    levels = [lv.value for lv in ctx.forms.latest_as(CHILD_SCALE_ID, ScaleForm).levels]
    return overview_columns(lambda value: scales.short_label(Scale.CHILD, value), levels)
