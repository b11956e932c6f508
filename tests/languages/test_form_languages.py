"""Form texts in the program's language: `label_nn`, `help_en` beside the bokmål text; a municipality's
own form without a translation shows bokmål with a visible mark (issue 17, point 1, forms)."""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.domain import language
from barnearket.domain.forms import FormError, ItemList
from barnearket.domain.forms.load import load_standard_library
from barnearket.domain.forms.raw import FALLBACK_MARK
from tests.languages.local_forms import UNTRANSLATED


def _labels(folder: Path, code: str) -> dict[str, str]:
    language.use(code)
    try:
        purposes = load_standard_library([folder]).latest_as("samtykkeformal", ItemList)
    finally:
        language.use("nb")
    return {item.id: item.label for item in purposes.items}


def test_a_translated_text_is_used_and_a_missing_one_is_marked(local_purposes: Path) -> None:
    nynorsk = _labels(local_purposes, "nn")
    assert nynorsk["samarbeid_barnehage_skole"] == "Samarbeid med barnehagen eller skulen om barnet"
    assert nynorsk["ansvarsgruppe"] == "Ansvarsgruppe eller samarbeidsmøte rundt barnet" + FALLBACK_MARK
    english = _labels(local_purposes, "en")
    assert english["samarbeid_barnehage_skole"] == \
        "Cooperation with the kindergarten or school about the child"


def test_bokmal_shows_no_mark_and_the_shipped_forms_are_not_marked(local_purposes: Path,
                                                                   tmp_path: Path) -> None:
    bokmal = _labels(local_purposes, "nb")
    assert bokmal["ansvarsgruppe"] == "Ansvarsgruppe eller samarbeidsmøte rundt barnet"
    empty = tmp_path / "ingen"
    empty.mkdir()
    assert not any(FALLBACK_MARK in text for text in _labels(empty, "nn").values())


def test_only_text_keys_take_translations(tmp_path: Path) -> None:
    (tmp_path / "samtykkeformal.v1.toml").write_text(
        UNTRANSLATED.replace('id = "ansvarsgruppe"', 'id = "ansvarsgruppe"\nid_nn = "ansvarsgruppa"'),
        encoding="utf-8")
    with pytest.raises(FormError, match="ukjent nøkkel 'id_nn'"):
        load_standard_library([tmp_path])
