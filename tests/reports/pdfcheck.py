"""Checks every generated PDF the way an archive would: structure, text, fonts and metadata."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import pikepdf
from pypdf import PdfReader

QPDF = shutil.which("qpdf")


def pages_text(data: bytes) -> list[str]:
    """The extracted text of each page, NFC-normalised."""
    reader = PdfReader(io.BytesIO(data))
    return [unicodedata.normalize("NFC", page.extract_text() or "") for page in reader.pages]


def flat(data: bytes) -> str:
    """All text with every run of whitespace as one space (values may wrap across lines)."""
    return " ".join(" ".join(pages_text(data)).split())


def check_structure(data: bytes) -> None:
    """`qpdf --check` when installed, and always pikepdf: both must find no error."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        problems = pdf.check_pdf_syntax()
        assert not problems, problems
        assert len(pdf.pages) >= 1
    if QPDF:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "check.pdf"
            path.write_bytes(data)
            result = subprocess.run([QPDF, "--check", str(path)], capture_output=True, text=True,
                                    check=False)
            assert result.returncode == 0, result.stdout + result.stderr


def fonts(data: bytes) -> set[str]:
    """Base font names used on any page; every one must be an embedded subset."""
    names = set()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for font in (page.resources.get("/Font") or {}).values():
                names.add(str(font.get("/BaseFont")))
                descendants = font.get("/DescendantFonts")
                holder = descendants[0] if descendants else font
                descriptor = holder.get("/FontDescriptor")
                assert descriptor is not None and "/FontFile2" in descriptor, f"{names} not all embedded"
    return names


def metadata_text(data: bytes) -> str:
    """Every metadata value (document information and XMP), joined."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = [str(v) for v in pdf.docinfo.values()]
        stream = pdf.Root.get("/Metadata")
        xmp = stream.read_bytes().decode("utf-8") if isinstance(stream, pikepdf.Stream) else ""
    return " ".join([*info, xmp])


def assert_no_canary(texts: Iterable[str], canaries: Iterable[str]) -> None:
    """No canary (name, name part, identity number) in any of `texts`, ignoring case and spaces."""
    joined = unicodedata.normalize("NFC", " ".join(texts)).casefold()
    digits = re.sub(r"\s", "", joined)
    for canary in canaries:
        needle = unicodedata.normalize("NFC", canary).casefold()
        assert needle not in joined, f"canary {canary!r} leaked"
        if needle.isdigit():
            assert needle not in digits, f"number {canary!r} leaked"
