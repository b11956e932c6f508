"""argparse's help in the chosen language: the help texts, descriptions and placeholders the commands
register in bokmål go through the catalogues when the help is written, and so do argparse's own
headings ("usage:", "options") and its `-h`/`--version` lines."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence

from barnearket.domain.language import LANGUAGES, n_, t

OWN = {
    "usage: ": n_("bruk: "),
    "positional arguments": n_("argumenter"),
    "options": n_("valg"),
    "show this help message and exit": n_("vis denne hjelpen og avslutt"),
    "show program's version number and exit": n_("vis versjonen av programmet og avslutt"),
}
"""argparse's English texts, each with the bokmål the catalogues translate from."""

POSITIONAL = {
    "file": (n_("SAKSFIL"), n_("saksfilen, eller serverens adresse (postgresql://…)")),
    "login": (n_("BRUKERNAVN"), n_("brukernavnet til personen")),
    "dest": (n_("MÅL"), n_("den nye kopien (en saksfil som ikke finnes fra før)")),
    "backup": (n_("KOPI"), n_("sikkerhetskopien som skal leses inn")),
}
"""Placeholder and help for the positional arguments the commands register by name only."""


def ours(text: str | None) -> str | None:
    """A help text in the active language (argparse's own through their bokmål form)."""
    if not text:
        return text
    return t(OWN.get(text, text))


class TranslatedHelp(argparse.HelpFormatter):
    """Writes every text of the help in the active language when the help is printed."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        """The usage line with a translated prefix."""
        super().add_usage(usage, actions, groups, prefix if prefix is not None else ours("usage: "))

    def add_argument(self, action: argparse.Action) -> None:
        """One argument's line; a positional registered by name only gets its placeholder and help."""
        super().add_argument(_named(action))

    def start_section(self, heading: str | None) -> None:
        """A section heading ("options", "positional arguments", a group's title)."""
        super().start_section(ours(heading))

    def add_text(self, text: str | None) -> None:
        """A description or epilog."""
        super().add_text(ours(text) if text is not argparse.SUPPRESS else text)

    def _expand_help(self, action: argparse.Action) -> str:
        if action.help and action.help is not argparse.SUPPRESS:
            action = _copy(action, help=ours(action.help))
        return super()._expand_help(action)

    def _metavar_formatter(self, action: argparse.Action,
                           default_metavar: str) -> Callable[[int], tuple[str, ...]]:
        action = _named(action)
        if isinstance(action.metavar, str):
            action = _copy(action, metavar=ours(action.metavar))
        return super()._metavar_formatter(action, default_metavar)


def _named(action: argparse.Action) -> argparse.Action:
    """`action` with the placeholder and help of `POSITIONAL` where it has none of its own."""
    if action.option_strings or action.metavar is not None or action.dest not in POSITIONAL:
        return action
    metavar, help_text = POSITIONAL[action.dest]
    return _copy(action, metavar=metavar, help=action.help or help_text)


def _copy(action: argparse.Action, **changes: object) -> argparse.Action:
    """A shallow copy of `action` with some attributes changed (the parser's own stays bokmål)."""
    copy = argparse.Action.__new__(type(action))
    copy.__dict__.update(action.__dict__, **changes)
    return copy


def language_in(argv: Sequence[str]) -> str | None:
    """The `--lang` value among the arguments (before the parser runs, so `--help` is in it too)."""
    for i, word in enumerate(argv):
        if word.startswith("--lang="):
            value = word.split("=", 1)[1]
        elif word == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        else:
            continue
        return value if value in LANGUAGES else None
    return None
