"""The line locator finds every key of a TOML document, so errors can name a line."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from barnearket.domain.forms import shipped_forms_dir
from barnearket.domain.forms.errors import Loc
from barnearket.domain.forms.locate import key_lines, line_of

SHIPPED = sorted(shipped_forms_dir().glob("*.toml"))


def paths(value: object, prefix: Loc = ()) -> Iterator[Loc]:
    """Every key path and array index in a parsed document."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield (*prefix, key)
            yield from paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield (*prefix, index)
            yield from paths(inner, (*prefix, index))


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_key_of_every_shipped_file_is_found_on_a_line_naming_it(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    found = key_lines(text)
    for loc in paths(tomllib.loads(text)):
        assert loc in found, loc
        last = loc[-1]
        line = lines[found[loc] - 1]
        assert (last in line) if isinstance(last, str) else ("[[" in line or "{" in line or '"' in line), loc


def test_tricky_syntax_does_not_confuse_the_locator() -> None:
    text = (
        "# a comment with key = 1\r\n"
        'a = """\n[[not_a_table]]\nb = 2\n"""\r\n'
        "'quoted key' = 'say \"hi\"'\n"
        '"dotted"."inner key" = 1\n'
        "when = 1979-05-27 07:32:00\n"
        "[[list]]\n"
        "x = [\n  1,  # one\n  [2, 3],\n]\n"
        "[[list]]\n"
        "[list.sub]\n"
        "y = { z = { w = true } }\n"
    )
    tomllib.loads(text)
    found = key_lines(text)
    assert ("not_a_table",) not in found
    assert ("b",) not in found
    assert found[("quoted key",)] == 6
    assert found[("dotted", "inner key")] == 7
    assert found[("when",)] == 8
    assert found[("list", 0, "x", 1)] == 12
    assert found[("list", 0, "x", 1, 1)] == 12
    assert found[("list", 0, "x", 0)] == 11
    assert found[("list", 1)] == 14
    assert found[("list", 1, "sub", "y", "z", "w")] == 16


def test_unknown_paths_fall_back_to_the_nearest_parent() -> None:
    text = "a = 1\n[t]\nb = { c = 2 }\n"
    assert line_of(text, ("t", "b", "c", "missing")) == 3
    assert line_of(text, ("t", "missing")) == 2
    assert line_of(text, ("missing",)) == 1
