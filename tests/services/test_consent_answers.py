"""Consents given, refused and withdrawn: each dated, by whom, to whom; kept in the file and the exchange."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import ConsentForm, ConsentGiver
from barnearket.domain.model.enums import ConsentAnswer
from barnearket.services.consents import check_sharing, record_consent, withdraw_consent
from barnearket.services.exchange import dumps, export_cases
from tests.services.support import World, assert_audit_clean, new_case, new_child, reloaded
from tests.services.test_exchange import SCHEMA, empty_file, round_trip


def _refuse(world: World, case_id: int, **extra: object) -> int:
    return record_consent(world.ctx(), case_id, given_by=ConsentGiver.PARENT, purpose="Samarbeid med NAV",
                          recipients=["nav"], form=ConsentForm.ORAL, answer=ConsentAnswer.REFUSED,
                          given_on=date(2026, 3, 1), note="Mor ville ikke", **extra)  # type: ignore[arg-type]


def test_a_refusal_is_stored_dated_and_warns_when_sharing(world: World) -> None:
    case_id = new_case(world)
    child_id = new_child(world, case_id)
    refused = _refuse(world, case_id)
    stored = reloaded(world, case_id).consents[0]
    assert (stored.id, stored.answer, stored.given_on, stored.given_by) == (
        refused, ConsentAnswer.REFUSED, date(2026, 3, 1), ConsentGiver.PARENT)
    assert stored.recipients == frozenset({"nav"})
    notes = check_sharing(world.ctx(), case_id, ["nav"], child_id=child_id)
    assert [(n.code, n.ref) for n in notes] == [("consent_refused", "nav")]
    with pytest.raises(ValidationError, match="nektet"):
        withdraw_consent(world.ctx(), refused)
    with pytest.raises(ValidationError, match="utløpsdato"):
        _refuse(world, case_id, expires_on=date(2026, 12, 31))
    assert_audit_clean(world.session, ["Samarbeid med NAV", "Mor ville ikke"])


def test_a_withdrawal_is_dated_and_says_who_told_whom(world: World) -> None:
    case_id = new_case(world)
    given = record_consent(world.ctx(), case_id, given_by=ConsentGiver.PARENT, purpose="Skolen",
                           recipients=["skole"], form=ConsentForm.WRITTEN, given_on=date(2026, 2, 1))
    withdraw_consent(world.ctx(), given, on=date(2026, 2, 20), note="Far ringte kontaktpersonen")
    stored = reloaded(world, case_id).consents[0]
    assert stored.withdrawn_on == date(2026, 2, 20) and "Far ringte" in stored.note
    assert check_sharing(world.ctx(), case_id, ["skole"], on=date(2026, 2, 19)) == []
    assert [n.code for n in check_sharing(world.ctx(), case_id, ["skole"])] == ["no_consent"]
    with pytest.raises(ValidationError, match="før"):
        second = record_consent(world.ctx(), case_id, given_by=ConsentGiver.PARENT, purpose="Skolen",
                                recipients=["skole"], form=ConsentForm.WRITTEN, given_on=date(2026, 2, 25))
        withdraw_consent(world.ctx(), second, on=date(2026, 2, 24))


def test_the_answer_travels_in_the_exchange_format(world: World, tmp_path: Path) -> None:
    case_id = new_case(world)
    _refuse(world, case_id)
    document = export_cases(world.ctx(world.admin))
    assert document["cases"][0]["consents"][0]["answer"] == "refused"
    jsonschema.validate(document, SCHEMA)
    target = empty_file(tmp_path / "mottak.barnearket")
    try:
        assert dumps(round_trip(document, target)) == dumps(document)
        older = json.loads(dumps(document))
        del older["cases"][0]["consents"][0]["answer"]
        older["cases"][0]["number"] = "2026-0999"
        again = round_trip(older, target)
    finally:
        target.close()
    answers = {c["number"]: c["consents"][0]["answer"] for c in again["cases"]}  # type: ignore[attr-defined]
    assert answers == {"2026-0001": "refused", "2026-0999": "given"}


def test_a_refusal_is_not_counted_as_given_nor_listed_in_the_plan(world: World) -> None:
    from barnearket.reports.plan_draft import build_plan_draft
    from barnearket.services.documents import load_for_documents
    from barnearket.services.overview.figures import year_figures
    from barnearket.services.overview.sources import FigureId

    case_id = new_case(world)
    _refuse(world, case_id)
    record_consent(world.ctx(), case_id, given_by=ConsentGiver.PARENT, purpose="Skolen", recipients=["skole"],
                   form=ConsentForm.WRITTEN, given_on=date(2026, 3, 1))
    figures = year_figures(world.ctx(world.coordinator), date(2026, 1, 1), date(2026, 12, 31))
    assert figures.get(FigureId.CONSENTS).total == 1
    case, doc_ctx = load_for_documents(world.ctx(), case_id)
    lines = build_plan_draft(case, doc_ctx, ()).consents
    assert len(lines) == 1 and "Skolen" in lines[0]
