"""Finds the bokmål messages the program translates: `t`/`n_` literals, the domain's error and note
messages, the command line's help texts. Shared by the catalogue tests."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARKERS = frozenset({"t", "n_"})
"""Calls whose first argument is a text for the catalogues."""
CARRIERS = frozenset({
    "DomainError", "ValidationError", "NotFoundError", "AccessDeniedError", "ReadOnlyCaseError",
    "PortalNotReadyError", "PurgeRefusedError", "AnswerMismatchError", "CaseFileError",
    "info", "warning", "get", "_check_reason", "_required", "_fail", "_usage", "ArgumentTypeError",
    "SchemaError", "FormError",
})
"""Calls that carry a message (a text with a space among their positional arguments) to `t`."""


def _name(node: ast.Call) -> str | None:
    """The called name; `common.get` is the only `get`, and a logger's `info`/`warning` none of ours."""
    func = node.func
    if isinstance(func, ast.Name):
        return None if func.id == "get" else func.id
    if not isinstance(func, ast.Attribute):
        return None
    owner = func.value.id if isinstance(func.value, ast.Name) else ""
    if func.attr == "get":
        return "get" if owner == "common" else None
    return None if func.attr in ("info", "warning") else func.attr


def _calls(folder: str = "barnearket") -> Iterator[tuple[Path, ast.Call]]:
    for path in sorted((ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                yield path, node


def _texts(args: list[ast.expr]) -> Iterator[str]:
    for arg in args:
        for part in (arg.body, arg.orelse) if isinstance(arg, ast.IfExp) else (arg,):
            if isinstance(part, ast.Constant) and isinstance(part.value, str) and " " in part.value:
                yield part.value


def marked_texts() -> set[str]:
    """Every literal passed to `t(...)` or `n_(...)`, and every message literal of an error or note."""
    found: set[str] = set()
    for _, call in _calls():
        name = _name(call)
        if name in MARKERS and call.args and isinstance(call.args[0], ast.Constant) \
                and isinstance(call.args[0].value, str):
            found.add(call.args[0].value)
        elif name in CARRIERS:
            found.update(_texts(call.args))
    return found


def formatted_messages() -> list[str]:
    """Where an error or note gets an f-string: its values would be baked in before the lookup."""
    return [f"{path.relative_to(ROOT)}:{call.lineno}" for path, call in _calls()
            if _name(call) in CARRIERS and any(isinstance(a, ast.JoinedStr) for a in call.args)]


def help_texts() -> set[str]:
    """Every help text, description and placeholder the command line's parser holds, and argparse's own."""
    import argparse

    from barnearket.cli.helptext import OWN
    from barnearket.cli.main import build_parser

    found: set[str] = set(OWN.values())
    parsers = [build_parser()]
    while parsers:
        parser = parsers.pop()
        found.update(text for text in (parser.description, parser.epilog) if text)
        for action in parser._actions:
            found.update(OWN.get(text, text) for text in (action.help, action.metavar)
                         if isinstance(text, str) and text != argparse.SUPPRESS)
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(action.choices.values())
                found.update(a.help for a in action._choices_actions if a.help)
    return found
