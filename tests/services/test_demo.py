"""The demo file: only demo/demo logs in, the data is marked fictional, same seed same data, §5 shares."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sqlalchemy import select

from barnearket.domain.forms import ItemList, load_standard_library
from barnearket.domain.forms.standard import CATEGORIES_ID, SERVICES_ID
from barnearket.domain.identity import is_valid
from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE, create_demo_file
from barnearket.services.demodata import Doc, plan, seed_today
from barnearket.services.demodata import case as demo_case
from barnearket.services.demodata import concerns as demo_concerns
from barnearket.services.exchange import dumps, export_cases, import_document, loads
from barnearket.services.settings import allows_synthetic_ids
from barnearket.storage.check import check_file
from barnearket.storage.errors import CaseFileError
from barnearket.storage.mapping import load_case
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.meta import get_meta
from barnearket.storage.orm.users import User
from tests.services.demo_export import SEED, TODAY
from tests.services.test_exchange import SCHEMA, admin_ctx, empty_file


def _all(cases: list[dict[str, Any]], key: str) -> Iterator[dict[str, Any]]:
    return (item for case in cases for item in case[key])



def demo_document(cases: int, seed: int, today: date | None = None) -> Doc:
    """The whole demo as one exchange document (what `create_demo_file` imports batch by batch)."""
    demo = plan(cases, seed, today)
    document = demo.header()
    for batch in demo.batches():
        document["cases"].extend(batch)
    return document

def test_round_trip_of_1000_demo_cases_is_lossless_and_valid(demo_export: dict[str, Any],
                                                             tmp_path: Path) -> None:
    jsonschema.validate(demo_export, SCHEMA)
    target = empty_file(tmp_path / "mottak.barnearket")
    try:
        with target.session() as session, session.begin():
            import_document(admin_ctx(target, session), loads(dumps(demo_export)))
        with target.session() as session, session.begin():
            again = export_cases(admin_ctx(target, session))
            imports = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
    finally:
        target.close()
    assert len(demo_export["cases"]) == 1000 and len(imports) == 1000
    assert dumps(again) == dumps(demo_export)


def test_only_demo_logs_in_and_the_file_is_marked_and_healthy(demo_path: Path) -> None:
    opened = open_case_file(demo_path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    try:
        assert check_file(opened).ok
        with opened.read_session() as session:
            assert get_meta(session, "demo") == "yes" and allows_synthetic_ids(session)
            assert get_meta(session, "demo.today") == TODAY.isoformat()
            users = session.scalars(select(User)).all()
    finally:
        opened.close()
    roles = Counter(u.role for u in users)
    assert roles == {"admin": 1, "saksbehandler": 14, "koordinator": 1}
    for user in users:
        if user.login != DEMO_LOGIN:
            with pytest.raises(CaseFileError):
                open_case_file(demo_path, login=user.login, passphrase=DEMO_PASSPHRASE).close()


def test_the_demo_login_is_responsible_for_some_cases_with_deadlines(demo_path: Path) -> None:
    opened = open_case_file(demo_path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    try:
        assert opened.user is not None
        with opened.read_session() as session:
            mine = session.scalars(select(CaseRow).where(CaseRow.responsible_id == opened.user.id)).all()
            total = len(session.scalars(select(CaseRow.id)).all())
    finally:
        opened.close()
    assert 0 < len(mine) < total


def test_same_seed_same_data_other_seed_other_data() -> None:
    first = dumps(demo_document(150, SEED, TODAY))
    assert dumps(demo_document(150, SEED, TODAY)) == first
    assert dumps(demo_document(150, SEED + 1, TODAY)) != first
    assert demo_document(5, SEED)["cases"] == demo_document(5, SEED, seed_today(SEED))["cases"]


def test_same_seed_gives_the_same_file(tmp_path: Path) -> None:
    texts = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.barnearket"
        create_demo_file(path, cases=25, seed=SEED, today=TODAY)
        opened = open_case_file(path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
        with opened.session() as session, session.begin():
            texts.append(dumps(export_cases(admin_ctx(opened, session))))
        opened.close()
    assert texts[0] == texts[1]


def test_children_live_where_seeds_analysis_says(demo_cases: list[dict[str, Any]]) -> None:
    born = [c for c in _all(demo_cases, "children") if not c["unborn"]]
    where = Counter(c["residence"] for c in born)
    assert 0.40 < where["daily_care"] / len(born) < 0.60
    assert 0.15 < where["samvaer"] / len(born) < 0.35
    assert 1.0 < len(born) / len(demo_cases) < 1.6
    unborn = [c for c in _all(demo_cases, "children") if c["unborn"]]
    assert unborn and all(date.fromisoformat(c["due_date"]) > TODAY for c in unborn)
    assert any(c["relation"] == "sibling" for c in born)
    assert sum(len(c["children"]) > 1 for c in demo_cases) > 100


def test_gate_answers_include_unanswered_ones(demo_cases: list[dict[str, Any]]) -> None:
    gate = Counter(c["gate_answer"] for c in demo_cases)
    assert 0 < gate[None] < 150
    assert gate["ja"] > gate["nei"] > 0 and gate["vil_ikke_svare"] > 0 and gate["ukjent"] > 0


def test_sheets_are_completed_drafts_and_later_versions(demo_cases: list[dict[str, Any]]) -> None:
    kinds = Counter(tuple(s["status"] for s in c["sheets"]) for c in demo_cases)
    assert kinds[("completed",)] > 100 and kinds[("draft",)] > 10
    assert kinds[("completed", "completed")] > 10 and kinds[("completed", "draft")] > 10
    assert all(c["gate_answer"] for c in demo_cases if c["sheets"])


def test_concerns_at_every_step_and_level_with_overdue_items(demo_cases: list[dict[str, Any]]) -> None:
    concerns = list(_all(demo_cases, "concerns"))
    assert {c["step"] for c in concerns} == {s.value for s in demo_concerns.TARGET}
    assert {c["level"] for c in concerns} == {1, 2, 3, 4}
    open_ = [c for c in concerns if c["status"] == "open"]
    today = TODAY.isoformat()
    assert any(c["decided_on"] is None and c["decision_due"] < today for c in open_)
    assert any(c["next_follow_up"] and c["next_follow_up"] < today for c in open_)
    reports = [r for c in open_ for r in c["reports"]]
    assert any(r["status"] == "sent" and r["feedback_on"] is None for r in reports)
    assert any(r["status"] == "sent" and r["feedback_on"] for r in reports)
    assert any(c["anonymous"] for c in _all(concerns, "consultations"))
    consents = list(_all(demo_cases, "consents"))
    assert consents and any(c["withdrawn_on"] for c in consents)
    assert any(c["status"] == "closed" for c in demo_cases)


def test_people_are_synthetic_with_norwegian_and_sami_letters(demo_cases: list[dict[str, Any]]) -> None:
    numbers = [c["parent_identity"] for c in demo_cases if c["parent_identity"]]
    numbers += [c["identity_number"] for c in _all(demo_cases, "children") if c["identity_number"]]
    assert len(numbers) > 1000
    assert all(is_valid(n, allow_synthetic=True) and not is_valid(n) for n in numbers)
    names = " ".join(c["parent_name"] for c in demo_cases)
    assert set("æøåÆØÅ") & set(names) and set("áčđŋšŧž") & set(names.lower())


def test_units_cover_every_service(demo_export: dict[str, Any]) -> None:
    assert {u["service"] for u in demo_export["units"]} == {"rus", "psykisk_helse", "somatikk", "tildeling"}
    assert 8 <= len(demo_export["units"]) <= 15


def test_catalogue_ids_exist_in_the_shipped_forms(demo_cases: list[dict[str, Any]]) -> None:
    library = load_standard_library()
    categories = {i.id for i in library.latest_as(CATEGORIES_ID, ItemList).items}
    services = {i.id for i in library.latest_as(SERVICES_ID, ItemList).items}
    used_categories = {x for c in demo_cases for x in c["categories"]}
    used_categories |= {x for c in _all(demo_cases, "concerns") for x in c["categories"]}
    used_services = {x for c in _all(demo_cases, "children") for x in c["services"]}
    used_services |= {x for c in _all(demo_cases, "concerns")
                      for d in c["decisions"] for x in d["recipients"]}
    assert used_categories <= categories and used_services <= services
    assert {c for values in demo_case.CATEGORIES.values() for c in values} <= categories


def test_demo_cases_load_as_domain_objects(demo_path: Path) -> None:
    opened = open_case_file(demo_path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    try:
        with opened.read_session() as session:
            ids = session.scalars(select(CaseRow.id).order_by(CaseRow.number).limit(50)).all()
            loaded = [load_case(session, i) for i in ids]
    finally:
        opened.close()
    assert sum(len(c.children) for c in loaded) > 30
    assert all(c.gate is not None or not c.sheets for c in loaded)


def test_the_document_is_json_with_one_case_per_line(demo_export: dict[str, Any]) -> None:
    text = dumps({**demo_export, "cases": demo_export["cases"][:3]})
    assert json.loads(text)["cases"] == demo_export["cases"][:3]
    assert len(text.splitlines()) == 5 + 2 + 3 + 1


def test_reports_from_the_shipped_demo_validate_against_the_portal_schema(tmp_path: Path) -> None:
    from barnearket.domain.clock import FixedClock
    from barnearket.domain.roles import Role
    from barnearket.services.context import Actor, ServiceContext
    from barnearket.services.portal import export_report_json
    from barnearket.storage.orm.concerns import ConcernRow
    from tests.reports.test_portal import assert_valid

    path = tmp_path / "demo.barnearket"
    create_demo_file(path, cases=40, seed=SEED, today=TODAY)
    opened = open_case_file(path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    try:
        assert opened.user is not None
        actor = Actor(opened.user.id, opened.user.login, Role(opened.user.role))
        with opened.session() as session, session.begin():
            ctx = ServiceContext(session, actor, FixedClock(datetime.combine(TODAY, time(12), UTC)))
            concerns = session.scalars(select(ConcernRow)).all()
            assert len(concerns) >= 5
            for concern in concerns:
                out = tmp_path / f"{concern.id}.json"
                assert_valid(export_report_json(ctx, concern.case_id, out, child_ids=[concern.child_id]))
    finally:
        opened.close()
