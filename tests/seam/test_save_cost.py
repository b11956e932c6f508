"""What a save and the overview's day sums cost, and that the cheaper forms still give the same answers
on a case file and on the server (see docs/architecture.md, «Server speed»)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Date, String, bindparam, event, select, text

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.model import ChildDetails, DecisionOutcome, Parent, Step
from barnearket.domain.rules.ages import age_on as domain_age
from barnearket.services import concerns
from barnearket.services.cases import create_case
from barnearket.services.children import add_child
from barnearket.services.context import ServiceContext
from barnearket.services.sheets import answer_question, start_sheet
from barnearket.services.steps import add_observation, record_decision
from barnearket.storage import daysql
from barnearket.storage.mapping import load_concern
from barnearket.storage.orm.concerns import ConcernRow
from tests.seam.stores import OpenStore

SAVE_STATEMENTS = 5  # concern with its case, insert, step facts, audit row, case touched


def _concern(store: OpenStore) -> int:
    with store.work() as ctx:
        case_id = create_case(ctx, unit_id=store.unit_id, parent=Parent(name="Sárá Ŋuolas-Ødegård"))
        child_id = add_child(ctx, case_id, ChildDetails(name="Ánte Ødegård", birth_date=date(2016, 2, 29)))
        return concerns.open_concern(ctx, case_id, child_id, level=2, description="Mye alene.")


def _observed(store: OpenStore, concern_id: int, note: str) -> tuple[int, list[str]]:
    """Save one observation; its id and the statements it sent (their first words)."""
    return _counted(store, lambda ctx: add_observation(ctx, concern_id, note))


def _counted(store: OpenStore, save: Callable[[ServiceContext], int]) -> tuple[int, list[str]]:
    """Run one save in its own session; what it returned and the statements it sent (first words)."""
    sent: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        sent.append(" ".join(statement.split()[:2]).upper())

    with store.work() as ctx:
        engine = ctx.session.get_bind()
        event.listen(engine, "before_cursor_execute", count)
        try:
            new_id = save(ctx)
        finally:
            event.remove(engine, "before_cursor_execute", count)
    return new_id, sent


@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_an_observation_is_saved_in_five_statements_on_the_server(store: OpenStore) -> None:
    concern_id = _concern(store)
    first, moved = _observed(store, concern_id, "Barnet kom alene til barnehagen.")
    second, sent = _observed(store, concern_id, "Barnet var sulten igjen.")
    assert moved.count("UPDATE CONCERNS") == 1 and len(moved) == SAVE_STATEMENTS + 1, moved  # a new step
    assert len(sent) == SAVE_STATEMENTS, sent
    assert sent[0] == "SELECT CONCERNS.ID,", "the concern, its case, the actor, any checkout"
    assert not {"SELECT CASES.ID,", "SELECT USERS.ID,", "SELECT CASE_CHECKOUTS.CASE_ID,"} & set(sent), sent
    assert sent.count("SELECT DECISIONS.DECIDED_ON,") == 0, "the latest decision comes with the facts"
    with store.relogin().read_session() as session:
        concern = load_concern(session, concern_id)
    assert [o.id for o in concern.observations] == [first, second]


@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_an_answer_is_autosaved_in_four_statements_on_the_server(store: OpenStore) -> None:
    with store.work() as ctx:
        case_id = create_case(ctx, unit_id=store.unit_id, parent=Parent(name="Ásllat Ŋuolas-Øien"))
        sheet_id = start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    first, _ = _counted(store, lambda ctx: answer_question(ctx, sheet_id, "parent_situation", "Ja", base=0))
    second, sent = _counted(store, lambda ctx: answer_question(ctx, sheet_id, "parent_situation", "Så",
                                                               base=first))
    assert second == first + 1
    # the sheet with its case, the actor and any checkout; the stored version; the upsert; the audit row
    assert sent == ["SELECT SHEETS.ID,", "SELECT SHEET_ANSWERS.ROW_VERSION,", "INSERT INTO", "INSERT INTO"]


def test_a_save_based_on_an_older_version_is_still_refused(store: OpenStore) -> None:
    concern_id = _concern(store)
    with store.work() as ctx:
        seen = concerns.set_level(ctx, concern_id, 3)
    with store.work() as ctx:  # a colleague moves it on from what she saw
        assert concerns.set_level(ctx, concern_id, 4, base=seen) == seen + 1
    with pytest.raises(EditConflictError), store.work() as ctx:
        concerns.set_level(ctx, concern_id, 1, base=seen)
    with store.store.read_session() as session:
        row = session.get_one(ConcernRow, concern_id)
        assert (row.level, row.row_version) == (4, seen + 1)


def test_the_step_facts_bring_the_latest_decision(store: OpenStore) -> None:
    concern_id = _concern(store)
    with store.work() as ctx:
        add_observation(ctx, concern_id, "Barnet kom alene til barnehagen.")
        record_decision(ctx, concern_id, DecisionOutcome.OWN_UNIT, decided_on=date(2026, 3, 2))
        record_decision(ctx, concern_id, DecisionOutcome.CLOSE, decided_on=date(2026, 3, 9))
    with store.relogin().read_session() as session:
        concern = load_concern(session, concern_id)
    assert [d.outcome for d in concern.decisions][-1] is DecisionOutcome.CLOSE
    with store.store.read_session() as session:
        row = session.get_one(ConcernRow, concern_id)
        assert row.decided_on == date(2026, 3, 9)
        assert row.step != Step.CONCRETISE.value


PAIRS = [  # (born, today)
    (date(2016, 2, 29), date(2026, 2, 28)), (date(2016, 2, 29), date(2026, 3, 1)),
    (date(2016, 2, 29), date(2028, 2, 29)), (date(2008, 6, 17), date(2026, 6, 16)),
    (date(2008, 6, 17), date(2026, 6, 17)), (date(2025, 12, 31), date(2026, 1, 1)),
]


def test_ages_and_days_are_the_same_on_both_stores_and_in_the_domain(store: OpenStore) -> None:
    today_text, today = bindparam("today_text", type_=String), bindparam("today", type_=Date)
    born = bindparam("born", type_=Date)
    query = select(daysql.age_on(today_text, today, born), daysql.days_since(today_text, today, born))
    with store.store.read_session() as session:
        for birth, day in PAIRS:
            years, days = session.execute(query, {"today_text": day.isoformat(), "today": day,
                                                  "born": birth}).one()
            assert (years, days) == (domain_age(birth, day), (day - birth).days), (birth, day)
        empty = session.execute(query, {"today_text": "2026-06-17", "today": date(2026, 6, 17),
                                        "born": None}).one()
    assert empty[0] is None


@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_the_helpers_every_policy_calls_are_plpgsql(store: OpenStore) -> None:
    with store.store.read_session() as session:
        languages: dict[str, str] = dict(session.execute(text(
            "SELECT p.proname, l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang "
            "WHERE p.proname IN ('barnearket_my_id', 'barnearket_my_role', 'barnearket_my_units', "
            "'barnearket_reads_all', 'barnearket_is_admin', 'barnearket_reads_whole_log')")).all())
    assert languages == dict.fromkeys(languages, "plpgsql") and len(languages) == 6
