"""Entry point of the `barnearket` command: a subcommand for administrators, or the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _maybe_cli(args: list[str]) -> bool:
    """False when the arguments can only mean the desktop app (saves loading the command line first)."""
    if not args:
        return False
    first = args[0]
    return (not first.startswith("-") or first in ("-h", "--help", "--version")
            or first.split("=", 1)[0] == "--lang")  # `--lang nn pdf ...` or the app's `--lang nn`


def main(argv: Sequence[str] | None = None) -> int:
    """Run a subcommand, or start the desktop application when none is given."""
    args = list(sys.argv[1:] if argv is None else argv)
    if _maybe_cli(args):
        from barnearket.cli.main import is_cli, run_cli

        if is_cli(args):
            return run_cli(args)
    from barnearket.ui.launch import run_gui

    return run_gui(args)
