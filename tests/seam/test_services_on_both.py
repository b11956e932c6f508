"""The services for cases, children, concerns and sheets behave the same on a case file and on the server.

Each test runs twice through the `store` fixture (tests/seam/stores.py): as Kari, a saksbehandler
in «Rustjenesten», logged in through the one seam; what she wrote is read back through a second,
independent login, as the next command or window would see it.
"""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain.errors import NotFoundError
from barnearket.domain.model import CaseStatus, ChildDetails, GateAnswer, Parent, TreatmentPhase
from barnearket.services import concerns
from barnearket.services.cases import answer_gate, create_case, view_case
from barnearket.services.children import add_child
from barnearket.services.search import list_cases, search_cases
from barnearket.services.sheets import answer_question, complete_sheet, start_sheet
from barnearket.storage.mapping import load_case, load_concern
from tests.seam.stores import OpenStore

PARENT = "Áilu Čeavrris-Ødegård"
CHILD = "Máret Ŋuolas"


def _case_with_child(store: OpenStore) -> tuple[int, int]:
    with store.work() as ctx:
        case_id = create_case(ctx, unit_id=store.unit_id, parent=Parent(name=PARENT, phone="900 11 222"),
                              categories=["alkohol"], treatment_phase=TreatmentPhase.DURING)
        answer_gate(ctx, case_id, GateAnswer.JA)
        child_id = add_child(ctx, case_id, ChildDetails(name=CHILD, birth_date=date(2015, 4, 9)))
    return case_id, child_id


def test_a_case_with_a_child_is_stored_and_found_again(store: OpenStore) -> None:
    case_id, child_id = _case_with_child(store)
    with store.relogin().read_session() as session:
        case = load_case(session, case_id)
    assert case.parent.name == PARENT and case.status is CaseStatus.OPEN
    assert [c.id for c in case.children] == [child_id] and case.children[0].name == CHILD
    assert case.unit_id == store.unit_id and case.number.endswith("-0001")
    with store.work() as ctx:
        assert view_case(ctx, case_id).parent.name == PARENT
        assert [s.id for s in search_cases(ctx, "ødegård")] == [case_id]
        assert [s.id for s in search_cases(ctx, "odegard")] == [], "ø and o are different letters"
        assert [s.id for s in list_cases(ctx, status=None, responsible_id=None, limit=10)] == [case_id]


def test_a_concern_moves_through_levels(store: OpenStore) -> None:
    case_id, child_id = _case_with_child(store)
    with store.work() as ctx:
        concern_id = concerns.open_concern(ctx, case_id, child_id, level=2, categories=["alkohol"],
                                           description="Barnet er mye alene om kveldene.")
        concerns.set_level(ctx, concern_id, 3)
    with store.store.read_session() as session:
        concern = load_concern(session, concern_id)
    assert concern.level == 3 and [c.level for c in concern.levels] == [2, 3]
    assert concern.description == "Barnet er mye alene om kveldene."


def test_a_sheet_is_answered_and_completed(store: OpenStore) -> None:
    case_id, child_id = _case_with_child(store)
    with store.work() as ctx:
        sheet_id = start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
        answer_question(ctx, sheet_id, "parent_situation", "Første utkast")
        answer_question(ctx, sheet_id, "parent_situation", "Andre utkast")
        answer_question(ctx, sheet_id, "child_knows", "delvis", child_id=child_id)
        answer_question(ctx, sheet_id, "child_knows", "ja", child_id=child_id)
    with store.work() as ctx:
        complete_sheet(ctx, sheet_id)
    with store.store.read_session() as session:
        sheet = load_case(session, case_id).sheets[0]
    answers = {(a.question_id, a.child_id): a.value for a in sheet.answers}
    assert answers[("parent_situation", None)] == "Andre utkast"
    assert answers[("child_knows", child_id)] == "ja"


def test_a_case_that_does_not_exist_is_not_found(store: OpenStore) -> None:
    with store.work() as ctx, pytest.raises(NotFoundError):
        view_case(ctx, 987_654)
