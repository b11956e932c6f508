"""The database's pages, filters, sorts and counts give exactly the rows the old full list gave."""

from __future__ import annotations

from datetime import date, timedelta

from barnearket.domain.rules.ages import age_on
from barnearket.services.overview.columnsql import OverviewQuery
from barnearket.services.overview.paging import (
    adult_since,
    overview_choices,
    overview_page,
    overview_size,
    overview_summary,
)
from barnearket.services.overview.rows import open_concerns
from tests.helpers.overduecounts import overdue_counts
from tests.services.overview_paging_support import full_list, paged, queries, with_labels
from tests.services.support import World


def test_every_filter_and_sort_pages_the_same_rows_in_the_same_order(seeded: World) -> None:
    ctx = seeded.ctx(seeded.coordinator)
    rows = open_concerns(ctx)
    checked = 0
    for query in map(with_labels, queries(rows)):
        want = full_list(ctx, query)
        assert paged(ctx, query, 4) == want, query
        assert overview_size(ctx, query) == len(want), query
        checked += bool(want) and len(want) < len(rows)
    assert checked >= 20, "the filters narrow the list"


def test_a_page_is_a_slice_of_the_sorted_list(seeded: World) -> None:
    ctx = seeded.ctx(seeded.coordinator)
    query = OverviewQuery(sort="responsible", descending=True)
    want = full_list(ctx, query)
    assert [r.concern_id for r in overview_page(ctx, query, 3, 5)] == want[3:8]
    assert overview_page(ctx, query, len(want), 5) == []


def test_a_team_leader_pages_only_what_she_may_see(seeded: World) -> None:
    ctx = seeded.ctx(seeded.worker)
    query = OverviewQuery(sort="case")
    assert paged(ctx, query, 2) == full_list(ctx, query)
    assert overview_size(ctx, OverviewQuery()) == len(open_concerns(ctx)) > 0


def test_the_filter_choices_are_the_names_in_the_list(seeded: World) -> None:
    ctx = seeded.ctx(seeded.coordinator)
    rows = open_concerns(ctx)
    choices = overview_choices(ctx)
    assert set(choices.units) == {r.unit_name for r in rows}
    assert set(choices.people) == {r.responsible_name for r in rows if r.responsible_name}
    assert choices.people.index("Ánte Čeavrris") < choices.people.index("Kari Ødegård")


def test_the_summary_counts_what_the_list_and_the_old_counts_say(seeded: World) -> None:
    for actor in (seeded.coordinator, seeded.worker):
        ctx = seeded.ctx(actor)
        summary = overview_summary(ctx)
        assert summary.total == len(open_concerns(ctx)) == overview_size(ctx, OverviewQuery())
        assert summary.counts == overdue_counts(ctx)
    assert overview_summary(seeded.ctx(seeded.coordinator)).counts.decisions > 0


def test_the_summary_of_one_unit(seeded: World) -> None:
    ctx = seeded.ctx(seeded.coordinator)
    for unit in (seeded.rus, seeded.psyk):
        summary = overview_summary(ctx, unit)
        assert summary.total == len(open_concerns(ctx, unit_id=unit)) > 0
        assert summary.counts == overdue_counts(ctx, unit_id=unit)


def test_a_child_is_born_after_the_last_adult_birth_date() -> None:
    days = [date(2026, 6, 17), date(2024, 2, 29), date(2025, 2, 28), date(2025, 3, 1), date(2024, 12, 31)]
    for today in days:
        since = adult_since(today)
        for shift in range(-400, 400, 1):
            born = since + timedelta(days=shift)
            assert (age_on(born, today) < 18) == (born > since), (today, born)
