"""Issue 17: the help window's search finds the right topic by a nynorsk or an English word too.

The search matches the title, the text and the topic's keywords; the keywords come in the language
being read (`keywords_nn`, `keywords_en` in the help file), so a word that appears only among them finds
its topic in that language, through the real help window."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from barnearket.domain import language
from barnearket.domain.forms.catalogs import HelpFile
from barnearket.domain.forms.guidance import search
from barnearket.domain.forms.load import load_standard_library
from barnearket.ui.helpwindow import HelpWindow

pytestmark = pytest.mark.usefixtures("back_to_bokmal")


def _help(code: str) -> HelpFile:
    language.use(code)
    return load_standard_library([]).latest_as("hjelp", HelpFile)


def _only_in_keywords(helps: HelpFile, topic_id: str, word: str) -> None:
    topic = next(t for t in helps.topics if t.id == topic_id)
    assert word.casefold() not in (topic.title + topic.body).casefold(), "the keyword is what finds it"
    assert word in topic.keywords


@pytest.mark.parametrize(("code", "word", "topic_id"), [
    ("nn", "magekjensle", "steg_undring"),
    ("nn", "naudsynt", "steg_samtale"),
    ("en", "relatives", "taushetsplikt_parorende"),
    ("en", "gut feeling", "steg_undring"),
    ("en", "child protection", "meldeplikt"),
])
def test_a_keyword_in_the_language_finds_its_topic(code: str, word: str, topic_id: str) -> None:
    helps = _help(code)
    _only_in_keywords(helps, topic_id, word)
    assert topic_id in [t.id for t in search(helps, word)]


@pytest.mark.parametrize("code", ["nn", "en"])
def test_every_topic_has_keywords_of_its_own_in_the_language(code: str) -> None:
    bokmal = {t.id: t.keywords for t in _help("nb").topics}
    for topic in _help(code).topics:
        assert topic.keywords, topic.id
        assert code == "nn" or topic.keywords != bokmal[topic.id], topic.id


def test_bokmal_keeps_its_own_keywords() -> None:
    helps = _help("nb")
    assert "magefølelse" in next(t for t in helps.topics if t.id == "steg_undring").keywords
    assert search(helps, "relatives") == ()


def test_searching_in_english_in_the_help_window_lists_the_topic(qtbot: QtBot) -> None:
    window = HelpWindow(_help("en"), "")
    qtbot.addWidget(window)
    window.show()
    QTest.keyClicks(window.search_field, "child protection")
    listed = [window.topics.item(i).text() for i in range(window.topics.count())]
    assert listed == ["Duty to report to child welfare services"]
    assert not window.empty.isVisible()
