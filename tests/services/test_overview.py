"""The coordinator's overview and queues, checked against values recomputed from the whole cases."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain.rules.ages import age_on
from barnearket.services.overview.queues import (
    decisions_overdue,
    follow_ups_due,
    gate_unanswered,
    needs_without_plan,
    reports_waiting,
)
from barnearket.services.overview.rows import OverviewRow, ReportState, open_concerns
from tests.helpers.overduecounts import overdue_counts
from tests.services import overview_expected as expected
from tests.services.overview_support import IDENTITIES, TODAY, Built
from tests.services.support import World

FIELDS = ("case_number", "unit_name", "responsible_name", "child_age", "unborn", "step", "level",
          "days_open", "decision_due", "next_follow_up", "decision_overdue", "follow_up_overdue",
          "follow_up_this_week", "report_overdue", "awaiting_since")


def _columns(row: OverviewRow) -> dict[str, object]:
    return {name: getattr(row, name) for name in FIELDS}


def _expected(world: World, built: Built) -> dict[int, dict[str, object]]:
    return expected.open_rows(world.session, expected.all_cases(world.session, built.case_ids), TODAY)


def test_every_open_concern_is_listed_with_the_same_values(seeded: World, made: Built) -> None:
    rows = open_concerns(seeded.ctx(seeded.coordinator))
    want = _expected(seeded, made)
    assert len(want) >= 15
    assert {r.concern_id: _columns(r) for r in rows} == want


def test_the_data_covers_every_kind_of_deadline(seeded: World, made: Built) -> None:
    want = _expected(seeded, made).values()
    for flag in ("decision_overdue", "follow_up_overdue", "follow_up_this_week", "report_overdue"):
        assert any(v[flag] for v in want), flag
        assert not all(v[flag] for v in want), flag


def test_ages_come_from_birth_dates_also_for_leap_days(seeded: World, made: Built) -> None:
    rows = {r.child_age for r in open_concerns(seeded.ctx(seeded.coordinator)) if r.unborn}
    assert rows == {None}
    leap = [r for r in open_concerns(seeded.ctx(seeded.coordinator)) if r.arose_on == date(2026, 6, 3)]
    assert [r.child_age for r in leap] == [10]


def test_report_states_are_told_apart(seeded: World, made: Built) -> None:
    states = {r.report for r in open_concerns(seeded.ctx(seeded.coordinator))}
    assert {ReportState.NONE, ReportState.AWAITING} <= states
    assert len(states) >= 3


def test_overdue_counts_match_the_rows(seeded: World, made: Built) -> None:
    want = _expected(seeded, made).values()
    counts = overdue_counts(seeded.ctx(seeded.coordinator))
    assert counts.decisions == sum(bool(v["decision_overdue"]) for v in want)
    assert counts.follow_ups == sum(bool(v["follow_up_overdue"]) for v in want)
    assert counts.follow_ups_this_week == sum(bool(v["follow_up_this_week"]) for v in want)
    assert counts.reports == sum(bool(v["report_overdue"]) for v in want)


@pytest.mark.parametrize(("queue", "flag"), [
    (decisions_overdue, "decision_overdue"),
    (follow_ups_due, "follow_up_this_week"),
    (reports_waiting, "report_overdue"),
])
def test_concern_queues(seeded: World, made: Built, queue: object, flag: str) -> None:
    want = {cid for cid, v in _expected(seeded, made).items() if v[flag]}
    got = [r.concern_id for r in queue(seeded.ctx(seeded.coordinator))]  # type: ignore[operator]
    assert want and sorted(got) == sorted(want)


def test_cases_without_a_gate_answer(seeded: World, made: Built) -> None:
    cases = expected.all_cases(seeded.session, made.case_ids)
    rows = gate_unanswered(seeded.ctx(seeded.coordinator))
    assert {r.case_id for r in rows} == expected.gate_missing(cases) != set()
    assert all(r.days_waiting == 0 for r in rows)


def test_children_with_a_need_but_no_plan(seeded: World, made: Built) -> None:
    cases = expected.all_cases(seeded.session, made.case_ids)
    want = expected.needs_without_plan(cases)
    rows = needs_without_plan(seeded.ctx(seeded.coordinator))
    got = {(r.case_id, r.child_age, r.information, r.follow_up) for r in rows}
    births = {k.id: k.birth_date for c in cases for k in c.children}
    assert len(want) >= 5
    grown = {(case, child) for case, child in want if (_age(births[child]) or 0) >= ADULT_AGE}
    assert grown, "the seeded has a child of 18 with a need: it must leave the queue (issue 20)"
    assert got == {(case, _age(births[child]), *flags) for (case, child), flags in want.items()
                   if (case, child) not in grown}


ADULT_AGE = 18


def _age(born: date | None) -> int | None:
    return age_on(born, TODAY) if born else None


def test_a_team_leader_sees_their_unit_and_their_own_cases(seeded: World, made: Built) -> None:
    everything = open_concerns(seeded.ctx(seeded.coordinator))
    mine = open_concerns(seeded.ctx(seeded.worker))
    kari = seeded.worker.user_id
    assert {r.concern_id for r in mine} == {
        r.concern_id for r in everything if r.unit_id == seeded.rus or r.responsible_id == kari}
    assert any(r.unit_id == seeded.psyk for r in mine)
    theirs = open_concerns(seeded.ctx(seeded.colleague))
    assert {r.unit_id for r in theirs} == {seeded.psyk}
    assert overdue_counts(seeded.ctx(seeded.worker)).decisions == sum(r.decision_overdue for r in mine)


def test_one_unit_can_be_chosen(seeded: World, made: Built) -> None:
    rows = open_concerns(seeded.ctx(seeded.coordinator), unit_id=seeded.psyk)
    assert rows and {r.unit_name for r in rows} == {"Psykisk helse"}
    assert {r.case_id for r in gate_unanswered(seeded.ctx(seeded.coordinator), unit_id=seeded.rus)} <= {
        r.case_id for r in gate_unanswered(seeded.ctx(seeded.coordinator))}


def test_rows_never_carry_a_name_of_the_family(seeded: World, made: Built) -> None:
    rows = open_concerns(seeded.ctx(seeded.coordinator))
    text = repr(rows) + repr(needs_without_plan(seeded.ctx(seeded.coordinator)))
    text += repr(gate_unanswered(seeded.ctx(seeded.coordinator)))
    assert not [n for n in (*made.names, *IDENTITIES, "2014, 3, 15") if n in text]
    assert not any(word in text for word in ("Ŋuolas", "Ærøy", "Đuođđa", "Šárá", "Žaŋŋa"))

