"""Levels are printed with the scale's own words, not as a bare number."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime

from barnearket.domain import model as m
from barnearket.reports.summary import render_summary
from tests.reports import pdfcheck
from tests.reports.factory import context, sample_case

TOP = "4 – Grunn til bekymring: barnevernet eller politiet skal varsles"


def test_the_summary_names_each_level_from_the_scale() -> None:
    case = sample_case(children=1, concerns=1)
    moved = m.LevelChange(m.Scale.CHILD, 4, datetime(2026, 2, 3, 10, 0), 1, "Blåmerker")
    concern = replace(case.concerns[0], level=4, parent_level=3, levels=(moved,))
    stream = io.BytesIO()
    render_summary(replace(case, concerns=(concern,)), context(), stream)
    text = pdfcheck.flat(stream.getvalue())
    assert text.count(TOP) == 2, text
    assert "Foreldrene: 3 –" in text
    assert context().level(9) == "9" and context().level(None) == "–"
