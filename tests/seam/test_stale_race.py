"""A save whose version check passed but whose write lost the race to a colleague's commit comes to the
window as the same edit conflict as any other, with the version stored now, never as a driver error.

On PostgreSQL (read committed) the check and the write are two moments: a colleague can commit in
between, and only the database's trigger sees it. A case file takes its write lock for the whole
transaction, so the race is the server's alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from barnearket.domain.clock import SystemClock
from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.model import ChildDetails
from barnearket.services.children import update_child
from barnearket.services.context import ServiceContext
from barnearket.storage import versions
from barnearket.storage.mapping import load_case
from barnearket.storage.store import open_store
from barnearket.ui.context import UiContext
from tests.seam.stores import WORKER, WORKER_PASSPHRASE, OpenStore
from tests.seam.test_row_versions import family

MINE, THEIRS = "Sandnes skole", "Ålgård skole"


def _child(school: str) -> ChildDetails:
    return ChildDetails(name="Máret Ŋuolas", birth_date=date(2015, 4, 9), school=school)


def _colleague_commits_first(store: OpenStore, child_id: int) -> Callable[[Any, int | None], None]:
    """`based_on` as it is, but right after the check a colleague commits her change to the same child."""
    checked = versions.based_on
    raced: list[bool] = []

    def racing(row: Any, base: int | None) -> None:
        checked(row, base)
        if raced or getattr(row, "__tablename__", "") != "children":
            return
        raced.append(True)
        colleague = open_store(store.location, login=WORKER, passphrase=WORKER_PASSPHRASE)
        try:
            with colleague.session() as session, session.begin():
                update_child(ServiceContext(session, store.actor, SystemClock()), child_id, _child(THEIRS),
                             base=base)
        finally:
            colleague.close()

    return racing


@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_save_that_loses_the_race_is_an_edit_conflict(store: OpenStore, monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    ids = family(store)
    with store.store.read_session() as session:
        seen = load_case(session, ids["case"]).children[0].row_version
    ui = UiContext(store.store, store.actor, SystemClock(), None, None)
    monkeypatch.setattr(versions, "based_on", _colleague_commits_first(store, ids["child"]))
    with pytest.raises(EditConflictError) as refused, ui.unit_of_work() as sctx:
        update_child(sctx, ids["child"], _child(MINE), base=seen)
    assert (refused.value.table, refused.value.row_id) == ("children", ids["child"])
    assert (refused.value.base, refused.value.current) == (seen, seen + 1)
    with store.store.read_session() as session:
        stored = load_case(session, ids["case"]).children[0].details.school
    assert stored == THEIRS, "hers stands until the person chooses; nothing was half-written"
