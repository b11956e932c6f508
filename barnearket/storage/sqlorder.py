"""Code-point order of text in SQL on every store: SQLite compares bytes, PostgreSQL by the
database's collation (which may ignore hyphens), so text that must sort as Python sorts says so."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class binary_text(FunctionElement[str]):  # noqa: N801 - an SQL expression, named as one
    """binary_text(column): the column, compared by code points (as Python compares str)."""

    type = String()
    inherit_cache = True
    name = "binary_text"


@compiles(binary_text)
def _plain(element: Any, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(next(iter(element.clauses)), **kw))


@compiles(binary_text, "postgresql")
def _collate_c(element: Any, compiler: Any, **kw: Any) -> str:
    return f'({compiler.process(next(iter(element.clauses)), **kw)} COLLATE "C")'
