"""Fixtures of the CLI suite: `cli` (a case file, then the server) and the helpers several modules share."""

from __future__ import annotations

from tests.cli.stores import cli

__all__ = ["cli"]
