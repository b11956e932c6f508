"""Issue 20, point 7: `barnearket pdf FILE --kind leaflet` writes one page with the municipality's name
and contact, no case data, and the parent-facing text read back from the PDF."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from tests.cli.stores import CliStore
from tests.reports import pdfcheck
from tests.reports.built import Family


def test_the_leaflet_is_one_page_with_the_municipality_and_no_case_data(cli: CliStore, family: Family,
                                                                       tmp_path: Path) -> None:
    f, out = cli.where, tmp_path / "brosjyre.pdf"
    assert cli.run("settings", f, "--phone", "78 46 80 00").code == 0
    made = cli.run("pdf", f, "--kind", "leaflet", "-o", str(out))
    assert made.code == 0 and "uten opplysninger om saker" in made.out
    data = out.read_bytes()
    pdfcheck.check_structure(data)
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    text = pdfcheck.flat(data)
    for words in ("Når vi spør om barna", "Hvorfor spør vi om barna?", "Hva er samtalen?",
                  "taushetsplikt", "barnevernet", "78 46 80 00"):
        assert words in text, words
    settings = cli.run("settings", f)
    assert settings.code == 0
    municipality = next(line.split(":", 1)[1].strip() for line in settings.out.splitlines()
                        if line.startswith("Kommunenavn:"))
    assert municipality in text
    assert family.number not in text, "a leaflet names no case"
    pdfcheck.assert_no_canary([text, pdfcheck.metadata_text(data)], family.canaries)
    assert "Taushetsbelagt" not in text


def test_other_documents_still_need_a_case(cli: CliStore, family: Family) -> None:
    refused = cli.run("pdf", cli.where, "--kind", "consent")
    assert refused.code == 2 and "--case NR trengs" in refused.err
