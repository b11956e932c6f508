"""The shipped font covers Norwegian and every Sami letter, and missing glyphs fail before drawing."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from barnearket.domain.synthetic import FIRST_NAMES, SURNAMES
from barnearket.reports.fonts import BOLD, REGULAR, MissingGlyphError, fonts_dir, missing_glyphs
from barnearket.reports.summary import render_summary
from tests.reports.factory import context, sample_case

SAMI = "ÁáČčĐđŊŋŠšŦŧŽžÏïÂâÄäÕõÖöƷʒǮǯǦǧǤǥǨǩÅåÆæØø"


def test_fonts_and_licence_are_shipped() -> None:
    folder = fonts_dir()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "LICENSE"):
        assert (folder / name).is_file(), name
    assert "Bitstream" in (folder / "LICENSE").read_text()


@pytest.mark.parametrize("font", [REGULAR, BOLD])
def test_every_norwegian_and_sami_letter_is_covered(font: str) -> None:
    assert missing_glyphs(SAMI + "–—«»’§€", font) == set()


def test_every_synthetic_name_is_covered() -> None:
    assert missing_glyphs("".join(FIRST_NAMES + SURNAMES)) == set()


def test_missing_glyph_fails_loudly_before_rendering() -> None:
    case = sample_case()
    ethiopic = replace(case, parent=replace(case.parent, name="ሰላም Tesfay"))
    stream = io.BytesIO()
    with pytest.raises(MissingGlyphError) as caught:
        render_summary(ethiopic, context(), stream)
    assert "U+1230" in str(caught.value)
    assert "ሰላም" not in str(caught.value)
    assert stream.getvalue() == b""
