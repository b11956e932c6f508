"""The person's profile (own or, for an administrator, anyone's) and a stored report as the editor sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.domain.model import ReportChannel, ReportContent, ReportRecipient
from barnearket.services import profile, report_editing, reports
from barnearket.services.organisation import save_organisation
from barnearket.storage.orm.users import User
from tests.reports import pdfcheck
from tests.reports.factory import ORG
from tests.services.support import World, audit_rows

MINE = profile.Profile("Teamleder", "+47 400 00 000", "kari@porsanger.kommune.no", None)


def test_a_person_sets_her_own_profile_and_it_is_logged_by_field_name(world: World) -> None:
    changed = profile.save_profile(world.ctx(), replace_unit(MINE, world.rus))
    assert changed == ["job_title", "phone", "email"], "the unit was already hers"
    kari = world.session.get(User, world.worker.user_id)
    assert kari is not None and (kari.job_title, kari.phone, kari.email) == (
        "Teamleder", "+47 400 00 000", "kari@porsanger.kommune.no")
    assert ("update", "user", world.worker.user_id) in audit_rows(world.session, "user")
    assert profile.save_profile(world.ctx(), replace_unit(MINE, world.rus)) == [], "nothing changed"


def test_only_an_administrator_edits_another_persons_profile(world: World) -> None:
    with pytest.raises(AccessDeniedError):
        profile.save_profile(world.ctx(), MINE, world.colleague.user_id)
    assert profile.save_profile(world.ctx(world.admin), MINE, world.colleague.user_id)
    assert profile.load_profile(world.ctx(), world.colleague.user_id).profile.job_title == "Teamleder"


@pytest.mark.parametrize(("phone", "email"), [("ring meg", ""), ("", "ikke en adresse"), ("", "a@b")])
def test_malformed_phone_or_email_is_refused(world: World, phone: str, email: str) -> None:
    with pytest.raises(ValidationError):
        profile.save_profile(world.ctx(), profile.Profile("Leder", phone, email))


def replace_unit(p: profile.Profile, unit_id: int) -> profile.Profile:
    return profile.Profile(p.job_title, p.phone, p.email, unit_id)


def test_report_view_prefills_and_names_what_the_portal_misses(world: World, report_id: int) -> None:
    view = report_editing.view_report(world.ctx(), report_id)
    missing = {name for name, _ in view.portal_missing}
    assert {"job_title", "phone", "email", "municipality_number"} <= missing
    assert view.due is None
    profile.save_profile(world.ctx(), MINE)
    save_organisation(world.ctx(world.admin), ORG)
    view = report_editing.view_report(world.ctx(), report_id)
    assert view.portal_missing == ()
    assert view.draft.reporter.job_title == "Teamleder"
    assert view.draft.organisation.municipality_number == ORG.municipality_number


def test_the_report_names_its_own_municipality(world: World, report_id: int, tmp_path: Path) -> None:
    profile.save_profile(world.ctx(), MINE)
    save_organisation(world.ctx(world.admin), ORG)
    content = ReportContent(municipality_number="5610", municipality_name="Karasjok")
    reports.update_report(world.ctx(), report_id, content)
    message = report_editing.export_report_portal(world.ctx(), report_id, tmp_path / "m.json")
    assert (message["kommunenummer"], message["kommunenavn"]) == ("5610", "Karasjok")
    with pytest.raises(ValidationError, match="fire sifre"):
        reports.update_report(world.ctx(), report_id, ReportContent(municipality_number="56"))


def test_sent_report_has_child_welfares_dates(world: World, report_id: int) -> None:
    due = reports.mark_report_sent(world.ctx(), report_id, channel=ReportChannel.PORTAL,
                                   portal_reference="R1")
    assert report_editing.view_report(world.ctx(), report_id).due == due
    assert due.chase_on >= due.feedback_by > due.assessment_by > world.today


def test_police_report_is_printed_with_its_own_wording_and_never_goes_to_the_portal(
        world: World, report_id: int, tmp_path: Path) -> None:
    reports.update_report(world.ctx(), report_id, ReportContent(), ReportRecipient.POLITI)
    with pytest.raises(ValidationError, match="portalen gjelder bare"):
        report_editing.export_report_portal(world.ctx(), report_id, tmp_path / "m.json")
    assert not (tmp_path / "m.json").exists()
    text = pdfcheck.flat(report_editing.report_document(world.ctx(), report_id).data)
    assert "Melding til politiet" in text and "straffeloven § 196" in text
    notes = reports.complete_report(world.ctx(), report_id).notes
    assert any("politiet" in n.message for n in notes)
    assert not any("samtykke" in n.message.lower() and n.code != "consent_not_needed" for n in notes)
