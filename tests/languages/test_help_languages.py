"""The help topics in the program's language: every shipped topic has a nynorsk and an English title and
body, and a municipality's own help file without them shows bokmål with the visible mark (issue 17)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from barnearket.domain import language
from barnearket.domain.forms.catalogs import HelpFile
from barnearket.domain.forms.load import load_standard_library
from barnearket.domain.forms.paths import shipped_forms_dir
from barnearket.domain.forms.raw import FALLBACK_MARK
from tests.languages.words import stray_words

pytestmark = pytest.mark.usefixtures("back_to_bokmal")  # the tests switch language

SHIPPED = (shipped_forms_dir() / "hjelp.v1.toml").read_text(encoding="utf-8")
NAMES = ("Barnearket", "Helsedirektoratet", "IS-1742", "«Barnearket-samtale»")
"""Names that stay in every language (the program, the directorate, a guide's number, a tab's name)."""


def _help(code: str, folder: Path | None = None) -> HelpFile:
    language.use(code)
    return load_standard_library([folder] if folder else []).latest_as("hjelp", HelpFile)


def test_there_are_the_twenty_one_topics() -> None:
    assert len(_help("nb").topics) == 21


@pytest.mark.parametrize("code", ["nn", "en"])
def test_every_topic_has_its_own_title_and_body(code: str) -> None:
    """Written out in the file (a nynorsk title may be spelt as in bokmål), and the body is rewritten."""
    raw = tomllib.loads(SHIPPED)["topics"]
    assert all(topic.get(f"title_{code}") and topic.get(f"body_{code}") for topic in raw)
    bokmal = {t.id: t for t in _help("nb").topics}
    for topic in _help(code).topics:
        assert topic.body != bokmal[topic.id].body, topic.id
        assert code == "nn" or topic.title != bokmal[topic.id].title, topic.id
        assert FALLBACK_MARK not in topic.title + topic.body


@pytest.mark.parametrize("code", ["nn", "en"])
def test_no_text_of_the_help_is_left_in_another_language(code: str) -> None:
    found = _help(code)
    texts = [found.title, found.description or "", *(t.title + "\n" + t.body for t in found.topics),
             *(f"{link.label} {link.help or ''}" for link in found.links)]
    stray = {i: words for i, text in enumerate(texts) if (words := stray_words(text, code, NAMES))}
    assert stray == {}


@pytest.mark.parametrize("code", ["nn", "en"])
def test_lists_and_paragraphs_are_kept_in_the_translation(code: str) -> None:
    """A translated body has as many paragraphs and bullet points as the bokmål one."""
    bokmal = {t.id: t.body for t in _help("nb").topics}
    for topic in _help(code).topics:
        for pattern in (r"^- ", r"\n\s*\n"):
            assert len(re.findall(pattern, topic.body, re.M)) == \
                len(re.findall(pattern, bokmal[topic.id], re.M)), (topic.id, pattern)


def test_a_municipality_help_file_without_translations_is_marked(tmp_path: Path) -> None:
    own = "\n".join(line for line in _without_translations(SHIPPED))
    own = own.replace('title = "Meldeplikt til barnevernet"',
                      'title = "Meldeplikt til barnevernet"\ntitle_en = "Our duty to report"\n'
                      'body_en = "Report at once to our child welfare office."')
    (tmp_path / "hjelp.v1.toml").write_text(own, encoding="utf-8")
    topics = {t.id: t for t in _help("en", tmp_path).topics}
    assert topics["meldeplikt"].title == "Our duty to report"
    assert topics["meldeplikt"].body == "Report at once to our child welfare office."
    assert topics["steg_avslutning"].title == "Steg 7: Avslutning" + FALLBACK_MARK
    assert topics["steg_avslutning"].body.endswith("ny bekymring." + FALLBACK_MARK)
    assert not any(FALLBACK_MARK in t.body for t in _help("nb", tmp_path).topics)


def _without_translations(text: str) -> Iterator[str]:
    """The file's lines with every `*_nn`/`*_en` key (single or multi-line) left out."""
    skipping = False
    for line in text.splitlines():
        if skipping:
            skipping = not line.endswith('"""')
            continue
        if re.match(r"\w+_(nn|en) = ", line):
            skipping = line.count('"""') == 1
            continue
        yield line
