"""The command line for administrators and scripts: parses a subcommand and runs it."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from barnearket.cli.helptext import TranslatedHelp, language_in
from barnearket.cli.words import leading_option_error, norwegian_usage, starts_app
from barnearket.domain.language import LANGUAGES, t, use
from barnearket.storage.errors import MESSAGES, CaseFileError, exit_code

log = logging.getLogger("barnearket.cli")
COMMANDS = (
    "init", "check", "users", "backup", "restore", "audit",
    "export", "import", "cases", "demo", "pdf", "report-json", "settings",
    "report",
    "consents",
    "case",
    "transfer", "purge", "innsyn",
    "move",
    "checkout", "checkin", "checkout-release",
    "teamleder", "ressursgruppe",
    "forms",
)
COMMAND_MODULES = ("admin", "auditlog", "exchange", "documents", "reporting", "consents", "casecmd",
                   "rights", "move", "practice", "forms", "checkout")


class NorwegianParser(argparse.ArgumentParser):
    """Usage errors in the chosen language, exit code 2; help through the catalogues."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelp)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """Print a short usage error."""
        self.print_usage(sys.stderr)
        message = norwegian_usage(self, message)
        self.exit(2, t("{prog}: feil bruk: {message}\nSe «{prog} --help».\n", prog=self.prog,
                       message=message))


def build_parser() -> argparse.ArgumentParser:
    """All subcommands; each module registers its own."""
    from barnearket import __version__  # importlib.metadata loads only for the command line

    parser = NorwegianParser(prog="barnearket", description="Barnearket: saksfiler for barn som pårørende.")
    parser.add_argument("--version", action="version", version=f"Barnearket {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, help="språk for meldinger og dokumenter: nb (bokmål), "
                        "nn (nynorsk) eller en (engelsk); dokumentene ellers i virksomhetens språk")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=NorwegianParser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"barnearket.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"barnearket.cli.{name}":
                raise
            continue
        module.register(sub)
    return parser


def is_cli(argv: Sequence[str]) -> bool:
    """Whether these arguments are for the command line: anything but the window's own arguments
    (no arguments, a file path, its options) is, so a mistyped command is a usage error."""
    return bool(argv) and (argv[0] in (*COMMANDS, "-h", "--help", "--version") or not starts_app(argv))


def run_cli(argv: Sequence[str]) -> int:
    """Run one subcommand; known problems become a Norwegian message and their own exit code."""
    use(language_in(argv) or "nb")
    parser = build_parser()
    early = leading_option_error(argv, parser)
    if early:
        parser.error(early)
    args = parser.parse_args(list(argv))
    try:
        return int(args.func(args))
    except CaseFileError as exc:
        print(f"barnearket: {exc.message}", file=sys.stderr)
        return exit_code(exc.problem)
    except KeyboardInterrupt:
        print(t("\nAvbrutt."), file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `barnearket cases FILE | head`: the reader stopped early
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # a disk or driver fault no command caught: named, never a traceback
        from barnearket.cli.faults import problem_for, server_fault

        known = server_fault(exc, args)
        if known is not None:
            print(f"barnearket: {known.message}", file=sys.stderr)
            return exit_code(known.problem)
        problem = problem_for(exc, args)
        if problem is None:
            raise
        print(f"barnearket: {t(MESSAGES[problem])}", file=sys.stderr)
        return exit_code(problem)
