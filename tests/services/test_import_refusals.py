"""Import refuses what the forms do not know, and says where (issue 11, point 3: the table test).

Each named bad input is derived from a real export of a demo file and imported through the stream
reader the command line uses. Every one must be refused with an ExchangeError whose message starts
with a JSON path, says in Norwegian what is wrong, does not repeat the bad value, and leaves the
receiving file unchanged. The undamaged export must import.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from barnearket.services import exchange
from barnearket.services.context import ServiceContext
from barnearket.services.exchange import ExchangeError
from tests.services.exchange_docs import Target

Doc = dict[str, Any]
Bad = Callable[[Doc], Doc | bytes]
NORWEGIAN = re.compile(r"[a-zæøå]{3,} [a-zæøå]{2,}")


def _case(doc: Doc, has: str) -> Doc:
    return next(c for c in doc["cases"] if c[has])


def _concern(doc: Doc, has: str | None = None) -> Doc:
    return next(k for c in doc["cases"] for k in c["concerns"] if has is None or k[has])


def _answer(doc: Doc, question: str) -> Doc:
    return next(a for c in doc["cases"] for s in c["sheets"] for a in s["answers"]
                if a["question_id"] == question)


def _child_consent(doc: Doc, age: int) -> Doc:
    """A consent given by a child aged `age` on the day (the child's birth date is moved to fit)."""
    case = next(c for c in doc["cases"] if c["consents"] and any(ch["birth_date"] for ch in c["children"]))
    child = next(ch for ch in case["children"] if ch["birth_date"])
    consent = case["consents"][0]
    given = consent["given_on"]
    child["birth_date"] = f"{int(given[:4]) - age}{given[4:]}"
    child["identity_number"] = None
    consent.update(given_by="child", child=child["ref"])
    return doc


def _set(path: Callable[[Doc], Doc], key: str, value: Any) -> Bad:
    def change(doc: Doc) -> Doc:
        path(doc)[key] = value
        return doc
    return change


def _text(doc: Doc) -> str:
    return json.dumps(doc, ensure_ascii=False, allow_nan=False)


def _raw(change: Callable[[str], str]) -> Bad:
    return lambda doc: change(_text(doc)).encode("utf-8")


def _first(doc: Doc) -> Doc:
    first: Doc = doc["cases"][0]
    return first


def _nest(depth: int) -> Any:
    value: Any = "bunn"
    for _ in range(depth):
        value = [value]
    return value


def _dup_child_ref(doc: Doc) -> Doc:
    case = next(c for c in doc["cases"] if len(c["children"]) > 1)
    case["children"][1]["ref"] = case["children"][0]["ref"]
    return doc


def _report_section(doc: Doc) -> Doc:
    concern = _concern(doc)
    concern["reports"] = [{"series": 1, "version": 1, "recipient": "barnevern", "status": "draft",
                           "created_at": concern["created_at"], "created_by": concern["created_by"],
                           "sections": {"ukjent_del": "tekst"}}]
    return doc


CONTROL_ONLY = "\u0001\u0002\u200b\u0007"
DEEP = "[" * 10_000 + "]" * 10_000

BAD: dict[str, Bad] = {
    # Catalogues and forms
    "ukjent kategori på saken": _set(lambda d: _case(d, "categories"), "categories",
                                     ["alkohol", "ukjent_kategori"]),
    "ukjent kategori på bekymringen": _set(_concern, "categories", ["ukjent_kategori"]),
    "ukjent tjeneste på barnet": _set(lambda d: _first(d)["children"][0], "services", ["ikke_en_tjeneste"]),
    "ukjent mottaker i beslutningen": _set(lambda d: _concern(d, "decisions")["decisions"][0], "recipients",
                                           ["mars"]),
    "ukjent mottaker i samtykket": _set(lambda d: _case(d, "consents")["consents"][0], "recipients",
                                        ["mars"]),
    "ukjent tjeneste i tiltaket": _set(lambda d: _concern(d, "actions")["actions"][0], "service_id", "mars"),
    "ukjent spørsmål": _set(lambda d: _answer(d, "child_knows"), "question_id", "finnes_ikke"),
    "ugyldig valg i ja/nei-spørsmål": _set(lambda d: _answer(d, "interpreter_needed"), "value", "kanskje"),
    "ugyldig valg i valgspørsmål": _set(lambda d: _answer(d, "lives_where"), "value", "på_månen"),
    "liste der ett valg ventes": _set(lambda d: _answer(d, "interpreter_needed"), "value", ["ja"]),
    "foreldrespørsmål besvart for et barn": _set(lambda d: _answer(d, "interpreter_needed"), "child", 1),
    "barnespørsmål besvart for forelderen": _set(lambda d: _answer(d, "child_knows"), "child", None),
    "ukjent tjeneste for enheten": _set(lambda d: d["units"][0], "service", "romfart"),
    "portspørsmål svart kanskje": _set(_first, "gate_answer", "kanskje"),
    "søskenspørsmål svart kanskje": _set(_first, "gate_siblings", "kanskje"),
    "bekymringsnivå 99": _set(_concern, "level", 99),
    "bekymringsnivå -5": _set(_concern, "level", -5),
    "foreldrenivå 99": _set(_concern, "parent_level", 99),
    "nivåendring til 99": _set(lambda d: _concern(d)["level_changes"][0], "level", 99),
    "nivåendring til 0": _set(lambda d: _concern(d)["level_changes"][0], "level", 0),
    "ukjent skala": _set(lambda d: _concern(d)["level_changes"][0], "scale", "søsken"),
    "skjemaversjon 999 på arket": _set(lambda d: _case(d, "sheets")["sheets"][0], "form_version", 999),
    "skjemaversjon 999 på svaret": _set(lambda d: _answer(d, "child_knows"), "form_version", 999),
    "ukjent skjema på arket": _set(lambda d: _case(d, "sheets")["sheets"][0], "form_id", "annet_skjema"),
    # Dates and ages
    "barn født 2090-01-01": _set(lambda d: _first(d)["children"][0], "birth_date", "2090-01-01"),
    "barn født 0001-01-01": _set(lambda d: _first(d)["children"][0], "birth_date", "0001-01-01"),
    "forelder født 2090-01-01": _set(_first, "parent_birth_date", "2090-01-01"),
    "forelder født 0001-01-01": _set(_first, "parent_birth_date", "0001-01-01"),
    "bekymring oppstått i 1850": _set(_concern, "arose_on", "1850-01-01"),
    "tidsfrist år 2200": _set(_concern, "decision_due", "2200-01-01"),
    "tidspunkt 0001-01-01T00:00:00+01:00": _set(_first, "created_at", "0001-01-01T00:00:00+01:00"),
    "tidspunkt i år 9999": _set(_first, "created_at", "9999-12-31T23:59:59.000000Z"),
    "tidspunkt uten tidssone": _set(_first, "created_at", "2026-01-01T10:00:00"),
    "dato som ikke finnes": _set(_first, "parent_birth_date", "1990-02-30"),
    "dato som tall": _set(_first, "parent_birth_date", 19900101),
    "datosvar som ikke er en dato": _set(lambda d: _answer(d, "conversation_date"), "value", "i fjor"),
    "14-åring samtykker selv": lambda d: _child_consent(d, 14),
    "barnet samtykker uten å være nevnt": _set(lambda x: _case(x, "consents")["consents"][0],
                                                         "given_by", "child"),
    # Numbers
    "NaN i et svar": _raw(lambda t: t.replace('"value": "ja"', '"value": NaN', 1)),
    "Infinity i et svar": _raw(lambda t: t.replace('"value": "ja"', '"value": Infinity', 1)),
    "-Infinity i et svar": _raw(lambda t: t.replace('"value": "ja"', '"value": -Infinity', 1)),
    "1e400 i et svar": _raw(lambda t: t.replace('"value": "ja"', '"value": {"tall": 1e400}', 1)),
    "10^30 i et svar": _set(lambda d: _answer(d, "parent_situation"), "value", {"tall": 10**30}),
    "10^30 som nivå": _set(_concern, "level", 10**30),
    "10^30 som skjemaversjon": _set(lambda d: _case(d, "sheets")["sheets"][0], "form_version", 10**30),
    "sann/usann som tekst": _set(_first, "parent_interpreter", "true"),
    "tall som tekst i nivå": _set(_concern, "level", "3"),
    # Lengths and control characters
    "saksnummer over 20 tegn": _set(_first, "number", "2026-" + "1" * 40),
    "navn over 200 tegn": _set(_first, "parent_name", "Áslat " * 50),
    "notat over 100 000 tegn": _set(lambda d: _concern(d, "observations")["observations"][0], "text",
                                    "ø" * 100_001),
    "svar lengre enn spørsmålet tillater": _set(lambda d: _answer(d, "parent_situation"), "value",
                                                "å" * 4001),
    "barnets navn bare styretegn": _set(lambda d: _first(d)["children"][0], "name", CONTROL_ONLY),
    "forelderens navn bare styretegn": _set(_first, "parent_name", CONTROL_ONLY),
    "brukerens navn bare styretegn": _set(lambda d: d["users"][0], "full_name", CONTROL_ONLY),
    "enhetens navn bare styretegn": _set(lambda d: d["units"][0], "name", CONTROL_ONLY),
    "telefon over 40 tegn": _set(lambda d: d["users"][0], "phone", "9" * 41),
    # Nesting and size
    "10 000 nivåer i et svar": _raw(lambda t: t.replace('"value": "ja"', f'"value": {DEEP}', 1)),
    "10 000 nivåer i en sak": _raw(lambda t: t.replace('"cases": [', f'"cases": [{DEEP}, ', 1)),
    "svar nøstet 30 nivåer": _set(lambda d: _answer(d, "parent_situation"), "value", _nest(30)),
    "svar over 200 000 tegn": _set(lambda d: _answer(d, "parent_situation"), "value", ["ø" * 1000] * 300),
    # Structure and references
    "formatversjon 999": _set(lambda d: d, "format_version", 999),
    "feil format": _set(lambda d: d, "format", "noe.annet"),
    "ukjent felt øverst": _set(lambda d: d, "ekstra", []),
    "ukjent felt i saken": _set(_first, "favorittfarge", "blå"),
    "ukjent felt i enheten": _set(lambda d: d["units"][0], "farge", "blå"),
    "ukjent felt i brukeren": _set(lambda d: d["users"][0], "farge", "blå"),
    "ukjent rolle": _set(lambda d: d["users"][0], "role", "sjef"),
    "ugyldig brukernavn": _set(lambda d: d["users"][0], "login", "Ikke Gyldig!"),
    "enhet aktiv som tekst": _set(lambda d: d["units"][0], "active", "ja"),
    "samme saksnummer to ganger": lambda d: {**d, "cases": [d["cases"][0], copy.deepcopy(d["cases"][0])]},
    "barnereferanse brukt to ganger": _dup_child_ref,
    "svar peker på barn som ikke finnes": _set(lambda d: _answer(d, "child_knows"), "child", 99),
    "bekymring peker på barn som ikke finnes": _set(_concern, "child", 99),
    "ansvarlig som ikke er listet": _set(_first, "responsible", "ukjent.person"),
    "ukjent enhetsnøkkel": _set(_first, "unit", "enhet-999"),
    "ukjent status": _set(_first, "status", "glemt"),
    "ukjent meldingsdel": _report_section,
    "ugyldig fødselsnummer": _set(lambda d: _first(d)["children"][0], "identity_number", "12345678901"),
    "sakene er ikke en liste": _set(lambda d: d, "cases", {"a": 1}),
    "saken er en tekst": _set(lambda d: d, "cases", ["sak"]),
    "dokumentet er en liste": lambda d: b"[1, 2, 3]",
    "avkuttet JSON": _raw(lambda t: t[: len(t) // 2]),
    "ugyldig UTF-8": lambda d: _text(d).encode("utf-8")[:200] + b"\xff\xfe" + _text(d).encode("utf-8")[200:],
}


def test_the_table_has_at_least_sixty_named_bad_inputs() -> None:
    assert len(BAD) >= 60


def test_the_real_export_imports(export_doc: Doc, target: Target, tmp_path: Path) -> None:
    path = tmp_path / "god.json"
    path.write_text(_text(export_doc), encoding="utf-8")
    with target.context() as ctx:
        assert len(exchange.import_file(ctx, path)) == len(export_doc["cases"])


def _import(ctx: ServiceContext, data: bytes, reader: str, folder: Path) -> None:
    """Through the stream reader the command line uses, or parsed whole as the services take it."""
    if reader == "fil":
        path = folder / "dårlig.json"
        path.write_bytes(data)
        exchange.import_file(ctx, path)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ExchangeError("$", "filen er ikke UTF-8") from None
        exchange.import_document(ctx, exchange.loads(text))


@pytest.mark.parametrize("reader", ["fil", "tekst"])
@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_input_is_refused_with_a_place_and_a_reason(name: str, reader: str, export_doc: Doc,
                                                             target: Target, tmp_path: Path) -> None:
    before = target.fingerprint()
    made = BAD[name](copy.deepcopy(export_doc))
    data = made if isinstance(made, bytes) else _text(made).encode("utf-8")
    with target.context() as ctx, pytest.raises(ExchangeError) as refused:
        _import(ctx, data, reader, tmp_path)
    place, _, problem = str(refused.value.message).partition(": ")
    assert place.startswith("$"), refused.value.message
    assert NORWEGIAN.search(problem), refused.value.message
    for leaked in ("kanskje", "ukjent_kategori", "mars", "Ikke Gyldig", "12345678901", "på_månen"):
        assert leaked not in problem
    assert target.fingerprint() == before
