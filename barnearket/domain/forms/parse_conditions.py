"""Reads `when` / `done_when` tables into Condition objects, checking every reference."""

from __future__ import annotations

from barnearket.domain.forms.conditions import (
    AllOf,
    Answered,
    AnyOf,
    Condition,
    NoneOf,
    Not,
    OneOf,
)
from barnearket.domain.forms.errors import Loc, SchemaError
from barnearket.domain.forms.raw import Table
from barnearket.domain.forms.scope import Scope
from barnearket.domain.language import n_, t

_TESTS = ("equals", "in", "not_in", "answered")
_MAX_DEPTH = 8
_SHAPE = n_('en betingelse, f.eks. { question = "child_knows", in = ["ja", "delvis"] }')


def parse_condition(raw: object, loc: Loc, scope: Scope, depth: int = 0) -> Condition:
    """Parse one condition; raise a SchemaError for anything not in the closed language."""
    if depth > _MAX_DEPTH:
        raise SchemaError(loc, "betingelsen er nøstet for dypt (høyst {depth} nivåer)", depth=_MAX_DEPTH)
    table = Table(raw, loc, t(_SHAPE))
    for combinator in ("all", "any"):
        if table.has(combinator):
            table.check_keys((combinator,))
            return _combine(table, combinator, scope, depth)
    if table.has("not"):
        table.check_keys(("not",))
        return Not(parse_condition(table.raw("not"), table.at("not"), scope, depth + 1))
    return _leaf(table, scope)


def _combine(table: Table, key: str, scope: Scope, depth: int) -> Condition:
    raw = table.raw(key)
    if not isinstance(raw, list) or not raw:
        raise SchemaError(table.at(key), "'{key}' skal være en liste med minst én betingelse", key=key)
    parts = tuple(parse_condition(item, (*table.at(key), i), scope, depth + 1) for i, item in enumerate(raw))
    return AllOf(parts) if key == "all" else AnyOf(parts)


def _leaf(table: Table, scope: Scope) -> Condition:
    table.check_keys(("question", *_TESTS))
    tests = [key for key in _TESTS if table.has(key)]
    if len(tests) != 1:
        raise SchemaError(
            table.loc,
            "en betingelse trenger 'question' og nøyaktig én av: {tests} (eller all / any / not)",
            tests=", ".join(_TESTS),
        )
    test = tests[0]
    question = scope.lookup(table.text("question"), table.at("question"))
    if test == "answered":
        return Answered(question.id, table.flag("answered"))
    values: tuple[tuple[str, Loc], ...]
    if test == "equals":
        values = ((table.text("equals"), table.at("equals")),)
    else:
        values = tuple((v, (*table.at(test), i)) for i, v in enumerate(table.strings(test)))
    scope.check_values(question, values)
    ids = tuple(value for value, _ in values)
    return NoneOf(question.id, ids) if test == "not_in" else OneOf(question.id, ids)
