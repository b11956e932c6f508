"""Ways to damage a case file or its key file, for the damaged-file tests (reliability plan B-1).

Every mutation is a pure function of the original bytes and a seeded `random.Random`, so a
failing case can be replayed from the seed printed in the test's failure message.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PAGE = 4096

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n"
    b"0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n170\n%%EOF\n"
)


@dataclass(frozen=True)
class Originals:
    """The intact files a mutation starts from."""

    case: bytes
    keys: bytes
    other_keys_same_passphrase: bytes
    other_keys_other_passphrase: bytes


@dataclass
class Damaged:
    """What to write for one damaged case: the case file, and the key file (None = missing)."""

    case: bytes
    keys: bytes | None
    what: str


def pages(data: bytes) -> int:
    """Number of whole pages in a file."""
    return len(data) // PAGE


def flip_bits(data: bytes, rng: random.Random, count: int, start: int = 0, end: int | None = None) -> bytes:
    """Flip `count` distinct random bits in data[start:end]."""
    end = len(data) if end is None else end
    out = bytearray(data)
    positions = rng.sample(range(start * 8, end * 8), count)
    for bit in positions:
        out[bit // 8] ^= 1 << (bit % 8)
    return bytes(out)


def zero_page(data: bytes, page_no: int) -> bytes:
    """Overwrite page `page_no` (1-based) with zero bytes."""
    begin = (page_no - 1) * PAGE
    return data[:begin] + bytes(PAGE) + data[begin + PAGE :]


def swap_pages(data: bytes, a: int, b: int) -> bytes:
    """Exchange two pages (1-based numbers)."""
    a, b = sorted((a, b))
    pa = data[(a - 1) * PAGE : a * PAGE]
    pb = data[(b - 1) * PAGE : b * PAGE]
    return data[: (a - 1) * PAGE] + pb + data[a * PAGE : (b - 1) * PAGE] + pa + data[b * PAGE :]


def plain_sqlite_bytes(workdir: Path) -> bytes:
    """A small, valid, unencrypted SQLite database."""
    path = workdir / "plain.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE personer(navn TEXT)")
    con.execute("INSERT INTO personer VALUES ('Ingen Ekte')")
    con.commit()
    con.close()
    data = path.read_bytes()
    path.unlink()
    return data


def wrong_checksum(keys: bytes) -> bytes:
    """The key file with a well-formed but wrong checksum."""
    body = json.loads(keys)
    body["checksum"] = hashlib.sha256(b"noe annet").hexdigest()
    return json.dumps(body, indent=2, sort_keys=True).encode() + b"\n"


def edited_without_checksum(keys: bytes) -> bytes:
    """The key file with one slot field changed and the old checksum kept."""
    body = json.loads(keys)
    body["slots"][0]["kdf"]["time_cost"] = int(body["slots"][0]["kdf"]["time_cost"]) + 1
    return json.dumps(body, indent=2, sort_keys=True).encode() + b"\n"


Mutator = Callable[[Originals, random.Random, Path], Damaged]


def _case(data: bytes, what: str, o: Originals) -> Damaged:
    return Damaged(data, o.keys, what)


def m_random_bit_flips(o: Originals, rng: random.Random, _: Path) -> Damaged:
    n = rng.randint(1, 100)
    return _case(flip_bits(o.case, rng, n), f"{n} tilfeldige bitflipp", o)


def m_page1_bit_flips(o: Originals, rng: random.Random, _: Path) -> Damaged:
    n = rng.randint(1, 8)
    return _case(flip_bits(o.case, rng, n, 0, PAGE), f"{n} bitflipp i side 1", o)


def m_salt_bit_flip(o: Originals, rng: random.Random, _: Path) -> Damaged:
    return _case(flip_bits(o.case, rng, 1, 0, 16), "bitflipp i saltet (de 16 første bytene)", o)


def m_later_page_bit_flip(o: Originals, rng: random.Random, _: Path) -> Damaged:
    page = rng.randint(2, pages(o.case))
    data = flip_bits(o.case, rng, 1, (page - 1) * PAGE, page * PAGE)
    return _case(data, f"ett bitflipp i side {page}", o)


def m_truncate_empty(o: Originals, _rng: random.Random, _: Path) -> Damaged:
    return _case(b"", "avkortet til 0 byte", o)


def m_truncate_tiny(o: Originals, rng: random.Random, _: Path) -> Damaged:
    n = rng.randint(1, 15)
    return _case(o.case[:n], f"avkortet til {n} byte", o)


def m_truncate_odd(o: Originals, rng: random.Random, _: Path) -> Damaged:
    n = rng.randrange(16, len(o.case) - 1)
    if n % PAGE == 0:
        n += 1
    return _case(o.case[:n], f"avkortet til {n} byte (ikke hele sider)", o)


def m_truncate_one_page_short(o: Originals, _rng: random.Random, _: Path) -> Damaged:
    return _case(o.case[:-PAGE], "én side for kort", o)


def m_truncate_whole_pages(o: Originals, rng: random.Random, _: Path) -> Damaged:
    keep = rng.randint(1, pages(o.case) - 1)
    return _case(o.case[: keep * PAGE], f"avkortet til {keep} hele sider", o)


def m_zero_page1(o: Originals, _rng: random.Random, _: Path) -> Damaged:
    return _case(zero_page(o.case, 1), "side 1 nullet ut", o)


def m_zero_random_page(o: Originals, rng: random.Random, _: Path) -> Damaged:
    page = rng.randint(2, pages(o.case) - 1)
    return _case(zero_page(o.case, page), f"side {page} nullet ut", o)


def m_zero_last_page(o: Originals, _rng: random.Random, _: Path) -> Damaged:
    return _case(zero_page(o.case, pages(o.case)), "siste side nullet ut", o)


def m_append_garbage(o: Originals, rng: random.Random, _: Path) -> Damaged:
    size = rng.choice([1, 17, PAGE - 1, PAGE, 3 * PAGE, rng.randint(1, 5 * PAGE)])
    return _case(o.case + rng.randbytes(size), f"{size} byte søppel lagt til på slutten", o)


def m_swap_pages(o: Originals, rng: random.Random, _: Path) -> Damaged:
    a, b = rng.sample(range(1, pages(o.case) + 1), 2)
    return _case(swap_pages(o.case, a, b), f"side {a} og {b} byttet om", o)


def m_plain_sqlite(o: Originals, _rng: random.Random, workdir: Path) -> Damaged:
    return _case(plain_sqlite_bytes(workdir), "vanlig ukryptert SQLite-fil", o)


def m_plain_sqlite_no_keys(o: Originals, _rng: random.Random, workdir: Path) -> Damaged:
    return Damaged(plain_sqlite_bytes(workdir), None, "vanlig SQLite-fil uten nøkkelfil")


def m_random_bytes(o: Originals, rng: random.Random, _: Path) -> Damaged:
    size = rng.choice([len(o.case), rng.randint(16, 40_000)])
    return _case(rng.randbytes(size), f"{size} tilfeldige byte", o)


def m_random_bytes_no_keys(o: Originals, rng: random.Random, _: Path) -> Damaged:
    size = rng.choice([len(o.case), rng.randint(16, 40_000)])
    return Damaged(rng.randbytes(size), None, f"{size} tilfeldige byte uten nøkkelfil")


def m_pdf(o: Originals, _rng: random.Random, _: Path) -> Damaged:
    return _case(MINIMAL_PDF, "PDF med nytt navn", o)


def m_pdf_no_keys(o: Originals, _rng: random.Random, _: Path) -> Damaged:
    return Damaged(MINIMAL_PDF, None, "PDF med nytt navn, uten nøkkelfil")


def m_keys_bit_flip(o: Originals, rng: random.Random, _: Path) -> Damaged:
    n = rng.randint(1, 3)
    return Damaged(o.case, flip_bits(o.keys, rng, n), f"{n} bitflipp i nøkkelfilen")


def m_keys_truncated(o: Originals, rng: random.Random, _: Path) -> Damaged:
    n = rng.randrange(0, len(o.keys) - 1)
    return Damaged(o.case, o.keys[:n], f"nøkkelfilen avkortet til {n} byte")


def m_keys_invalid_json(o: Originals, rng: random.Random, _: Path) -> Damaged:
    junk = rng.choice([b"{", b"[]", b"null", b'{"format": "barnearket-keys"}', b"\xff\xfe\x00"])
    return Damaged(o.case, junk, f"nøkkelfilen er ugyldig JSON ({junk!r})")


def m_keys_wrong_checksum(o: Originals, _rng: random.Random, _: Path) -> Damaged:
    return Damaged(o.case, wrong_checksum(o.keys), "nøkkelfilen har feil kontrollsum")


def m_keys_edited(o: Originals, _rng: random.Random, _: Path) -> Damaged:
    return Damaged(o.case, edited_without_checksum(o.keys), "nøkkelfilen er endret uten ny kontrollsum")


def m_keys_missing(o: Originals, _rng: random.Random, _: Path) -> Damaged:
    return Damaged(o.case, None, "nøkkelfilen mangler")


def m_keys_of_other_file(o: Originals, _rng: random.Random, _: Path) -> Damaged:
    return Damaged(o.case, o.other_keys_same_passphrase, "nøkkelfilen til en annen saksfil (samme frase)")


def m_keys_of_other_file_other_passphrase(o: Originals, _rng: random.Random, _: Path) -> Damaged:
    return Damaged(o.case, o.other_keys_other_passphrase, "nøkkelfilen til en annen saksfil (annen frase)")


# How many seeded cases of each mutation the damaged-file test runs (at least 300 in all).
PLAN: dict[str, tuple[Mutator, int]] = {
    "random_bit_flips": (m_random_bit_flips, 110),
    "page1_bit_flips": (m_page1_bit_flips, 25),
    "salt_bit_flip": (m_salt_bit_flip, 5),
    "later_page_bit_flip": (m_later_page_bit_flip, 35),
    "truncate_empty": (m_truncate_empty, 1),
    "truncate_tiny": (m_truncate_tiny, 4),
    "truncate_odd": (m_truncate_odd, 15),
    "truncate_one_page_short": (m_truncate_one_page_short, 1),
    "truncate_whole_pages": (m_truncate_whole_pages, 8),
    "zero_page1": (m_zero_page1, 1),
    "zero_random_page": (m_zero_random_page, 12),
    "zero_last_page": (m_zero_last_page, 1),
    "append_garbage": (m_append_garbage, 12),
    "swap_pages": (m_swap_pages, 15),
    "plain_sqlite": (m_plain_sqlite, 1),
    "plain_sqlite_no_keys": (m_plain_sqlite_no_keys, 1),
    "random_bytes": (m_random_bytes, 4),
    "random_bytes_no_keys": (m_random_bytes_no_keys, 4),
    "pdf": (m_pdf, 1),
    "pdf_no_keys": (m_pdf_no_keys, 1),
    "keys_bit_flip": (m_keys_bit_flip, 25),
    "keys_truncated": (m_keys_truncated, 10),
    "keys_invalid_json": (m_keys_invalid_json, 5),
    "keys_wrong_checksum": (m_keys_wrong_checksum, 1),
    "keys_edited": (m_keys_edited, 1),
    "keys_missing": (m_keys_missing, 1),
    "keys_of_other_file": (m_keys_of_other_file, 1),
    "keys_of_other_file_other_passphrase": (m_keys_of_other_file_other_passphrase, 1),
}


def planned_cases() -> list[tuple[str, int]]:
    """(mutation name, seed) for every planned case; seeds are stable across runs."""
    return [(name, 1000 * i + n) for i, (name, (_, count)) in enumerate(PLAN.items()) for n in range(count)]
