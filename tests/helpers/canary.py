"""Byte search for canary strings (reliability plan C-2): names and identity numbers that must never
appear in clear text in a case file, its WAL/SHM, key file, backups, the temp folder or logs.

`find_canaries(paths, canaries)` searches every file under the given paths for each canary in
UTF-8 and UTF-16LE, as written, in NFC and NFD, in upper and lower case; each name's words of five
or more letters are searched on their own too; an 11-digit number also as "DDMMYY IIIKK".
It returns one readable line per hit (empty list = nothing found).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le")
MIN_WORD = 5


def text_variants(canary: str) -> dict[str, str]:
    """Every textual form to look for, keyed by a description of the form."""
    forms: dict[str, str] = {}
    bases = {"som skrevet": canary}
    if re.fullmatch(r"\d{11}", canary):
        bases["DDMMYY IIIKK"] = f"{canary[:6]} {canary[6:]}"
    else:
        for word in re.split(r"[\s\-]+", canary):
            if len(word) >= MIN_WORD and word != canary:
                bases[f"ordet {word!r}"] = word
    for label, base in bases.items():
        for norm in ("NFC", "NFD"):
            normalised = unicodedata.normalize(norm, base)
            for case_label, cased in (("", normalised), (", STORE", normalised.upper()),
                                      (", små", normalised.lower())):
                forms.setdefault(cased, f"{label}, {norm}{case_label}")
    return {description: value for value, description in forms.items()}


def needles(canary: str) -> dict[bytes, str]:
    """Byte patterns for one canary, with a description of each."""
    found: dict[bytes, str] = {}
    for description, value in text_variants(canary).items():
        for encoding in ENCODINGS:
            found.setdefault(value.encode(encoding), f"{description}, {encoding}")
    return found


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files at or under each path (symlinks are not followed; folders that vanish are skipped)."""
    for path in paths:
        if path.is_symlink():
            continue
        if path.is_file():
            yield path
        elif path.is_dir():
            for folder, _, names in os.walk(path):
                for name in sorted(names):
                    child = Path(folder) / name
                    if child.is_file() and not child.is_symlink():
                        yield child


def find_canaries(paths: Iterable[Path], canaries: Iterable[str]) -> list[str]:
    """Search every file for every canary in every form; one line per (file, canary, form) hit."""
    patterns = [(canary, pattern, description)
                for canary in canaries for pattern, description in needles(canary).items()]
    hits: list[str] = []
    for file in iter_files(paths):
        try:
            data = file.read_bytes()
        except FileNotFoundError:  # removed since it was listed (e.g. a WAL at close)
            continue
        except OSError as exc:  # unreadable files are reported, never skipped silently
            hits.append(f"{file}: kunne ikke leses ({exc.strerror})")
            continue
        for canary, pattern, description in patterns:
            if pattern in data:
                hits.append(f"{file}: {canary!r} ({description})")
    return hits


def searched_files(paths: Iterable[Path]) -> list[Path]:
    """The files `find_canaries` would read (to show that the search was not empty)."""
    return list(iter_files(paths))
