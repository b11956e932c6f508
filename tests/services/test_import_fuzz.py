"""Import fuzz test (issue 11, point 3): 5,000 documents derived from a real export, never a traceback.

Hypothesis changes one to three places of a real export (a value replaced by something odd, a key
removed, an unknown key added, a list entry doubled) and imports the result through one of the three
ways in: the parsed document, its text, or the stream reader on a file. Every attempt either imports
(and the cases then export again as valid JSON) or is refused with an ExchangeError whose message
starts with a JSON path; nothing else may escape, and the receiving file never changes.
"""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barnearket.services import exchange
from barnearket.services.exchange import ExchangeError
from tests.services.exchange_docs import Target
from tests.services.import_setup import Place

Doc = dict[str, Any]
EXAMPLES = 5000

ODD_TEXT = st.sampled_from([
    "", " ", "\u0000", "\u0001\u0002", "\u200b", "kanskje", "ja", "nei", "uavklart", "2090-01-01",
    "0001-01-01", "9999-12-31", "2026-02-30", "0001-01-01T00:00:00+01:00", "2026-01-01T10:00:00",
    "9999-12-31T23:59:59+14:00", "1e400", "NaN", "Ǩiõllâs Ođđasa", "ø" * 5000, "\ud800", "enhet-1",
    "saksbehandler01", "barnevern", "alkohol", "child", "parent", "open", "closed",
])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40), ODD_TEXT,
)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


def _owner(doc: Any, place: Place) -> Any:
    for step in place[:-1]:
        doc = doc[step]
    return doc


def mutate(doc: Doc, data: st.DataObject, where: list[Place]) -> Doc:
    """One to three changes at places drawn from the undamaged document."""
    for _ in range(data.draw(st.integers(1, 3), label="changes")):
        place = data.draw(st.sampled_from(where), label="place")
        kind = data.draw(st.sampled_from(["replace", "replace", "remove", "unknown", "double"]), label="kind")
        try:
            owner = _owner(doc, place)
            owner[place[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed it
        if not isinstance(owner, dict | list):
            continue
        if kind == "replace":
            owner[place[-1]] = data.draw(VALUES, label="value")
        elif kind == "remove" and isinstance(owner, dict):
            del owner[place[-1]]
        elif kind == "unknown" and isinstance(owner, dict):
            owner[data.draw(st.text(min_size=1, max_size=8), label="key")] = data.draw(SCALARS)
        elif kind == "double" and isinstance(owner, list):
            owner.append(copy.deepcopy(owner[place[-1]]))
    return doc


def _import(ctx: Any, doc: Doc, way: str, folder: Path) -> list[int]:
    if way == "dokument":
        return exchange.import_document(ctx, doc)
    text = json.dumps(doc, ensure_ascii=False)
    if way == "tekst":
        return exchange.import_document(ctx, exchange.loads(text))
    path = folder / "fuzz.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return exchange.import_file(ctx, path)


def _has_bad_number(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, dict):
        return any(_has_bad_number(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_bad_number(v) for v in value)
    return False


@settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_document_derived_from_an_export_ends_in_a_traceback(data: st.DataObject, richest_text: str,
                                                                richest_places: list[Place], target: Target,
                                                                tmp_path: Path,
                                                                target_before: tuple[int, int, int],
                                                                ) -> None:
    doc = mutate(json.loads(richest_text), data, richest_places)
    way = data.draw(st.sampled_from(["dokument"] * 5 + ["tekst"] * 4 + ["fil"]), label="way")
    with target.context() as ctx:
        try:
            ids = _import(ctx, doc, way, tmp_path)
        except ExchangeError as refused:
            assert refused.message.startswith("$"), refused.message
        else:
            again = exchange.export_cases(ctx, [c["number"] for c in doc["cases"]])
            assert len(ids) == len(doc["cases"])
            json.loads(exchange.dumps(again), parse_constant=pytest.fail)
            assert not _has_bad_number(again)



def test_the_target_is_unchanged_after_the_fuzzing(target: Target,
                                                   target_before: tuple[int, int, int]) -> None:
    assert target.fingerprint() == target_before
