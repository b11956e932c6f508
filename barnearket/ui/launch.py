"""Starts the desktop application (the full workspace is built in barnearket.ui.app)."""

from __future__ import annotations

from collections.abc import Sequence


def run_gui(argv: Sequence[str]) -> int:
    """Start the Qt application with the given command-line arguments."""
    from barnearket.ui.app import main

    return main(list(argv))
