"""Each document, rendered in nynorsk and in English, holds no bokmål (issue 17, point 3c).

The text is read back from the PDF (pypdf). The family's names, the organisation's own details, the
free text the tests typed and the form's answer options are data, not program text, and are allowed.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

from barnearket.reports.names import DocumentKind
from barnearket.services.documents import generate_document
from barnearket.services.language import document_language, save_document_language
from tests.languages.words import stray_words
from tests.reports import pdfcheck
from tests.reports.built import Family
from tests.reports.factory import CHILDREN, ORG, PARENT, WORKER
from tests.services.support import World

DATA = (PARENT, *CHILDREN, ORG.display_name, ORG.address, ORG.municipality, WORKER.name, WORKER.job_title,
        "Biret Sæther", "nordsamisk", "Porsanger", "Lakselv", "Rådhusveien", "Storgata", "Kari Ødegård",
        "Ødegård-Ŧoavdda", "Sykepleier", "Forelder og barneansvarlig",
        "Ŋuolas hadde ikke matpakke tre dager på rad.",
        "Barnet kommer sultent på skolen", "Det hjelper.", "Det vi har sett.", "Rådet var å snakke med mor.",
        "Er i behandling for rus.", "Mor ble lei seg, men enig.", "Samarbeid med skolen",
        "Samtale med helsesykepleier", "Savner mor når hun er innlagt.")
"""The family's names and the free text `tests/reports/built.py` typed: data, in whatever language."""
_MARKS = re.compile(r"^[\s☐☒–\-\d.:]+")


@cache
def form_texts() -> frozenset[str]:
    """Every text of the shipped form definitions: these are translated in the forms themselves, which
    the shipped forms do not do yet (see docs/forms.md), so a line made only of form text is skipped."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(" ".join(value.split()))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted((Path(__file__).resolve().parents[2] / "forms").glob("*.toml")):
        walk(tomllib.loads(path.read_text(encoding="utf-8")))
    return frozenset(found)


def is_form_text(line: str) -> bool:
    """Whether the line (without a leading box, number or dash) is part of a text from the forms."""
    bare = _MARKS.sub("", line).strip().rstrip(",:")
    return bool(bare) and any(bare in text for text in form_texts())
KINDS = list(DocumentKind)


def _strays(text: str, language: str) -> list[str]:
    """Lines of the PDF text with words that are not in `language`."""
    found = []
    for line in text.splitlines():
        if is_form_text(line):
            continue
        wrong = stray_words(line, language, DATA)
        if wrong:
            found.append(f"{line!r}: {sorted(wrong)}")
    return found


@pytest.mark.parametrize("language", ["nn", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_document_program_text_is_in_the_language(world: World, family: Family, kind: DocumentKind,
                                                  language: str) -> None:
    data = generate_document(world.ctx(), family.case_id, kind, language=language).data
    text = "\n".join(pdfcheck.pages_text(data))
    strays = _strays(text, language)
    assert not strays, "\n".join(strays)


def test_bokmal_is_unchanged_and_the_organisation_language_is_used(world: World, family: Family) -> None:
    bokmal = pdfcheck.flat(generate_document(world.ctx(), family.case_id, DocumentKind.CONSENT).data)
    assert "Samtykke til å dele opplysninger" in bokmal
    assert save_document_language(world.ctx(world.admin), "nn")
    assert document_language(world.ctx()) == "nn"
    nynorsk = pdfcheck.flat(generate_document(world.ctx(), family.case_id, DocumentKind.CONSENT).data)
    assert "Samtykke til å dele opplysningar" in nynorsk and "Kven samtykket gjeld" in nynorsk
    english = pdfcheck.flat(generate_document(world.ctx(), family.case_id, DocumentKind.CONSENT,
                                              language="en").data)
    assert "Consent to share information" in english
