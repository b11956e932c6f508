"""Decides whether the arguments start the desktop window or name a command, and turns argparse's
English usage errors into Norwegian ones that name the nearest command or option."""

from __future__ import annotations

import argparse
import difflib
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from barnearket.domain.language import n_, t

APP_FLAGS = frozenset({"--demo", "--smoke-test"})
APP_VALUED = frozenset({"--home", "--lang"})
# Qt's own command-line options, which QApplication takes out of the arguments itself.
QT_FLAGS = frozenset({"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync"})
QT_VALUED = frozenset({
    "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-style", "-stylesheet",
    "-qwindowgeometry", "-qwindowicon", "-qwindowtitle", "-qmljsdebugger", "-session", "-display",
    "-geometry", "-name", "-title",
})
REQUIRED = re.compile(r"the following arguments are required: (?P<names>.*)")
INVALID_CHOICE = re.compile(r"argument (?P<arg>[\w-]+): invalid choice: '(?P<word>[^']*)'")
UNRECOGNIZED = re.compile(r"unrecognized arguments: (?P<words>.*)")
ARGUMENT = re.compile(r"argument (?P<arg>[^:]+): (?P<text>.*)", re.DOTALL)
ARGPARSE = {
    "expected one argument": n_("venter én verdi"),
    "expected at least one argument": n_("venter minst én verdi"),
}
"""argparse's own complaints about one argument, with their bokmål form."""


def looks_like_path(word: str) -> bool:
    """A word the window can take as its case file: it exists, has a folder or an extension."""
    return bool(word) and (os.path.lexists(word) or "/" in word or os.sep in word or bool(Path(word).suffix))


def starts_app(argv: Sequence[str]) -> bool:
    """True only for no arguments, one file path, the app's own options and Qt's options."""
    paths, i = 0, 0
    while i < len(argv):
        word = argv[i]
        name = word.split("=", 1)[0]
        if name in APP_FLAGS or word in QT_FLAGS:
            i += 1
        elif name in APP_VALUED or word in QT_VALUED:
            i += 1 if "=" in word else 2
        elif word.startswith("-") or paths or not looks_like_path(word):
            return False
        else:
            paths, i = paths + 1, i + 1
    return True


def nearest(word: str, choices: Iterable[str]) -> str | None:
    """The choice most like a mistyped word, if any is close enough."""
    found = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=0.5)
    return found[0] if found else None


def option_strings(parser: argparse.ArgumentParser) -> set[str]:
    """Every long option of the parser and of all its subcommands."""
    found: set[str] = set()
    for action in parser._actions:
        found.update(s for s in action.option_strings if s.startswith("--"))
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= option_strings(sub)
    return found


def norwegian_usage(parser: argparse.ArgumentParser, message: str) -> str:
    """argparse's message in Norwegian, with the nearest command or option when one was mistyped."""
    choice = INVALID_CHOICE.search(message)
    if choice:
        word = choice["word"]
        known = _choices(parser, choice["arg"])
        hint = nearest(word, known)
        tail = t(" Mente du «{hint}»?", hint=hint) if hint else t(" Velg en av: {choices}.",
                                                                 choices=", ".join(sorted(known)))
        if choice["arg"] == "command":
            return t("ukjent kommando «{word}».", word=word) + tail
        return t("ukjent valg «{word}».", word=word) + tail
    required = REQUIRED.search(message)
    if required:
        return t("mangler {names}.", names=required["names"].replace("command", t("kommando")))
    unknown = UNRECOGNIZED.search(message)
    if unknown:
        words = unknown["words"].split()
        hint = nearest(words[0].split("=", 1)[0], option_strings(parser)) if words else None
        tail = t(" Mente du «{hint}»?", hint=hint) if hint else ""
        return t("ukjent argument «{words}».", words=" ".join(words)) + tail
    argument = ARGUMENT.match(message)
    if argument:  # a value the argument's type refused (`ArgumentTypeError`), or argparse's own word
        text = argument["text"]
        return f"{argument['arg']}: {t(ARGPARSE.get(text, text))}"
    return message


def _choices(parser: argparse.ArgumentParser, dest: str) -> list[str]:
    for action in parser._actions:
        if action.choices and (action.dest == dest or dest in action.option_strings
                               or action.metavar == dest):
            return [str(c) for c in action.choices]
    return []


def leading_option_error(argv: Sequence[str], parser: argparse.ArgumentParser) -> str | None:
    """An unknown option before any command word, named with the nearest option (or None)."""
    if not argv or not argv[0].startswith("-"):
        return None
    word = argv[0].split("=", 1)[0]
    known = {*option_strings(parser), "-h", "--help", "--version", *APP_FLAGS, *APP_VALUED}
    if word in known or word in QT_FLAGS or word in QT_VALUED:
        return None
    hint = nearest(word, known)
    return t("ukjent valg «{word}».", word=word) + (t(" Mente du «{hint}»?", hint=hint) if hint else "")
