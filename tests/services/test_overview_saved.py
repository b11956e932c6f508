"""Saved overview filters: per user, in the encrypted case file, logged as a settings change."""

from __future__ import annotations

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.services.overview.saved import MAX_FILTERS, delete_filter, save_filter, saved_filters
from barnearket.storage.orm.meta import set_meta
from tests.services.support import World, audit_rows


def test_saved_filters_belong_to_each_user(world: World) -> None:
    mine, theirs = world.ctx(world.coordinator), world.ctx(world.worker)
    spec = {"unit": "Rustjenesten", "text": "Ŋuolas"}
    assert save_filter(mine, "  Rus – forfalt ", spec) == "Rus – forfalt"
    save_filter(theirs, "Mine", {"overdue": "decision", "level": ""})
    assert saved_filters(mine) == {"Rus – forfalt": {"unit": "Rustjenesten", "text": "Ŋuolas"}}
    assert saved_filters(theirs) == {"Mine": {"overdue": "decision"}}
    delete_filter(mine, "Rus – forfalt")
    delete_filter(mine, "finnes ikke")
    assert saved_filters(mine) == {}
    assert ("settings", "overview_filter", world.coordinator.user_id) in audit_rows(world.session)


@pytest.mark.parametrize(("name", "spec"), [(" ", {}), ("x", {"Bad Key": "1"})])
def test_a_filter_needs_a_name_and_known_columns(world: World, name: str, spec: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        save_filter(world.ctx(world.coordinator), name, spec)


def test_there_is_a_limit_and_a_damaged_entry_reads_as_none(world: World) -> None:
    ctx = world.ctx(world.coordinator)
    for number in range(MAX_FILTERS):
        save_filter(ctx, f"F{number}", {"text": "a"})
    with pytest.raises(ValidationError):
        save_filter(ctx, "en til", {})
    save_filter(ctx, "F0", {"text": "b"})
    set_meta(world.session, f"overview.filters.{world.coordinator.user_id}", "{ikke json")
    assert saved_filters(ctx) == {}
