"""The leaflet, the resource group's minutes and the innsyn document follow the organisation's
language for documents.

Each is read back from the PDF (pypdf) and may hold no words of another language; the organisation's
details and the text typed into the minutes are data and allowed.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from barnearket.domain.model.meeting import DiscussedCase, Meeting
from barnearket.domain.rules.innsyn import InnsynPerson
from barnearket.services.innsyn import make_innsyn
from barnearket.services.language import save_document_language
from barnearket.services.leaflet import make_leaflet
from barnearket.services.resourcegroup import add_meeting, meetings_pdf
from barnearket.storage.orm.users import User
from tests.languages.test_documents_in_languages import _strays
from tests.reports import pdfcheck
from tests.reports.built import Family
from tests.reports.factory import ORG
from tests.services.support import World

TYPED = (ORG.unit, "barnevernet", "helsesykepleier", "Tett oppfølging av skolen.", "Ukentlig kontakt.")
"""The unit's name, the roles and free text the minutes are written with: data, allowed in any language."""


def _in(world: World, language: str) -> None:
    save_document_language(world.ctx(world.admin), language)


def _text(data: bytes, *names: str) -> str:
    """The PDF's text without the lines that hold data (`TYPED` and the given names)."""
    return "\n".join(line for line in "\n".join(pdfcheck.pages_text(data)).splitlines()
                     if not any(typed in line for typed in (*TYPED, *names)))


@pytest.mark.parametrize(("language", "title"), [("nn", "Når vi spør om barna"),
                                                 ("en", "When we ask about the children")])
def test_leaflet_is_written_in_the_organisations_language(world: World, family: Family, language: str,
                                                          title: str) -> None:
    _in(world, language)
    data = make_leaflet(world.ctx())
    assert title in pdfcheck.flat(data)
    assert not _strays(_text(data), language)


@pytest.mark.parametrize(("language", "title"), [("nn", "Referat frå ressursgruppa"),
                                                 ("en", "Minutes of the resource group")])
def test_meeting_minutes_are_written_in_the_organisations_language(world: World, family: Family,
                                                                   language: str, title: str) -> None:
    ctx = world.ctx(world.admin)
    meeting = add_meeting(ctx, Meeting(date(2026, 2, 26), ("barnevernet", "helsesykepleier"),
                                       (DiscussedCase(family.number, "Tett oppfølging av skolen."),
                                        DiscussedCase("", "Ukentlig kontakt.")),
                                       "Tett oppfølging av skolen.", "Ukentlig kontakt."))
    _in(world, language)
    data, _name = meetings_pdf(world.ctx(world.admin), [meeting])
    assert title in pdfcheck.flat(data)
    author = world.session.get(User, world.admin.user_id)
    assert author is not None
    strays = _strays(_text(data, author.full_name), language)
    assert not strays, "\n".join(strays)


def test_bokmal_stays_the_default(world: World, family: Family) -> None:
    assert "Når vi spør om barna" in pdfcheck.flat(make_leaflet(world.ctx()))


@pytest.mark.parametrize(("language", "title"), [("nn", "Innsyn i Barnearket"),
                                                 ("en", "Access to your records in Barnearket")])
def test_innsyn_is_written_in_the_organisations_language(world: World, family: Family, language: str,
                                                         title: str) -> None:
    _in(world, language)
    data = make_innsyn(world.ctx(), family.case_id, InnsynPerson.parse("parent")).data
    assert title in pdfcheck.flat(data)
    names = [u.full_name for u in world.session.scalars(select(User))]
    strays = _strays(_text(data, *names), language)
    assert not strays, "\n".join(strays)
