"""Entry point of the `barnearket` command: a subcommand for administrators, or the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run a subcommand, or start the desktop application when none is given."""
    args = list(sys.argv[1:] if argv is None else argv)
    from barnearket.cli.main import is_cli, run_cli

    if is_cli(args):
        return run_cli(args)
    from barnearket.ui.launch import run_gui

    return run_gui(args)
