"""Fixtures for the domain tests: the shipped forms, and a small SQLite table of names to search."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from barnearket.domain.collation import search_key
from barnearket.domain.forms import FormLibrary, load_standard_library


@pytest.fixture(scope="module")
def library() -> FormLibrary:
    """The shipped forms, loaded once per test module."""
    return load_standard_library()


@pytest.fixture
def names_db() -> Iterator[sqlite3.Connection]:
    """An in-memory table of names with their search keys, as the case list stores them."""
    names = [
        "Ødegård",
        "Odegard",
        "Čeavrris",
        "Ceavrris",
        "Ŋuolas",
        "Đuolbma",
        "50% Hansen",
        "Per_Olsen",
        "Per Olsen",
        "Back\\slash",
        "Ærlig",
        "ÆRLIG-Åsheim",
    ]
    con = sqlite3.connect(":memory:")
    con.execute("create table person (name text, name_key text)")
    con.executemany("insert into person values (?, ?)", [(name, search_key(name)) for name in names])
    yield con
    con.close()
