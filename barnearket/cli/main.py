"""The command line for administrators and scripts: parses a subcommand and runs it."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from barnearket.storage.errors import CaseFileError

log = logging.getLogger("barnearket.cli")
COMMANDS = (
    "init", "check", "users", "backup", "restore", "audit",
    "export", "import", "cases", "demo", "pdf", "report-json", "settings",
)
COMMAND_MODULES = ("admin", "auditlog", "exchange", "documents")


class NorwegianParser(argparse.ArgumentParser):
    """Usage errors in Norwegian, exit code 2."""

    def error(self, message: str) -> NoReturn:
        """Print a short Norwegian usage error."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: feil bruk: {message}\nSe «{self.prog} --help».\n")


def build_parser() -> argparse.ArgumentParser:
    """All subcommands; each module registers its own."""
    from barnearket import __version__  # importlib.metadata loads only for the command line

    parser = NorwegianParser(prog="barnearket", description="Barnearket: saksfiler for barn som pårørende.")
    parser.add_argument("--version", action="version", version=f"Barnearket {__version__}")
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
    """Whether these arguments name a subcommand (else the desktop application starts)."""
    return bool(argv) and argv[0] in (*COMMANDS, "-h", "--help", "--version")


def run_cli(argv: Sequence[str]) -> int:
    """Run one subcommand; known problems become a Norwegian message and exit code 2."""
    args = build_parser().parse_args(list(argv))
    try:
        return int(args.func(args))
    except CaseFileError as exc:
        print(f"barnearket: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nAvbrutt.", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `barnearket cases FILE | head`: the reader stopped early
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
