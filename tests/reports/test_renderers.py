"""Each document from domain objects: required sections and values, page frame, structure, metadata."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from barnearket.domain import model as m
from barnearket.reports.consent import render_consent
from barnearket.reports.names import DocumentKind, default_file_name
from barnearket.reports.page import MARKING
from barnearket.reports.plan import render_plan
from barnearket.reports.plan_draft import build_plan_draft
from barnearket.reports.report import render_report
from barnearket.reports.report_draft import build_report_draft
from barnearket.reports.summary import render_summary
from tests.reports import pdfcheck
from tests.reports.factory import (
    CANARIES,
    CHILD_IDS,
    CHILDREN,
    PARENT,
    PARENT_ID,
    WORKER,
    context,
    sample_case,
)

Render = Callable[[m.Case], bytes]


def _pdf(write: Callable[[io.BytesIO], None]) -> bytes:
    stream = io.BytesIO()
    write(stream)
    return stream.getvalue()


def summary(case: m.Case) -> bytes:
    return _pdf(lambda s: render_summary(case, context(), s))


def report(case: m.Case) -> bytes:
    return _pdf(lambda s: render_report(build_report_draft(case, context(), [1, 3]), context(), s))


def consent(case: m.Case) -> bytes:
    return _pdf(lambda s: render_consent(case, context(), s, consent=case.consents[0]))


def plan(case: m.Case) -> bytes:
    return _pdf(lambda s: render_plan(build_plan_draft(case, context()), context(), s))


DOCUMENTS: dict[DocumentKind, Render] = {
    DocumentKind.SUMMARY: summary, DocumentKind.REPORT: report,
    DocumentKind.CONSENT: consent, DocumentKind.PLAN: plan,
}


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_document_is_sound_and_leaks_nothing_into_metadata(kind: DocumentKind) -> None:
    data = DOCUMENTS[kind](sample_case())
    pdfcheck.check_structure(data)
    assert {re.sub(r"^/[A-Z]{6}\+", "", f) for f in pdfcheck.fonts(data)} <= {
        "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
    meta = pdfcheck.metadata_text(data)
    assert f"{kind.short_title}, sak 2026-0042" in meta
    pdfcheck.assert_no_canary([meta, default_file_name(kind, "2026-0042")], CANARIES)
    pages = pdfcheck.pages_text(data)
    for number, text in enumerate(pages, start=1):
        flat = " ".join(text.split())
        assert MARKING in flat
        assert f"Sak 2026-0042 · Side {number} av {len(pages)}" in flat
        assert re.search(r"Laget av Åse Bjørnstad \d\d\.\d\d\.\d{4} \d\d:\d\d", flat)


def test_default_file_names_hold_kind_and_case_number_only() -> None:
    assert default_file_name(DocumentKind.REPORT, "2026-0042") == "bekymringsmelding-2026-0042.pdf"
    assert default_file_name(DocumentKind.SUMMARY, "../2026 0042") == "journalsammendrag-2026-0042.pdf"


def test_summary_has_every_part_and_the_names_exactly_as_entered() -> None:
    text = pdfcheck.flat(summary(sample_case()))
    for part in ("Brukeren", "Barn og søsken under 18 år", "Barnearket", "Bekymringer", "Observasjoner",
                 "Drøftinger", "Samtale med foreldrene 09.02.2026", "Beslutninger", "Tiltak", "Evalueringer",
                 "Meldinger og henvisninger", "Endringer i bekymringsnivå", "Samtykker", "Om sammendraget"):
        assert part in text, part
    for value in (PARENT, PARENT_ID, *CHILDREN, CHILD_IDS[0], "Ŋuolas hadde ikke matpakke", "BM-2026-118",
                  "Vurdert innen 27.02.2026", "Har brukeren barn under 18 år?", "Ufødt, termin 10.06.2026"):
        assert value in text, value


def test_summary_can_leave_out_the_children() -> None:
    case = sample_case()
    data = _pdf(lambda s: render_summary(case, context(), s, with_children=False))
    text = pdfcheck.flat(data)
    assert PARENT in text and "Barn 1" in text and "utelatt" in text
    pdfcheck.assert_no_canary([text], [*CHILDREN, CHILD_IDS[0], CHILD_IDS[1]])


def test_report_follows_the_portal_order_with_every_value() -> None:
    text = pdfcheck.flat(report(sample_case()))
    order = ["Kommunen der barnet bor", "Melder", "Barnet eller barna", "Foreldre eller foresatte",
             "Behov for tolk", "Andre hjelpeinstanser", "Bekymringen", "Bakgrunn og historikk",
             "Hva tjenesten allerede har gjort", "Andre synspunkter"]
    positions = [text.index(f"{n}. {title}") for n, title in enumerate(order, start=1)]
    assert positions == sorted(positions)
    for value in ("5022 Porsanger", WORKER.name, WORKER.job_title, WORKER.phone, WORKER.email, "964830533",
                  CHILDREN[0], CHILD_IDS[0], CHILDREN[2], "Ufødt barn, termin 10.06.2026", PARENT,
                  "Biret Sæther", "Er barnet orientert om meldingen? Nei", "Barnet er for lite til å forstå",
                  "Er de orientert om meldingen? Ja", "Skolen", "Barnet kommer ofte sultent",
                  "Foreldrenes syn", "BM-2026-118", "Tilbakemelding innen 13.03.2026",
                  "barnevernsloven § 13-2"):
        assert value in text, value


def test_report_without_consent_or_steps_is_still_made() -> None:
    case = sample_case(children=1, concerns=0)
    bare = m.Concern(9, 1, 1, date(2026, 3, 1), date(2026, 3, 15), 3, m.ConcernStatus.OPEN,
                     description="Barnet sier at det blir slått hjemme.")
    case = replace(case, consents=(), concerns=(bare,))
    data = _pdf(lambda s: render_report(build_report_draft(case, context()), context(), s))
    pdfcheck.check_structure(data)
    text = pdfcheck.flat(data)
    assert "Barnet sier at det blir slått hjemme." in text
    assert "Utkast, ikke sendt" in text and CHILDREN[0] in text


def test_consent_form_names_purpose_recipients_validity_and_withdrawal() -> None:
    case = sample_case()
    text = pdfcheck.flat(consent(case))
    for value in ("Samarbeid med skolen om oppfølging", "☒ Helsestasjonen", "☒ Skolen",
                  "fra 20.01.2026 til 20.01.2027", "trekke samtykket tilbake", PARENT, CHILDREN[1],
                  "Underskrift forelder", "Samtykket er innhentet av Åse Bjørnstad"):
        assert value in text, value
    blank = pdfcheck.flat(_pdf(lambda s: render_consent(case, context(), s)))
    assert "☐ Skolen" in blank and "Barnevernstjenesten" not in blank


def test_plan_lists_group_goals_measures_and_dates() -> None:
    text = pdfcheck.flat(plan(sample_case()))
    for value in ("Ansvarsgruppen", WORKER.name, PARENT, "Helsesykepleier på skolen", "Mål for samarbeidet",
                  "Samtale med helsesykepleier hver uke", "01.04.2026", "15.03.2026",
                  "Samtykke til samarbeid",
                  "Neste evaluering eller frist: 15.03.2026", "Underskrift koordinator"):
        assert value in text, value


def test_long_tables_break_across_pages_with_their_header_repeated() -> None:
    case = sample_case(children=1, concerns=1)
    many = tuple(m.Observation(i, date(2026, 2, 1), f"Observasjon nummer {i} om Ŋuolas.", 1)
                 for i in range(150))
    case = replace(case, concerns=(replace(case.concerns[0], observations=many),))
    pages = pdfcheck.pages_text(summary(case))
    with_header = [p for p in pages if "Hva ble sett eller hørt" in p]
    assert len(with_header) >= 3
    text = " ".join(" ".join(pages).split())
    assert all(f"Observasjon nummer {i} om Ŋuolas." in text for i in range(150))
