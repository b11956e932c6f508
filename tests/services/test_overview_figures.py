"""The year's figures against values recomputed from the whole cases; the CSV and PDF exports."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import literal, select

from barnearket.domain.errors import ValidationError
from barnearket.domain.rules.ages import age_on
from barnearket.services.figures_export import export_figures_csv, export_figures_pdf, figures_csv, safe_cell
from barnearket.services.overview import expressions
from barnearket.services.overview.figures import YearFigures, months_between, year_figures
from barnearket.services.overview.labels import LABELS
from tests.services import overview_expected as expected
from tests.services.overview_support import IDENTITIES
from tests.services.overview_town import Town
from tests.services.support import World, audit_rows

PERIODS = [(date(2026, 1, 1), date(2026, 12, 31)), (date(2025, 11, 15), date(2026, 3, 10)),
           (date(2026, 2, 1), date(2026, 2, 28))]


def _check(town: Town, got: YearFigures, start: date, end: date, unit_id: int | None = None) -> None:
    cases = expected.all_cases(town.world.session, town.built.case_ids)
    if unit_id is not None:
        cases = [c for c in cases if c.unit_id == unit_id]
    want = expected.expected_figures(cases, start, end, got.months)
    assert {f.id.value: (f.total, f.months) for f in got.figures} == want


@pytest.mark.parametrize(("start", "end"), PERIODS)
def test_every_figure_matches_the_cases(town: Town, start: date, end: date) -> None:
    got = year_figures(town.world.ctx(town.world.coordinator), start, end)
    _check(town, got, start, end)
    assert got.months == months_between(start, end)


def test_the_year_has_something_in_every_figure(town: Town) -> None:
    got = year_figures(town.world.ctx(town.world.coordinator), date(2025, 10, 1), date(2026, 6, 30))
    assert all(f.total for f in got.figures), [f.id for f in got.figures if not f.total]
    assert got.get(expected.FIGURES[1]).total < got.get(expected.FIGURES[0]).total  # type: ignore[arg-type,operator]


def test_one_unit_and_the_team_leaders_own_unit(town: Town) -> None:
    world, start, end = town.world, date(2025, 10, 1), date(2026, 6, 30)
    got = year_figures(world.ctx(world.coordinator), start, end, unit_id=world.psyk)
    assert got.unit_name == "Psykisk helse"
    _check(town, got, start, end, world.psyk)
    own = year_figures(world.ctx(world.colleague), start, end)
    assert [f.total for f in own.figures] == [f.total for f in got.figures]


def test_a_period_that_ends_before_it_begins_is_refused(town: Town) -> None:
    with pytest.raises(ValidationError):
        year_figures(town.world.ctx(town.world.coordinator), date(2026, 2, 1), date(2026, 1, 1))


def test_ages_in_sql_follow_the_domain_rule(town: Town) -> None:
    births = [date(2016, 2, 29), date(2012, 3, 1), date(2008, 12, 31), date(2010, 6, 17)]
    days = [date(2026, 2, 28), date(2026, 3, 1), date(2028, 2, 29), date(2026, 6, 16), date(2026, 6, 17)]
    for born in births:
        for day in days:
            sql = select(expressions.age_on(literal(born.isoformat())))
            got = town.world.session.scalar(sql, {"today_text": day.isoformat()})
            assert got == age_on(born, day), (born, day)


@pytest.mark.parametrize("text", ["=1+1", "+47", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_cells_that_look_like_formulas_are_defused(text: str) -> None:
    assert safe_cell(text) == "'" + text
    assert safe_cell("Brukere " + text) == "Brukere " + text


def test_the_csv_holds_labels_and_numbers_only(town: Town) -> None:
    world = town.world
    got = year_figures(world.ctx(world.coordinator), date(2025, 10, 1), date(2026, 6, 30))
    data = figures_csv(got)
    text = data.decode("utf-8-sig")
    assert not [n for n in town.built.names if n in text]
    for word in ("Ŋuolas", "Ærøy", "Čáhppes", "Đuođđa", "Øvergård", "Ǥiella", "Šárá", "Žaŋŋa", "Gáldu",
                 "Ánde", "slo", "Kari", "Ødegård", "Sunná", "Samtalegruppe", "Ferdig"):
        assert word not in text, word
    assert not re.search(r"\d{6,}", text)
    assert not any(number[:6] in text or number[6:] in text for number in IDENTITIES)
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    table = rows[rows.index(["Tall", "Hele perioden", *rows[4][2:]]):]
    assert [r[0] for r in table[1:]] == list(LABELS.values())
    assert all(cell.replace(",", "").isdigit() or cell == "–" for r in table[1:] for cell in r[1:])


def test_exports_are_written_and_logged(world: World, tmp_path: Path) -> None:
    ctx = world.ctx(world.coordinator)
    got = year_figures(ctx, date(2026, 1, 1), date(2026, 12, 31))
    export_figures_csv(ctx, got, tmp_path / "tall.csv")
    export_figures_pdf(ctx, got, tmp_path / "tall.pdf")
    assert (tmp_path / "tall.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    pdf = PdfReader(tmp_path / "tall.pdf")
    assert len(pdf.pages) == 1
    page = pdf.pages[0].extract_text()
    assert "Taushetsbelagt" in page and "Side 1 av 1" in page and "Sunná Ŋuolas" in page
    logged = audit_rows(world.session, "figures")[-2:]
    assert logged == [("export", "figures", None), ("pdf", "figures", None)]


def test_a_long_period_still_fits_one_page(world: World) -> None:
    from barnearket.services.overview.figures_pdf import PdfInfo, figures_pdf

    ctx = world.ctx(world.coordinator)
    got = year_figures(ctx, date(2024, 1, 1), date(2026, 6, 30))
    info = PdfInfo("Porsanger kommune", "Sunná Ŋuolas", world.clock.now())
    assert len(PdfReader(io.BytesIO(figures_pdf(got, info))).pages) == 1
    assert len(got.months) == 30 and got.end - got.start > timedelta(days=800)
