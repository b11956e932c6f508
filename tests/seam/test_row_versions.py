"""No silent overwrite, on a case file and on the server alike: an edit based on an older version of
an answer, a concern level or an action is refused, by the services and by the database itself."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.model import ActionStatus, ChildDetails, GateAnswer, Parent
from barnearket.services import concerns, conflicts
from barnearket.services.actions import add_action
from barnearket.services.cases import answer_gate, create_case
from barnearket.services.children import add_child
from barnearket.services.corrections import update_action
from barnearket.services.sheets import answer_question, start_sheet
from barnearket.storage import versions
from barnearket.storage.mapping import load_concern
from tests.seam.stores import WORKER_NAME, OpenStore

MINE = "Mor sier at hun sover dårlig og drikker mer i helgene."
THEIRS = "Far forteller at Ánde er mye alene om kveldene."


def family(store: OpenStore) -> dict[str, int]:
    """A case with a child, a concern at level 2, one action and a draft conversation."""
    with store.work() as ctx:
        case_id = create_case(ctx, unit_id=store.unit_id, parent=Parent(name="Áilu Čeavrris-Ødegård"))
        answer_gate(ctx, case_id, GateAnswer.JA)
        child_id = add_child(ctx, case_id, ChildDetails(name="Máret Ŋuolas", birth_date=date(2015, 4, 9)))
        concern_id = concerns.open_concern(ctx, case_id, child_id, level=2)
        action_id = add_action(ctx, concern_id, "Samtale med helsesykepleier hver uke")
        sheet_id = start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    return {"case": case_id, "child": child_id, "concern": concern_id, "action": action_id, "sheet": sheet_id}


def test_an_answer_based_on_an_older_version_is_refused_and_explained(store: OpenStore) -> None:
    ids = family(store)
    with store.work() as ctx:
        first = answer_question(ctx, ids["sheet"], "parent_situation", "Første utkast", base=0)
    with store.work() as ctx:  # a colleague who saw the first version stores hers
        assert answer_question(ctx, ids["sheet"], "parent_situation", THEIRS, base=first) == first + 1
    with pytest.raises(EditConflictError) as refused, store.work() as ctx:
        answer_question(ctx, ids["sheet"], "parent_situation", MINE, base=first)
    assert refused.value.key == (ids["sheet"], "parent_situation", None)
    with store.work() as ctx:
        report = conflicts.explain(ctx, refused.value)
    assert report.theirs == {"value": THEIRS} and report.current == first + 1
    assert report.who == WORKER_NAME and report.at is not None
    with store.work() as ctx:  # the very same words stored meanwhile are no conflict
        assert answer_question(ctx, ids["sheet"], "parent_situation", THEIRS, base=first) == first + 1
    with store.work() as ctx:  # keep mine: based on what is stored now
        assert answer_question(ctx, ids["sheet"], "parent_situation", MINE, base=first + 1) == first + 2


def test_a_new_answer_meets_one_stored_meanwhile(store: OpenStore) -> None:
    ids = family(store)
    with store.work() as ctx:
        answer_question(ctx, ids["sheet"], "parent_situation", THEIRS, base=0)
    with pytest.raises(EditConflictError), store.work() as ctx:
        answer_question(ctx, ids["sheet"], "parent_situation", MINE, base=0)


def test_quick_notes_based_on_an_older_version_are_refused(store: OpenStore) -> None:
    from barnearket.services.sheets import update_sheet
    from barnearket.storage.mapping import load_case

    ids = family(store)
    with store.store.read_session() as session:
        seen = load_case(session, ids["case"]).sheets[0].row_version
    with store.work() as ctx:
        update_sheet(ctx, ids["sheet"], quick_notes=THEIRS, base=seen)
    with pytest.raises(EditConflictError) as refused, store.work() as ctx:
        update_sheet(ctx, ids["sheet"], quick_notes=MINE, base=seen)
    with store.work() as ctx:
        report = conflicts.explain(ctx, refused.value)
    assert report.theirs["quick_notes"] == THEIRS and report.who == WORKER_NAME
    with store.work() as ctx:
        update_sheet(ctx, ids["sheet"], quick_notes=MINE, base=report.current)


def test_a_level_and_an_action_based_on_older_versions_are_refused(store: OpenStore) -> None:
    ids = family(store)
    with store.store.read_session() as session:
        seen = load_concern(session, ids["concern"])
    with store.work() as ctx:
        concerns.set_level(ctx, ids["concern"], 3, base=seen.row_version)
    with pytest.raises(EditConflictError) as refused, store.work() as ctx:
        concerns.set_level(ctx, ids["concern"], 1, base=seen.row_version)
    with store.work() as ctx:
        assert conflicts.explain(ctx, refused.value).theirs["level"] == 3
        concerns.set_level(ctx, ids["concern"], 3, base=seen.row_version)  # the same level: nothing to decide
    action = seen.actions[0]
    with store.work() as ctx:
        update_action(ctx, ids["action"], "Samtale hver fjortende dag", responsible="Kari",
                      deadline=None, evaluate_on=None, status=ActionStatus.ONGOING, base=action.row_version)
    with pytest.raises(EditConflictError), store.work() as ctx:
        update_action(ctx, ids["action"], "Samtale hver dag", responsible="", deadline=None,
                      evaluate_on=None, status=ActionStatus.PLANNED, base=action.row_version)


def test_appending_an_observation_never_moves_the_concerns_version(store: OpenStore) -> None:
    from barnearket.services.steps import add_observation

    ids = family(store)
    with store.store.read_session() as session:
        before = load_concern(session, ids["concern"]).row_version
    with store.work() as ctx:
        add_observation(ctx, ids["concern"], "Ánde kom uten matpakke i dag.")
    with store.work() as ctx:
        assert concerns.set_level(ctx, ids["concern"], 3, base=before) == before + 1


def test_the_database_refuses_a_stale_or_unversioned_write(store: OpenStore) -> None:
    ids = family(store)
    with store.store.read_session() as session:
        version = load_concern(session, ids["concern"]).row_version
    writes = [
        "UPDATE concerns SET level = 3 WHERE id = :id",  # no new version
        "UPDATE concerns SET level = 3, row_version = row_version + 2 WHERE id = :id",  # skips one
        "UPDATE concerns SET row_version = row_version - 1 WHERE id = :id",  # goes back
    ]
    for statement in writes:
        with pytest.raises(DBAPIError) as refused, store.work() as ctx:
            ctx.session.execute(text(statement), {"id": ids["concern"]})
        assert versions.is_stale(refused.value)
    with store.work() as ctx:  # the one allowed form: exactly one on, based on what is stored
        ctx.session.execute(text("UPDATE concerns SET level = 3, row_version = :v WHERE id = :id"),
                            {"id": ids["concern"], "v": version + 1})
    with pytest.raises(DBAPIError), store.work() as ctx:  # the same write again is now stale
        ctx.session.execute(text("UPDATE concerns SET level = 1, row_version = :v WHERE id = :id"),
                            {"id": ids["concern"], "v": version + 1})
