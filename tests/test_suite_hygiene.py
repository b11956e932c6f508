"""The test suite keeps its own house rules (issue 15, point 5): fixtures live in `conftest.py` or in
support modules named for what they hold, never in a `test_*.py` file, and no test waits a fixed time
with `qtbot.wait(...)` / `QTest.qWait(...)`: it waits for a signal or a condition instead.

Cheap and without Qt: the files are parsed, not imported.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent

def _name(node: ast.expr) -> str:
    """`pytest.fixture`, `fixture`, `self.qtbot.wait` … for a decorator or a called function."""
    if isinstance(node, ast.Call):
        return _name(node.func)
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return node.id if isinstance(node, ast.Name) else ""


def is_fixture(node: ast.AST) -> bool:
    """A function decorated with `@pytest.fixture` or `@fixture` (with or without arguments)."""
    return isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
        _name(d) in ("pytest.fixture", "fixture") for d in node.decorator_list)


def is_fixed_wait(node: ast.AST) -> bool:
    """A call of `qtbot.wait(…)` (also `self.qtbot.wait`) or of `QTest.qWait(…)`."""
    if not isinstance(node, ast.Call):
        return False
    called = _name(node.func)
    return called in {"QTest.qWait", "qtbot.wait"} or called.endswith(".qtbot.wait")


def broken_rules(source: str, is_test_module: bool) -> dict[str, list[int]]:
    """Rule → the lines that break it: fixtures count in test modules only, fixed waits everywhere."""
    found: dict[str, list[int]] = {}
    for node in ast.walk(ast.parse(source)):
        if is_test_module and is_fixture(node):
            found.setdefault("fixture", []).append(node.lineno)  # type: ignore[attr-defined]
        if is_fixed_wait(node):
            found.setdefault("fixed wait", []).append(node.lineno)  # type: ignore[attr-defined]
    return found


def _python_files() -> Iterator[Path]:
    yield from sorted(p for p in TESTS.rglob("*.py") if "__pycache__" not in p.parts)


def test_no_fixture_in_a_test_module_and_no_fixed_wait() -> None:
    problems = []
    for path in _python_files():
        name = path.relative_to(TESTS.parent).as_posix()
        broken = broken_rules(path.read_text(encoding="utf-8"), path.name.startswith("test_"))
        problems += [f"{name}:{lines} {rule}" for rule, lines in broken.items()]
    assert problems == [], ("a fixture belongs in conftest.py or a support module; wait with "
                            "qtbot.waitUntil/waitSignal, not a fixed time:\n" + "\n".join(problems))


@pytest.mark.parametrize(("source", "in_test_module", "expected"), [
    ("import pytest\n@pytest.fixture\ndef a(): ...\n", True, {"fixture": [3]}),
    ("import pytest\n@pytest.fixture(scope='module')\ndef a(): ...\n", True, {"fixture": [3]}),
    ("from pytest import fixture\n@fixture(autouse=True)\nasync def a(): ...\n", True, {"fixture": [3]}),
    ("import pytest\n@pytest.fixture\ndef a(): ...\n", False, {}),
    ("def t(qtbot):\n    qtbot.wait(100)\n", False, {"fixed wait": [2]}),
    ("def see(self):\n    self.qtbot.wait(40)\n", False, {"fixed wait": [2]}),
    ("def t():\n    QTest.qWait(5)\n", True, {"fixed wait": [2]}),
    ("def t(qtbot):\n    qtbot.waitUntil(f)\n    qtbot.waitSignal(s)\n    process.wait(10)\n", True, {}),
    ("import pytest\n@pytest.mark.parametrize('a', [1])\ndef test_a(a): ...\n", True, {}),
])
def test_the_guard_sees_what_it_should(source: str, in_test_module: bool,
                                       expected: dict[str, list[int]]) -> None:
    assert broken_rules(source, in_test_module) == expected
