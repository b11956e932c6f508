"""Exchange format: a case with every kind of entry survives export, import and export unchanged."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from barnearket.domain.clock import FixedClock
from barnearket.domain.errors import AccessDeniedError, NotFoundError
from barnearket.domain.model import (
    ActionStatus,
    ChildDetails,
    ConsentForm,
    ConsentGiver,
    ConsultationWith,
    DecisionOutcome,
    GateAnswer,
    Parent,
    Relation,
    ReportChannel,
    ReportContent,
    ReportRecipient,
    ReportSection,
    Residence,
    Scale,
)
from barnearket.domain.model.delivery import PlanKind
from barnearket.domain.roles import Role
from barnearket.domain.synthetic import SyntheticPeople
from barnearket.services import (
    actions,
    cases,
    children,
    concerns,
    consents,
    pregnancy,
    reports,
    sheets,
    steps,
    teamleader,
)
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.exchange import ExchangeError, dumps, export_cases, import_document, loads
from barnearket.services.exchange.schema import schema_text
from barnearket.services.settings import SYNTHETIC_IDS
from barnearket.storage import kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.opening import create_case_file
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.meta import set_meta
from barnearket.storage.orm.users import User
from tests.services.support import START, World, audit_rows

SCHEMA_PATH = Path(__file__).parents[2] / "docs" / "exchange.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text("utf-8"))


def build_full_case(world: World) -> int:
    """One case that uses every table: children, two sheets, a concern through every step, a consent."""
    set_meta(world.session, SYNTHETIC_IDS, "true")
    people, ctx = SyntheticPeople(11), world.ctx()
    parent = people.person(30, 40, today=world.today)
    case_id = cases.create_case(ctx, unit_id=world.rus, categories=["alkohol", "psykisk_sykdom"],
                                parent=Parent(parent.full_name, parent.identity_number, phone="400 00 000"))
    cases.answer_gate(ctx, case_id, GateAnswer.JA, siblings=GateAnswer.NEI)
    kid = people.person(8, 8, today=world.today)
    child = children.add_child(ctx, case_id, ChildDetails(
        kid.full_name, identity_number=kid.identity_number, residence=Residence.SAMVAER,
        parental_responsibility=True, other_parent="Ánte Ærlig", school="Åsen skole",
        services=frozenset({"helsestasjon", "skole"})))
    unborn = children.add_child(ctx, case_id, ChildDetails("Ufødt", unborn=True, due_date=date(2026, 6, 1),
                                                           relation=Relation.OWN))
    pregnancy.save_pregnancy(ctx, unborn, pregnancy.PathDetails("TWEAK", world.today, "3 poeng"))
    pregnancy.add_member(ctx, unborn, "Jordmor", "Helsestasjonen", "Sárá Ravna")
    first = sheets.start_sheet(ctx, case_id, form_id="barnearket", form_version=1, participants="Mor")
    sheets.answer_question(ctx, first, "parent_situation", "Sliter med søvn.\nTo linjer.")
    sheets.answer_question(ctx, first, "child_knows", "ja", child_id=child)
    sheets.answer_question(ctx, first, "services_involved", ["bup", "ppt"], child_id=child)
    sheets.complete_sheet(ctx, first)
    teamleader.record_given(ctx, case_id, child, PlanKind.INFORMATION)
    world.advance(3)
    second = sheets.start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    sheets.answer_question(ctx, second, "contingency", {"plan": "Mormor", "ok": True}, child_id=child)
    concern = concerns.open_concern(ctx, case_id, child, level=2, parent_level=3, categories=["alkohol"],
                                    description="Barnet er ofte trett.")
    concerns.set_level(ctx, concern, 3, note="Verre etter ferien")
    steps.add_observation(ctx, concern, "Kom uten matpakke tre dager.")
    steps.add_consultation(ctx, concern, with_whom=ConsultationWith.BARNEVERN, anonymous=True,
                           summary="Drøftet uten navn.")
    steps.record_parent_conversation(ctx, concern, participants="Mor", shared="Det vi så", agreed="Møte")
    world.advance(2)
    steps.record_decision(ctx, concern, DecisionOutcome.COOPERATE, recipients=["helsestasjon"],
                          anchored_with="Leder")
    action = actions.add_action(ctx, concern, "Samtale med helsesykepleier", responsible="Helsesykepleier",
                                service_id="helsestasjon", deadline=date(2026, 4, 1),
                                evaluate_on=date(2026, 3, 20), status=ActionStatus.ONGOING)
    world.advance(1)
    actions.add_evaluation(ctx, action, "Går bedre.", next_evaluate_on=date(2026, 4, 15))
    report = reports.draft_report(ctx, concern, ReportRecipient.BARNEVERN, ReportContent(
        sections={ReportSection.CONCERN: "Bekymringen", ReportSection.HISTORY: "Bakgrunn"},
        parents_told=False, parents_not_told_why="Fare for vold", child_told=True))
    reports.mark_report_sent(ctx, report, channel=ReportChannel.PORTAL, portal_reference="REF-1")
    consents.record_consent(ctx, case_id, given_by=ConsentGiver.PARENT, purpose="Samarbeid med skolen",
                            recipients=["skole", "helsestasjon"], form=ConsentForm.WRITTEN,
                            expires_on=date(2027, 1, 1), note="Signert")
    world.advance(1)
    concerns.close_concern(ctx, concern, "Tiltak virker.")
    concerns.set_level(ctx, concern, 1, scale=Scale.PARENT)
    return case_id


def empty_file(path: Path) -> CaseFile:
    """A new file with another admin, allowing synthetic identity numbers."""
    opened = create_case_file(path, login="mottaker", full_name="Mottaker", passphrase="x" * 10,
                              kdf_params=kdf.fast_params_for_tests())
    with opened.session() as session, session.begin():
        set_meta(session, SYNTHETIC_IDS, "true")
    return opened


def admin_ctx(case_file: CaseFile, session: Session) -> ServiceContext:
    """A context for the file's first user (an admin) on a fixed clock."""
    assert case_file.user is not None
    actor = Actor(case_file.user.id, case_file.user.login, Role.ADMIN)
    return ServiceContext(session, actor, FixedClock(START))


def round_trip(document: dict[str, object], target: CaseFile) -> dict[str, object]:
    """Import the document into `target` and export everything again."""
    with target.session() as session, session.begin():
        import_document(admin_ctx(target, session), loads(dumps(document)))
    with target.session() as session, session.begin():
        return export_cases(admin_ctx(target, session))


def test_every_table_survives_a_round_trip(world: World, tmp_path: Path) -> None:
    case_id = build_full_case(world)
    first = export_cases(world.ctx(world.admin))
    assert [c["number"] for c in first["cases"]] == ["2026-0001"]
    jsonschema.validate(first, SCHEMA)
    assert ("export", "case", case_id) in audit_rows(world.session, "case")
    target = empty_file(tmp_path / "mottak.barnearket")
    try:
        again = round_trip(first, target)
        with target.session() as session:
            imported = session.scalars(select(User).where(User.login == "kari")).one()
            assert not imported.active
            assert session.scalar(select(func.count()).select_from(CaseRow)) == 1
    finally:
        target.close()
    assert dumps(again) == dumps(first)


def test_the_document_holds_every_entry(world: World) -> None:
    build_full_case(world)
    case = export_cases(world.ctx(world.admin))["cases"][0]
    concern = case["concerns"][0]
    assert [c["ref"] for c in case["children"]] == [1, 2]
    assert case["sheets"][1]["based_on"] == 1 and case["sheets"][0]["status"] == "completed"
    assert {a["question_id"] for a in case["sheets"][1]["answers"]} >= {"contingency", "child_knows"}
    assert concern["child"] == 1 and concern["status"] == "closed"
    for key in ("level_changes", "observations", "consultations", "parent_conversations", "decisions",
                "actions", "reports", "events"):
        assert concern[key], key
    assert concern["actions"][0]["evaluations"][0]["by"] == "kari"
    assert concern["reports"][0]["sections"] == {"concern": "Bekymringen", "history": "Bakgrunn"}
    assert case["consents"][0]["recipients"] == ["helsestasjon", "skole"]
    unborn = case["children"][1]
    (path,) = unborn["pregnancy"]
    assert path["screening_tool"] == "TWEAK" and path["plan_made_on"] is None
    assert unborn["responsibility_group"] == [{"role": "Jordmor", "service": "Helsestasjonen",
                                                "name": "Sárá Ravna"}]
    (given,) = case["sheets"][0]["given"]
    assert given["child"] == 1 and given["kind"] == "information" and given["given_by"] == "kari"


def test_import_refuses_numbers_that_exist_and_changes_nothing(world: World) -> None:
    build_full_case(world)
    document = export_cases(world.ctx(world.admin))
    with pytest.raises(ExchangeError, match="finnes allerede"):
        import_document(world.ctx(world.admin), document)


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d.update(format="noe annet"), "$"),
    (lambda d: d.update(format_version=99), "$.format_version"),
    (lambda d: d["cases"][0].update(number="2030-0001", status="kanskje"), "$.cases[0].status"),
    (lambda d: d["cases"][0].update(number="2030-0001", surprise=1), "$.cases[0].surprise"),
    (lambda d: d["cases"][0]["concerns"][0].update(child=9), "$.cases[0].concerns[0].child"),
    (lambda d: d["cases"][0]["children"][0].update(birth_date="1.2.2020"),
     "$.cases[0].children[0].birth_date"),
    (lambda d: d["cases"][0]["children"][0].update(identity_number="12345678901"),
     "$.cases[0].children[0].identity_number"),
    (lambda d: d["cases"][0]["sheets"][0]["answers"].append(d["cases"][0]["sheets"][0]["answers"][0]),
     "$.cases"),
    (lambda d: d["users"][0].update(login="Ikke Gyldig"), "$.users[0].login"),
    (lambda d: d["cases"][0]["concerns"][0]["reports"][0]["sections"].update(poem="Roser er røde"),
     "$.cases[0].concerns[0].reports[0].sections.poem"),
])
def test_broken_documents_are_refused_with_the_place(world: World, tmp_path: Path, change: object,
                                                      where: str) -> None:
    build_full_case(world)
    document = json.loads(dumps(export_cases(world.ctx(world.admin))))
    change(document)  # type: ignore[operator]
    target = empty_file(tmp_path / "mottak.barnearket")
    try:
        with target.session() as session, session.begin(), pytest.raises(ExchangeError) as caught:
            import_document(admin_ctx(target, session), document)
    finally:
        target.close()
    assert caught.value.message.startswith(where + ":")


def test_the_schema_in_docs_is_current() -> None:
    """Regenerate with: python -m barnearket.services.exchange.schema > docs/exchange.schema.json"""
    assert SCHEMA_PATH.read_text("utf-8") == schema_text()


def test_workers_export_only_what_they_may_see(world: World) -> None:
    case_id = build_full_case(world)
    number = world.session.get_one(CaseRow, case_id).number
    assert export_cases(world.ctx(world.colleague))["cases"] == []
    assert len(export_cases(world.ctx(world.coordinator))["cases"]) == 1
    with pytest.raises(AccessDeniedError):
        export_cases(world.ctx(world.colleague), [number])
    with pytest.raises(NotFoundError):
        export_cases(world.ctx(), [number, "1999-0001"])
    assert [c["number"] for c in export_cases(world.ctx(), [number])["cases"]] == [number]
