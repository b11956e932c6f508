"""The catalogues are complete and current (issue 17, point 3a): every .ts message finished, the .ts
files match the sources (lupdate run into a copy), each .qm compiled from its .ts, and every text the
documents, the command line and the domain pass to `t(...)` translated in nynorsk and English."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from barnearket.domain import language
from barnearket.domain.errors import ValidationError
from barnearket.domain.identity import REASON_MESSAGES
from barnearket.domain.model.labels import _LABELS
from barnearket.domain.text import CHANGE_MESSAGES
from tests.languages.messages import formatted_messages, help_texts, marked_texts

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "resources" / "translations"
CATALOGUES = sorted(HERE.glob("*.ts"))


def _script(name: str) -> Any:
    """One of the scripts beside the catalogues (`update.py`, `release.py`), loaded as a module."""
    spec = importlib.util.spec_from_file_location(f"translations_{name}", HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation type) of every message."""
    tree = ET.parse(path)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation")
            state = "" if kind is None else kind.get("type", "")
            found.append((name, message.findtext("source") or "", state))
    return found


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_every_message_is_finished(path: Path) -> None:
    unfinished = [(c, s) for c, s, kind in _messages(path) if kind in ("unfinished", "vanished", "obsolete")]
    assert unfinished == [], f"{len(unfinished)} unfinished in {path.name}: {unfinished[:10]}"


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_ts_files_hold_every_string_of_the_sources(tmp_path: Path, lang: str) -> None:
    """lupdate into a copy finds nothing new and nothing gone: the .ts is current."""
    update = _script("update")
    copy = tmp_path / f"barnearket_{lang}.ts"
    shutil.copy(HERE / copy.name, copy)
    subprocess.run([update.lupdate(), "-no-obsolete", "-tr-function-alias", "translate+=qtr,tr+=_tr",
                    "-locations", "none", "-source-language", "nb_NO", "-target-language",
                    update.TARGETS[lang], *update.sources(), "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True)
    before = {(c, s) for c, s, _ in _messages(HERE / copy.name)}
    after = {(c, s) for c, s, _ in _messages(copy)}
    assert after - before == set(), "run resources/translations/update.py and translate the new messages"
    assert before - after == set(), "run resources/translations/update.py (messages no source has)"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_each_qm_is_compiled_from_its_ts(tmp_path: Path, path: Path) -> None:
    release = _script("release")
    fresh = tmp_path / path.with_suffix(".qm").name
    release.release(path, fresh)
    assert fresh.read_bytes() == path.with_suffix(".qm").read_bytes(), \
        "run resources/translations/release.py"


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_every_text_of_documents_and_domain_is_translated(lang: str) -> None:
    """Documents' texts, the domain's validation messages and notes, the command line's messages and help."""
    catalogue = language.read_catalogue(HERE / f"texts_{lang}.toml", lang)
    labels = {text for names in _LABELS.values() for text in names.values()}
    domain = {*CHANGE_MESSAGES.values(), *REASON_MESSAGES.values()}
    texts = marked_texts() | help_texts() | labels | domain
    missing = sorted(s for s in texts if not catalogue.has(s))
    assert missing == [], f"{len(missing)} texts missing from texts_{lang}.toml: {missing[:20]}"


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_translations_keep_the_placeholders(lang: str) -> None:
    """A translation that drops or renames a `{name}` would fail or lose a value when it is filled."""
    catalogue = language.read_catalogue(HERE / f"texts_{lang}.toml", lang)
    names = re.compile(r"\{(\w+)")
    wrong = [s for s, text in catalogue.texts.items() if set(names.findall(s)) != set(names.findall(text))]
    assert wrong == []


def test_messages_are_looked_up_before_their_values_are_filled() -> None:
    """An f-string handed to an error or note has its values baked in, so no catalogue can match it."""
    assert formatted_messages() == []


def test_a_validation_message_comes_in_the_active_language_with_its_values() -> None:
    from barnearket.domain.model.enums import Scale
    from barnearket.domain.rules.levels import check_level

    for lang, expected in (("nb", "Nivået må være mellom 1 og"), ("nn", "Nivået må vere mellom 1 og"),
                           ("en", "The level must be between 1 and")):
        with language.speaking(lang), pytest.raises(ValidationError) as raised:
            check_level(99, next(iter(Scale)))
        assert raised.value.message.startswith(expected), raised.value.message
        assert raised.value.source == "Nivået må være mellom 1 og {size}."
        assert str(raised.value.values["size"]) in raised.value.message
    with language.speaking("en"):
        assert parse_problem("01019012345") == "The check digits do not match. Check that the number was " \
            "copied correctly."


def parse_problem(number: str) -> str:
    """The message for an identity number that is refused."""
    from barnearket.domain.identity import InvalidIdentityNumber, parse_identity_number

    with pytest.raises(InvalidIdentityNumber) as raised:
        parse_identity_number(number)
    return raised.value.message


def test_a_missing_text_comes_out_in_bokmal_and_placeholders_are_filled() -> None:
    with language.speaking("nn"):
        assert language.t("Sak {number}", number="2026-0001") == "Sak 2026-0001"
        assert language.t("Ingen barn er valgt.") == "Ingen barn er valde."
        assert language.t("Ein tekst som ingen katalog kjenner") == "Ein tekst som ingen katalog kjenner"
    assert language.active() == "nb"
    with pytest.raises(ValidationError):
        language.check_language("se")
