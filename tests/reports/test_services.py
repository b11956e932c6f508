"""Documents through the services on a real encrypted file: content, audit rows, saving, settings."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.domain.model import ReportStatus
from barnearket.domain.model.organisation import Organisation
from barnearket.reports.names import DocumentKind
from barnearket.services import reports
from barnearket.services.documents import (
    DocumentOptions,
    case_id_for_number,
    generate_document,
    log_printed,
    report_draft,
    save_document,
)
from barnearket.services.organisation import load_organisation, save_organisation
from barnearket.services.portal import export_report_json
from barnearket.storage.orm.reports import ReportRow
from tests.reports import pdfcheck
from tests.reports.built import Family, minimal_family
from tests.reports.factory import ORG, WORKER
from tests.reports.test_portal import assert_valid
from tests.services.support import World, assert_audit_clean, audit_rows


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_each_document_is_made_from_the_file_and_logged(world: World, family: Family,
                                                        kind: DocumentKind) -> None:
    document = generate_document(world.ctx(), family.case_id, kind)
    assert document.file_name == f"{kind.file_stem}-{family.number}.pdf"
    pdfcheck.check_structure(document.data)
    pdfcheck.assert_no_canary([pdfcheck.metadata_text(document.data), document.file_name], family.canaries)
    text = pdfcheck.flat(document.data)
    assert "Čeavrris" in text and "Laget av Kari Ødegård" in text
    assert audit_rows(world.session, "case")[-1] == ("pdf", "case", family.case_id)
    assert_audit_clean(world.session, family.canaries)


def test_the_report_shows_the_sender_the_sent_state_and_the_due_dates(world: World, family: Family) -> None:
    text = pdfcheck.flat(generate_document(world.ctx(), family.case_id, DocumentKind.REPORT,
                                           DocumentOptions(child_ids=family.child_ids[:1])).data)
    for value in ("5022 Porsanger", "964830533", WORKER.email, "Sendt", "BM-118", "Tilbakemelding innen",
                  "Ja, nordsamisk", "Er barnet orientert om meldingen? Nei", "For liten."):
        assert value in text, value


def test_a_correction_is_printed_as_the_new_version(world: World, family: Family) -> None:
    sent = world.session.scalar(select(ReportRow.id).where(ReportRow.status == ReportStatus.SENT.value))
    assert sent is not None
    reports.correct_report(world.ctx(), sent)
    draft = report_draft(world.ctx(), family.case_id, family.child_ids[:1])
    assert draft.tracking is not None
    assert (draft.tracking.version, draft.tracking.status) == (2, ReportStatus.DRAFT)
    text = pdfcheck.flat(generate_document(world.ctx(), family.case_id, DocumentKind.REPORT,
                                           DocumentOptions(child_ids=family.child_ids[:1])).data)
    assert "Versjon 1.2" in text and "Status Utkast" in text


def test_saving_is_atomic_owner_only_and_logged(world: World, family: Family, tmp_path: Path) -> None:
    document = generate_document(world.ctx(), family.case_id, DocumentKind.SUMMARY)
    folder = tmp_path / "ut"
    folder.mkdir()
    target = folder / document.file_name
    target.write_bytes(b"old")
    save_document(world.ctx(), document, target)
    log_printed(world.ctx(), document)
    assert target.read_bytes() == document.data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [document.file_name]
    assert [a for a, _, _ in audit_rows(world.session, "case")[-3:]] == ["pdf", "export", "print"]


def test_report_json_from_demo_like_data_validates_and_is_logged(world: World, family: Family,
                                                                  tmp_path: Path) -> None:
    for children in (family.child_ids[:2], family.child_ids[-1:], ()):
        out = tmp_path / "melding.json"
        message = export_report_json(world.ctx(), family.case_id, out, child_ids=children)
        assert_valid(json.loads(out.read_text()))
        assert message["offentligBarn"]
        assert audit_rows(world.session, "case")[-1] == ("export", "case", family.case_id)
    unborn = export_report_json(world.ctx(), family.case_id, out, child_ids=family.child_ids[-1:])
    assert unborn["offentligBarn"][0]["ufoedt"] is True
    pdfcheck.assert_no_canary([out.name], family.canaries)


def test_a_report_with_only_a_description_is_made_and_exported(world: World, family: Family,
                                                              tmp_path: Path) -> None:
    bare = minimal_family(world.ctx(), world.rus)
    document = generate_document(world.ctx(), bare.case_id, DocumentKind.REPORT)
    text = pdfcheck.flat(document.data)
    assert "Barnet er redd for å gå hjem." in text and "Iŋgá Đuolbma" in text and "Utkast, ikke sendt" in text
    assert_valid(export_report_json(world.ctx(), bare.case_id, tmp_path / "m.json"))


def test_case_numbers_are_found_and_unknown_ones_refused(world: World, family: Family) -> None:
    assert case_id_for_number(world.ctx(), f" {family.number} ") == family.case_id
    with pytest.raises(ValidationError):
        case_id_for_number(world.ctx(), "1999-0001")


def test_organisation_settings_are_checked_stored_and_logged(world: World) -> None:
    admin = world.ctx(world.admin)
    assert save_organisation(admin, ORG) == [n for n, v in vars(ORG).items() if v]
    assert load_organisation(world.session) == ORG
    assert save_organisation(admin, ORG) == []
    assert audit_rows(world.session, "organisation") == [("settings", "organisation", None)]
    for wrong in ({"municipality_number": "502"}, {"org_number": "123456789"}, {"phone": "ring meg"},
                  {"district_number": "2a"}):
        with pytest.raises(ValidationError):
            save_organisation(admin, replace(ORG, **wrong))
    with pytest.raises(AccessDeniedError):
        save_organisation(world.ctx(), Organisation(municipality_name="Annen"))
    assert load_organisation(world.session).municipality_name == "Porsanger"
