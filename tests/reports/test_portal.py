"""The portal JSON validates against the national public-reporter schema v2 (from ../shared)."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft201909Validator
from referencing import Registry, Resource

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import ReportSection
from barnearket.reports.report_draft import build_report_draft
from barnearket.services.portal import address, phone_number, portal_message
from tests.reports.factory import CHILD_IDS, CHILDREN, NOW, context, sample_case

SCHEMA_DIR = Path(os.environ.get("BARNEARKET_FIKS_SCHEMA")
                  or Path(__file__).resolve().parents[3] / "shared" / "domain" / "fiks-schema")
"""Beside the clone in CI; `BARNEARKET_FIKS_SCHEMA` points elsewhere (e.g. from a worktree)."""
ADDRESS_URI = "https://fiks.ks.no/adresse.json"
"""Where the v2 schema's reference `../adresse.json` resolves from its own $id."""


def validator() -> Draft201909Validator:
    """The v2 schema with its address schema registered, as the portal resolves it."""
    if not SCHEMA_DIR.is_dir():
        if os.environ.get("CI"):  # CI always has shared/ beside the clone: a miss there is an error
            pytest.fail(f"the portal schema is missing ({SCHEMA_DIR})")
        pytest.skip(f"the portal schema is not beside the repository ({SCHEMA_DIR})")
    schema = json.loads((SCHEMA_DIR / "offentlig.bekymringsmelding.v2.json").read_text())
    adresse = json.loads((SCHEMA_DIR / "adresse.json").read_text())
    registry: Registry[Any] = Registry().with_resource(ADDRESS_URI, Resource.from_contents(adresse))
    return Draft201909Validator(schema, registry=registry, format_checker=Draft201909Validator.FORMAT_CHECKER)


def assert_valid(message: dict[str, Any]) -> None:
    """Every schema error listed when the message does not validate."""
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(message)]
    assert not errors, errors


@pytest.mark.parametrize("children", [[1], [1, 2], [3], [2, 3], []])
def test_reports_from_the_sample_family_validate(children: list[int]) -> None:
    message = portal_message(build_report_draft(sample_case(), context(), children), NOW)
    assert_valid(message)


def test_an_unborn_child_is_sent_without_identity_number() -> None:
    message = portal_message(build_report_draft(sample_case(), context(), [3]), NOW)
    assert_valid(message)
    child = message["offentligBarn"][0]
    assert child == child | {"fnr": "", "ufoedt": True, "personnavn": CHILDREN[2]}


def test_two_siblings_with_their_parents_and_the_texts() -> None:
    message = portal_message(build_report_draft(sample_case(), context(), [1, 2]), NOW)
    assert_valid(message)
    assert [c["personnavn"] for c in message["offentligBarn"]] == list(CHILDREN[:2])
    assert message["offentligBarn"][0]["fnr"] == CHILD_IDS[0]
    assert len(message["foresatte"]) == 2
    assert "Hva tjenesten allerede har gjort" in message["melding"]["historie"]
    assert message["kommunenummer"] == "5022" and message["bydelsnummer"] == "00"


def test_a_bare_report_validates_and_multiline_reasons_become_one_line() -> None:
    draft = build_report_draft(sample_case(), context(), [1])
    draft = replace(draft, children=(replace(draft.children[0], told=None, told_why="Linje én\nlinje to"),))
    for section in ReportSection:
        draft = draft.with_text(section, "")
    message = portal_message(draft, NOW)
    assert_valid(message)
    assert message["offentligBarn"][0]["orientertGrunn"] == "Linje én linje to"


def test_missing_settings_are_named_instead_of_exporting_invalid_json() -> None:
    draft = build_report_draft(sample_case(), context(), [1])
    broken = replace(draft, reporter=replace(draft.reporter, phone="", email="ikke en adresse"),
                     organisation=replace(draft.organisation, municipality_number=""))
    with pytest.raises(ValidationError) as caught:
        portal_message(broken, NOW)
    for hint in ("kommunenummer", "telefonnummer", "e-postadresse"):
        assert hint in caught.value.message


def test_address_and_phone_are_shaped_for_the_portal() -> None:
    assert address("Storgata 3, 9700 Lakselv") == {
        "adresselinje1": "Storgata 3", "postnummer": "9700", "poststed": "Lakselv"}
    assert address("c/o Ás\nBoks 12\n0150 Oslo")["adresselinje2"] == "Boks 12"
    assert address("") == {"adresselinje1": ""}
    assert phone_number("(+47) 900.11.222") == "+47 900 11 222"
