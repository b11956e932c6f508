"""What the import tests start from: real exports (whole, or its richest case) and an empty receiving file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.services.exchange_docs import Target, empty_target, real_export

Doc = dict[str, Any]
Place = tuple[Any, ...]


def places(value: Any, here: Place = ()) -> Iterator[Place]:
    """Every place in the document that holds a value."""
    if here:
        yield here
    if isinstance(value, dict):
        for key, child in value.items():
            yield from places(child, (*here, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from places(child, (*here, index))


def richest_case(document: Doc) -> list[str]:
    """The case with the most kinds of entries (then the smallest), so each attempt stays quick."""
    def kinds(case: Doc) -> int:
        parts = [case[k] for k in ("categories", "children", "sheets", "concerns", "consents")]
        parts += [k[p] for k in case["concerns"] for p in ("decisions", "actions", "observations",
                                                           "consultations", "parent_conversations")]
        return sum(1 for p in parts if p)
    best = max(document["cases"], key=lambda c: (kinds(c), -len(json.dumps(c))))
    return [best["number"]]


@pytest.fixture(scope="module")
def richest_export(tmp_path_factory: pytest.TempPathFactory) -> Doc:
    """A real export of the demo file's richest case (the fuzz test's starting point)."""
    return real_export(tmp_path_factory.mktemp("kilde"), cases=30, seed=11, pick=richest_case)


@pytest.fixture(scope="module")
def richest_places(richest_export: Doc) -> list[Place]:
    """Every place in that export a change may hit."""
    return list(places(richest_export))


@pytest.fixture(scope="module")
def richest_text(richest_export: Doc) -> str:
    """The document as text: parsing it again is much quicker than a deep copy."""
    return json.dumps(richest_export, ensure_ascii=False)


@pytest.fixture(scope="module")
def target_before(target: Target) -> tuple[int, int, int]:
    """The receiving file's fingerprint before the module's imports."""
    return target.fingerprint()


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    """An empty file to import into, shared by the module's tests (which must leave it unchanged)."""
    made = empty_target(tmp_path_factory.mktemp("mål"))
    yield made
    made.case_file.close()


@pytest.fixture(scope="module")
def export_doc(tmp_path_factory: pytest.TempPathFactory) -> Doc:
    """A real export of a 30-case demo file (the refusal table's starting point)."""
    return real_export(tmp_path_factory.mktemp("kilde"), cases=30, seed=11)
