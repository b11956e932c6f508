"""Opening cases, the gate question, editing, viewing with access checks, listing and searching."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from barnearket.domain.errors import AccessDeniedError, NotFoundError, ValidationError
from barnearket.domain.model import CaseStatus, GateAnswer, Parent, TreatmentPhase
from barnearket.domain.synthetic import SyntheticPeople
from barnearket.services.cases import answer_gate, create_case, update_case, view_case
from barnearket.services.search import list_cases, search_cases
from barnearket.services.settings import SYNTHETIC_IDS
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.meta import set_meta
from tests.services.support import World, assert_audit_clean, audit_rows, new_case, new_child


def test_create_case_numbers_per_year_and_cleans_the_name(world: World) -> None:
    first = create_case(world.ctx(), unit_id=world.rus,
                        parent=Parent(name="  A\u030asa   Ødegård\u202e ", phone="900 00 000"),
                        categories=["alkohol", "psykisk_sykdom"], treatment_phase=TreatmentPhase.DURING)
    second = new_case(world)
    rows = {r.id: r for r in world.session.scalars(select(CaseRow))}
    assert (rows[first].number, rows[second].number) == ("2026-0001", "2026-0002")
    assert rows[first].parent_name == "Åsa Ødegård"
    assert rows[first].parent_search == "åsa ødegård"
    assert rows[first].responsible_id == world.worker.user_id
    case = view_case(world.ctx(), first)
    assert case.categories == {"alkohol", "psykisk_sykdom"}
    assert case.treatment_phase is TreatmentPhase.DURING and case.status is CaseStatus.OPEN
    assert ("create", "case", first) in audit_rows(world.session, "case")
    assert_audit_clean(world.session, ["Åsa Ødegård", "900 00 000"])


def test_case_needs_a_name_a_unit_and_valid_ids(world: World) -> None:
    with pytest.raises(ValidationError, match="navn"):
        create_case(world.ctx(), unit_id=world.rus, parent=Parent(name="\u200b "))
    with pytest.raises(NotFoundError):
        create_case(world.ctx(), unit_id=999, parent=Parent(name="Ola"))
    with pytest.raises(ValidationError, match="Ugyldig"):
        create_case(world.ctx(), unit_id=world.rus, parent=Parent(name="Ola"), categories=["Alkohol!"])
    with pytest.raises(ValidationError, match="Kontrollsifrene") as caught:
        create_case(world.ctx(), unit_id=world.rus, parent=Parent(name="Ola", identity_number="13097248032"))
    assert "13097248032" not in caught.value.message


def test_identity_number_gives_the_birth_date(world: World) -> None:
    case_id = create_case(world.ctx(), unit_id=world.rus,
                          parent=Parent(name="Ola", identity_number="130972 48022"))
    parent = view_case(world.ctx(), case_id).parent
    assert (parent.identity_number, parent.birth_date) == ("13097248022", date(1972, 9, 13))


def test_synthetic_numbers_only_in_files_that_allow_them(world: World) -> None:
    number = SyntheticPeople(7).identity_number(date(1990, 1, 2))
    with pytest.raises(ValidationError, match="syntetisk"):
        create_case(world.ctx(), unit_id=world.rus, parent=Parent(name="Ola", identity_number=number))
    set_meta(world.session, SYNTHETIC_IDS, "true")
    case_id = create_case(world.ctx(), unit_id=world.rus, parent=Parent(name="Ola", identity_number=number))
    assert view_case(world.ctx(), case_id).parent.birth_date == date(1990, 1, 2)


def test_gate_answer_is_recorded_with_date_and_who(world: World) -> None:
    case_id = new_case(world)
    answer_gate(world.ctx(), case_id, GateAnswer.NEI, siblings=GateAnswer.JA, asked_on=date(2026, 3, 1))
    gate = view_case(world.ctx(), case_id).gate
    assert gate is not None
    assert (gate.answer, gate.siblings, gate.asked_on, gate.asked_by) == (
        GateAnswer.NEI, GateAnswer.JA, date(2026, 3, 1), world.worker.user_id)
    with pytest.raises(ValidationError):
        answer_gate(world.ctx(), case_id, GateAnswer.JA, asked_on=date(2026, 3, 3))


def test_update_case_logs_changed_field_names_only(world: World) -> None:
    case_id = new_case(world)
    changed = update_case(world.ctx(), case_id, parent=Parent(name="Jovnna Čeavrris", address="Storgata 1"),
                          responsible_id=world.worker.user_id, categories=["alkohol", "pengespill"],
                          treatment_phase=TreatmentPhase.AFTER)
    assert sorted(changed) == ["categories", "parent_address", "treatment_phase"]
    assert update_case(world.ctx(), case_id, parent=Parent(name="Jovnna Čeavrris", address="Storgata 1"),
                       responsible_id=world.worker.user_id, categories=["pengespill", "alkohol"],
                       treatment_phase=TreatmentPhase.AFTER) == []
    assert_audit_clean(world.session, ["Jovnna Čeavrris", "Storgata"])


def test_other_units_cases_are_hidden_and_refusals_logged(world: World) -> None:
    case_id = new_case(world)
    with pytest.raises(AccessDeniedError):
        view_case(world.ctx(world.colleague), case_id)
    assert ("view", "case", case_id) in audit_rows(world.session)
    assert view_case(world.ctx(world.coordinator), case_id).id == case_id
    assert list_cases(world.ctx(world.colleague)) == []
    assert [c.id for c in list_cases(world.ctx(world.coordinator))] == [case_id]


def test_list_counts_children_and_open_concerns(world: World) -> None:
    case_id = new_case(world)
    new_child(world, case_id)
    new_child(world, case_id, "Biret Čeavrris")
    summary = list_cases(world.ctx(), status=CaseStatus.OPEN, unit_id=world.rus)[0]
    assert (summary.number, summary.children, summary.open_concerns) == ("2026-0001", 2, 0)
    assert list_cases(world.ctx(), unit_id=world.psyk) == []


@pytest.mark.parametrize("query", ["ØDEGÅRD", "ødegå", "A\u030aSA", "ŊUOLAS", "čeavrris", "2026-0001"])
def test_search_finds_names_in_any_case_form(world: World, query: str) -> None:
    case_id = create_case(world.ctx(), unit_id=world.rus, parent=Parent(name="Åsa Ødegård Ŋuolas"))
    new_child(world, case_id, "Niillas Čeavrris")
    new_case(world, "Per Hansen")
    assert [c.id for c in search_cases(world.ctx(), query)] == [case_id]


def test_search_escapes_like_wildcards_and_logs_no_terms(world: World) -> None:
    new_case(world, "Per Hansen")
    assert search_cases(world.ctx(), "%") == []
    assert search_cases(world.ctx(), "_") == []
    assert search_cases(world.ctx(), "Hansen")
    assert ("search", "case", None) in audit_rows(world.session)
    assert_audit_clean(world.session, ["Per Hansen"])


def test_search_by_identity_number_of_a_child(world: World) -> None:
    from barnearket.domain.model import ChildDetails
    from barnearket.services.children import add_child

    case_id = new_case(world)
    add_child(world.ctx(), case_id, ChildDetails(name="Sárá", identity_number="29020075838"))
    assert [c.id for c in search_cases(world.ctx(), "290200 75838")] == [case_id]


def test_the_audit_check_would_notice_a_leak(world: World) -> None:
    from barnearket.storage import audit

    audit.record(world.session, actor_id=None, action=audit.AuditAction.UPDATE, object_type="case",
                 fields=["per_hansen"])
    with pytest.raises(AssertionError, match="hansen"):
        assert_audit_clean(world.session, ["Per Hansen"])
