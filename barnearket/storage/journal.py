"""Reads a hot write-ahead log (`<file>-wal`) before SQLite does, to count committed work it would drop.

SQLite replays a WAL left by a crash only up to the first frame whose salts or cumulative checksum
do not match, and silently forgets every frame after it. That is right for a transaction that was
cut off mid-write, and wrong when a damaged byte sits in the middle of committed transactions. With
SQLCipher the 32-byte WAL header and the 24-byte frame headers are plaintext and the checksums are
taken over the encrypted page bytes (checked against real files in tests/storage/test_journal.py),
so the log can be judged without the key. Format: sqlite.org/fileformat2.html, "WAL file format".

A frame belongs to the log's current generation when its salts equal the header's, or when its
checksum continues from the stored checksum of the frame before it (so a frame whose salt bytes were
damaged is still recognised; frames left over from an earlier generation match neither). A commit
frame of the current generation beyond the point where replay stops is a committed transaction
SQLite would drop. Three things cannot be told apart from a shorter, healthy log and are not
reported as loss: a log cut exactly at a frame boundary, a last frame whose commit mark itself was
damaged to zero, and a log that ends inside its last frame. The last is exactly what a crash during
a commit leaves (SQLite writes a frame's header and its page in two writes, and a killed process can
stop between them): that transaction was never confirmed, so calling it lost would quarantine a
healthy file after every unlucky crash. The same crash can leave a whole frame whose new header sits
on an older generation's page, when the log had wrapped; a commit frame that fails its checksum and is
the last frame of its generation is therefore not counted either. Both are noted as `cut_short`: damage
there looks the same as the crash and goes unreported.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
MAGICS = (0x377F0682, 0x377F0683)
VERSION = 3007000
DEFAULT_PAGE = 4096
LANES_PER_BATCH = 2048
LANE = 5
"""Bytes per lane: a sum of three 32-bit words needs 34 bits, so 40 leave room and keep integers small."""
_MASK32 = 0xFFFFFFFF


def wal_path(case_path: Path) -> Path:
    """SQLite keeps the log beside the database under this name."""
    return case_path.with_name(case_path.name + "-wal")


@dataclass(frozen=True)
class JournalReport:
    """What a replay of the log would keep and drop.

    Attributes:
        frames: complete frames in the log.
        replayed: frames SQLite would replay (up to the last valid commit frame).
        dropped_commits: committed transactions of the current generation SQLite would drop.
        header_damaged: the log's own header is unreadable (SQLite then ignores the whole log).
        cut_short: the log's current generation ends inside a frame marked as a commit: a crash
            during that commit (never confirmed, not counted as lost) or damage there; with damage
            elsewhere, more may have been lost than counted.
    """

    frames: int = 0
    replayed: int = 0
    dropped_commits: int = 0
    header_damaged: bool = False
    cut_short: bool = False

    @property
    def loses_data(self) -> bool:
        """True when opening the file would silently drop committed work."""
        return self.dropped_commits > 0


@dataclass(frozen=True)
class _Header:
    little: bool
    page: int
    salts: bytes
    checksum: tuple[int, int]
    valid: bool


def inspect(case_path: Path) -> JournalReport:
    """Judge the log beside `case_path` (an absent or empty log loses nothing)."""
    try:
        data = wal_path(case_path).read_bytes()
    except FileNotFoundError:
        return JournalReport()
    return inspect_bytes(data)


def inspect_bytes(data: bytes) -> JournalReport:
    """Judge a log given as bytes."""
    if len(data) < HEADER_BYTES:
        return JournalReport()
    header = _read_header(data)
    size = header.page + FRAME_HEADER_BYTES
    count = (len(data) - HEADER_BYTES) // size
    heads = [struct.unpack_from(">6I", data, HEADER_BYTES + j * size) for j in range(count)]
    salt_ok = [data[HEADER_BYTES + j * size + 8:HEADER_BYTES + j * size + 16] == header.salts
               for j in range(count)]
    chained = _chain_ok(data, header, heads) if count else []
    torn = _torn_commit(data, header, count, size)
    if not header.valid:
        return _unreadable_header(data, heads, size, torn)
    valid_prefix = 0
    while valid_prefix < count and salt_ok[valid_prefix] and heads[valid_prefix][0] and chained[valid_prefix]:
        valid_prefix += 1
    replayed = max((j + 1 for j in range(valid_prefix) if heads[j][1]), default=0)
    current = [False] * count
    dropped = 0
    for j in range(replayed, count):
        before = j == 0 or j - 1 < valid_prefix or current[j - 1]
        current[j] = j < valid_prefix or salt_ok[j] or (chained[j] and before)
        dropped += bool(current[j] and heads[j][1])
    if _interrupted_commit(valid_prefix, current, salt_ok, heads):
        return JournalReport(count, replayed, dropped - 1, cut_short=True)
    return JournalReport(count, replayed, dropped, cut_short=bool(torn))


def _interrupted_commit(first_bad: int, current: list[bool], salt_ok: list[bool],
                        heads: list[tuple[int, ...]]) -> bool:
    """Is the first frame that fails the last of its generation, a commit whose page does not match?

    That is what a crash between writing a commit frame's header and its page leaves when the frame
    overwrites one of an earlier generation: the header (salts, commit mark, checksum) is new, the
    page old. The transaction was never confirmed, so it is not counted as lost.
    """
    if first_bad >= len(heads) or any(current[first_bad + 1:]):
        return False
    return bool(salt_ok[first_bad] and heads[first_bad][0] and heads[first_bad][1])


def _unreadable_header(data: bytes, heads: list[tuple[int, ...]], size: int, torn: int) -> JournalReport:
    """SQLite ignores a log whose header does not check out, so every commit of its current
    generation is lost. The first frame always belongs to that generation: its salts name it."""
    if not heads:
        return JournalReport()
    first = data[HEADER_BYTES + 8:HEADER_BYTES + 16]
    commits = sum(1 for j, head in enumerate(heads)
                  if head[1] and data[HEADER_BYTES + j * size + 8:HEADER_BYTES + j * size + 16] == first)
    return JournalReport(len(heads), 0, max(commits + torn, 1), header_damaged=True, cut_short=bool(torn))


def _read_header(data: bytes) -> _Header:
    magic, version, page, _seq = struct.unpack_from(">4I", data, 0)
    stored = struct.unpack_from(">2I", data, 24)
    little = magic != MAGICS[1]
    plausible = page >= 512 and page <= 65536 and page & (page - 1) == 0
    valid = (magic in MAGICS and version == VERSION and plausible
             and _checksum_words(_words(data[:24], little), (0, 0)) == stored)
    return _Header(little, page if plausible else DEFAULT_PAGE, data[16:24], stored, valid)


def _torn_commit(data: bytes, header: _Header, count: int, size: int) -> int:
    """1 if the log ends in a cut frame whose readable header marks a commit of this generation."""
    start = HEADER_BYTES + count * size
    if len(data) - start < FRAME_HEADER_BYTES:
        return 0
    page, commit = struct.unpack_from(">2I", data, start)
    return int(bool(page and commit) and data[start + 8:start + 16] == header.salts)


def _words(chunk: bytes, little: bool) -> tuple[int, ...]:
    return struct.unpack(("<" if little else ">") + f"{len(chunk) // 4}I", chunk)


def _checksum_words(words: tuple[int, ...], start: tuple[int, int]) -> tuple[int, int]:
    """SQLite's cumulative WAL checksum (walChecksumBytes), for short inputs."""
    s1, s2 = start
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & _MASK32
        s2 = (s2 + words[i + 1] + s1) & _MASK32
    return s1, s2


def _chain_ok(data: bytes, header: _Header, heads: list[tuple[int, ...]]) -> list[bool]:
    """For each frame: does its checksum continue from the checksum stored before it?

    Frames are checked side by side: word k of every frame in a batch is one lane of a big
    integer, so the whole log costs a few hundred big-integer additions per batch instead of one
    Python step per word.
    """
    starts = [header.checksum] + [(h[4], h[5]) for h in heads[:-1]]
    result: list[bool] = []
    for first in range(0, len(heads), LANES_PER_BATCH):
        last = min(first + LANES_PER_BATCH, len(heads))
        result += _batch(data, header, first, last, starts, heads)
    return result


def _batch(data: bytes, header: _Header, first: int, last: int, starts: list[tuple[int, int]],
           heads: list[tuple[int, ...]]) -> list[bool]:
    lanes = last - first
    size = header.page + FRAME_HEADER_BYTES
    mask = int.from_bytes((b"\xff\xff\xff\xff" + bytes(LANE - 4)) * lanes, "little")
    s1 = _pack([starts[j][0] for j in range(first, last)])
    s2 = _pack([starts[j][1] for j in range(first, last)])
    base = HEADER_BYTES + first * size
    offsets = [0, 4, *range(FRAME_HEADER_BYTES, size, 4)]
    for k in range(0, len(offsets), 2):
        x0 = _lane_words(data, base + offsets[k], size, lanes, header.little)
        x1 = _lane_words(data, base + offsets[k + 1], size, lanes, header.little)
        s1 = (s1 + x0 + s2) & mask
        s2 = (s2 + x1 + s1) & mask
    want1 = _pack([heads[j][4] for j in range(first, last)])
    want2 = _pack([heads[j][5] for j in range(first, last)])
    diff = ((s1 ^ want1) | (s2 ^ want2)).to_bytes(LANE * lanes, "little")
    return [not any(diff[LANE * j:LANE * j + LANE]) for j in range(lanes)]


def _pack(values: list[int]) -> int:
    return int.from_bytes(b"".join(v.to_bytes(LANE, "little") for v in values), "little")


def _lane_words(data: bytes, start: int, stride: int, lanes: int, little: bool) -> int:
    """The 32-bit word at `start + n * stride` for each frame n, as 40-bit lanes of one integer."""
    buf = bytearray(LANE * lanes)
    end = start + stride * (lanes - 1) + 1
    for b in range(4):
        src = start + (b if little else 3 - b)
        buf[b::LANE] = data[src:end + (src - start):stride]
    return int.from_bytes(buf, "little")
