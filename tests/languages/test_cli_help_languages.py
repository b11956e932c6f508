"""`barnearket --lang nn|en`: every command's `--help` and the common usage errors in that language, with
no bokmål left in nynorsk and no Norwegian left in English (issue 17, point 1)."""

from __future__ import annotations

import argparse
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from barnearket.cli.main import build_parser, run_cli
from tests.languages.words import stray_words

pytestmark = pytest.mark.usefixtures("back_to_bokmal")  # the tests switch language

CODES = ("Barnearket", "barnearket", "Bokmål", "bokmål", "barneansvarlig", "teamleder", "tildeling",
         "barnekoordinator", "ressursgruppe", "teamleder:UNIT", "ÅÅÅÅ")
"""Names and codes that stay as they are in every language: the program, the languages named in
themselves, the routine's function ids the command takes."""
SYNTAX = re.compile(r"--?[\w-]+|\{[^}]*\}|\[[^\]]*\]|^\s{0,4}[\w-]+(?=\s)", re.MULTILINE)
"""Options, choice lists, usage brackets and the command column: what the user types, not prose."""


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every command path: (), ("users",), ("users", "add"), ..."""
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))


COMMANDS = sorted(set(_commands(build_parser())))


def _output(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit):
        run_cli(list(args))
    captured = capsys.readouterr()
    return captured.out + captured.err


def _prose(text: str) -> str:
    return SYNTAX.sub(" ", text)


def test_every_command_has_help() -> None:
    assert len(COMMANDS) > 40
    assert ("users", "add") in COMMANDS and ("report", "sent") in COMMANDS


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_every_help_is_in_the_language(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    stray: dict[str, set[str]] = {}
    for path in COMMANDS:
        text = _output(capsys, "--lang", lang, *path, "--help")
        words = stray_words(_prose(text), lang, CODES)
        if words:
            stray[" ".join(path) or "barnearket"] = words
    assert stray == {}


@pytest.mark.parametrize(("lang", "heading", "line"), [
    ("nn", "val:", "vis denne hjelpa og avslutt"),
    ("en", "options:", "show this help and exit"),
    ("nb", "valg:", "vis denne hjelpen og avslutt"),
])
def test_argparse_own_words_follow_the_language(capsys: pytest.CaptureFixture[str], lang: str, heading: str,
                                                line: str) -> None:
    text = _output(capsys, "--lang", lang, "users", "--help")
    assert heading in text and line in text
    assert text.startswith({"en": "usage:"}.get(lang, "bruk:"))


ERRORS = [
    ("casee",),
    ("cases", "--kase", "1"),
    ("users",),
    ("case", "clse", "x.db", "--case", "2026-0001"),
    ("case", "close", "x.db", "--on", "99.99.9999", "--case", "2026-0001"),
    ("consents", "x.db", "--case", "1", "record", "--to", "x", "--purpose", "x", "--on", "32.13.2026"),
]


@pytest.mark.parametrize("lang", ["nn", "en"])
@pytest.mark.parametrize("args", ERRORS, ids=" ".join)
def test_usage_errors_are_in_the_language(capsys: pytest.CaptureFixture[str], lang: str,
                                          args: tuple[str, ...]) -> None:
    text = _output(capsys, "--lang", lang, *args)
    assert {"nn": "feil bruk", "en": "wrong use"}[lang] in text
    assert stray_words(_prose(text), lang, CODES) == set()


@pytest.mark.parametrize(("lang", "expected"), [("nn", "Finn ikkje saksfila."),
                                                ("en", "Cannot find the case file.")])
def test_a_missing_file_is_told_in_the_language(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch, lang: str,
                                                expected: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("ei passordfrase\n"))
    code = run_cli(["--lang", lang, "check", str(tmp_path / "borte.db"), "--user", "x", "--passphrase-stdin"])
    assert code == 2
    assert capsys.readouterr().err.strip() == f"barnearket: {expected}"
