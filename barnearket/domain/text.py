"""Cleans names and free text by one documented rule so stored text is safe, stable and honest."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from barnearket.domain.language import t

RULE = """\
Text cleaning rule (applied to every name and free-text field before it is stored):
1. Surrogates: a well-formed UTF-16 surrogate pair is joined into its character; any remaining
   (lone) surrogate U+D800-U+DFFF is removed.
2. Line breaks: CRLF, CR, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029)
   become LF.
3. Controls: C0 controls except TAB and LF, DEL and C1 controls (U+0000-U+001F, U+007F-U+009F)
   are removed; this includes NUL.
4. Bidi: embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) are removed and
   flagged, because they can make text display in another order than it is stored.
5. Invisible format characters (Unicode category Cf: zero-width space, word joiner, BOM/ZWNBSP,
   soft hyphen, LRM/RLM/ALM, tags, ...) are removed. Kept: ZWJ (U+200D) inside an emoji sequence
   (it is part of the one picture the user typed), ZWJ and ZWNJ (U+200C) between two letters of
   Arabic-script or Indic text (they change visible letter shapes and are part of the spelling),
   and the visible Cf signs (Arabic/Syriac/Kaithi number and end-of-ayah signs).
6. Noncharacters (U+FDD0-U+FDEF and the last two code points of every plane, e.g. U+FFFE, U+FFFF)
   are removed.
7. The result is normalised to NFC.
8. Single-line fields: every run of whitespace that contains a TAB or line break becomes one
   space, every other run of whitespace (incl. no-break and other Unicode spaces) becomes one
   space, and leading and trailing whitespace is removed. Multi-line fields keep TAB, LF and
   spaces as typed.
9. Length: the result is cut to the field's limit in code points (after NFC), never inside a
   combining sequence or emoji ZWJ sequence where it can be avoided. Limits: name 200, address 500,
   short text 2,000, note 100,000.
Every step that changes the text adds a Change flag; no flag means the text is unchanged.
"""

NAME_LIMIT = 200
ADDRESS_LIMIT = 500
SHORT_TEXT_LIMIT = 2_000
NOTE_LIMIT = 100_000

_RAW_SLACK = 4
"""Input beyond limit x this (+ 16) is cut before cleaning, so a 10 MB paste costs little. The
steps only remove characters (NFC at most triples one), so the cut matters only when most of the
first limit x 4 code points are characters the rule removes."""
_BACKOFF = 32


class Change(Enum):
    """One kind of change the cleaning rule made, so the UI can tell the user."""

    SURROGATES_REMOVED = "surrogates_removed"
    LINE_BREAKS_UNIFIED = "line_breaks_unified"
    CONTROLS_REMOVED = "controls_removed"
    BIDI_CONTROLS_REMOVED = "bidi_controls_removed"
    INVISIBLE_REMOVED = "invisible_removed"
    NONCHARACTERS_REMOVED = "noncharacters_removed"
    NORMALIZED = "normalized"
    LINE_BREAKS_TO_SPACE = "line_breaks_to_space"
    WHITESPACE_COLLAPSED = "whitespace_collapsed"
    WHITESPACE_TRIMMED = "whitespace_trimmed"
    TRUNCATED = "truncated"


CHANGE_MESSAGES: dict[Change, str] = {
    Change.SURROGATES_REMOVED: "Ødelagte tegn fra utklippstavlen ble fjernet.",
    Change.LINE_BREAKS_UNIFIED: "Linjeskiftene ble gjort ensartede.",
    Change.CONTROLS_REMOVED: "Usynlige styretegn ble fjernet.",
    Change.BIDI_CONTROLS_REMOVED: (
        "Tegn som kan snu skriveretningen ble fjernet. De kan få teksten til å vises i en annen "
        "rekkefølge enn den er lagret i. Kontroller at teksten er riktig."
    ),
    Change.INVISIBLE_REMOVED: "Usynlige tegn, for eksempel mellomrom uten bredde, ble fjernet.",
    Change.NONCHARACTERS_REMOVED: "Ugyldige tegn som ikke kan vises, ble fjernet.",
    Change.NORMALIZED: "Bokstaver med aksenter ble lagret på standardformen. Teksten ser lik ut.",
    Change.LINE_BREAKS_TO_SPACE: (
        "Linjeskift og tabulatorer ble erstattet med mellomrom, fordi feltet har bare én linje."
    ),
    Change.WHITESPACE_COLLAPSED: ("Doble eller spesielle mellomrom ble gjort om til ett vanlig mellomrom."),
    Change.WHITESPACE_TRIMMED: "Mellomrom først og sist i feltet ble fjernet.",
    Change.TRUNCATED: "Teksten var for lang og ble kortet ned til {limit} tegn.",
}
"""Norwegian user message per Change; TRUNCATED has a ``{limit}`` field (see CleanResult.messages)."""

SILENT_CHANGES = frozenset({Change.LINE_BREAKS_UNIFIED, Change.NORMALIZED})
"""Changes that leave the visible text as it was; the UI need not mention them."""


@dataclass(frozen=True, slots=True)
class CleanResult:
    """Cleaned text plus what was changed and the limit that applied."""

    text: str
    changes: frozenset[Change]
    limit: int

    @property
    def needs_notice(self) -> bool:
        """Whether a visible change was made that the user should be told about."""
        return bool(self.changes - SILENT_CHANGES)

    @property
    def bidi_flagged(self) -> bool:
        """Whether bidi controls were present (the case the plan wants flagged on names)."""
        return Change.BIDI_CONTROLS_REMOVED in self.changes

    def messages(self) -> tuple[str, ...]:
        """The messages for the visible changes in the active language, in a stable order."""
        return tuple(
            t(CHANGE_MESSAGES[change], limit=f"{self.limit:,}".replace(",", "\u00a0"))
            for change in Change
            if change in self.changes and change not in SILENT_CHANGES
        )


def clean_name(text: str) -> CleanResult:
    """Clean a person's name: single line, at most NAME_LIMIT code points."""
    return clean_text(text, multiline=False, limit=NAME_LIMIT)


def clean_line(text: str, *, limit: int = SHORT_TEXT_LIMIT) -> CleanResult:
    """Clean a single-line field such as an address (ADDRESS_LIMIT) or a short text."""
    return clean_text(text, multiline=False, limit=limit)


def clean_note(text: str, *, limit: int = NOTE_LIMIT) -> CleanResult:
    """Clean a multi-line free-text field (notes; SHORT_TEXT_LIMIT for short multi-line texts)."""
    return clean_text(text, multiline=True, limit=limit)


def clean_text(text: str, *, multiline: bool, limit: int) -> CleanResult:
    """Apply RULE to ``text``; see the module's RULE constant for the steps."""
    if limit < 1:
        raise ValueError("limit must be positive")
    changes: set[Change] = set()
    raw_cap = limit * _RAW_SLACK + 16
    if len(text) > raw_cap:
        text = text[:raw_cap]
        changes.add(Change.TRUNCATED)
    text = _fix_surrogates(text, changes)
    text = _sub(_LINE_BREAKS, "\n", text, Change.LINE_BREAKS_UNIFIED, changes)
    text = _sub(_CONTROLS, "", text, Change.CONTROLS_REMOVED, changes)
    text = _sub(_BIDI_CONTROLS, "", text, Change.BIDI_CONTROLS_REMOVED, changes)
    text = _remove_invisible(text, changes)
    text = _sub(_NONCHARACTERS, "", text, Change.NONCHARACTERS_REMOVED, changes)
    text = _normalize(text, changes)
    if not multiline:
        text = _single_line(text, changes)
    text = _truncate(text, limit, changes)
    if not multiline:
        text = _trim(text, changes)
    return CleanResult(text=text, changes=frozenset(changes), limit=limit)


def _ranges(*pairs: tuple[int, int]) -> str:
    return "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in pairs)


_SURROGATE = re.compile(f"[{_ranges((0xD800, 0xDFFF))}]")
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_ZWJ = "\u200d"
_JOINERS = "\u200c\u200d"
_JOINER = re.compile(f"[{_JOINERS}]")
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b\u200e\u200f\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb"
    + _ranges((0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE007F))
    + "]"
)
_NONCHARACTERS = re.compile(
    "[\ufdd0-\ufdef"
    + _ranges(*((plane * 0x10000 + 0xFFFE, plane * 0x10000 + 0xFFFF) for plane in range(17)))
    + "]"
)
_BREAK_RUN = re.compile(r"\s*[\t\n]\s*")
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")
_EMOJI_TAILS = frozenset("\ufe0f\ufe0e") | frozenset(map(chr, range(0x1F3FB, 0x1F400)))
_JOINING_SCRIPT_BLOCKS = (
    (0x0600, 0x08FF),  # Arabic, Syriac, Arabic Supplement, Thaana, NKo, ..., Arabic Extended
    (0x0900, 0x0DFF),  # Indic scripts: Devanagari to Sinhala
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFE),  # Arabic Presentation Forms-B
)


def _sub(
    pattern: re.Pattern[str],
    repl: str | Callable[[re.Match[str]], str],
    text: str,
    change: Change,
    changes: set[Change],
    *,
    only_if_changed: bool = False,
) -> str:
    new, count = pattern.subn(repl, text)
    if count and not (only_if_changed and new == text):
        changes.add(change)
    return new


def _fix_surrogates(text: str, changes: set[Change]) -> str:
    if not _SURROGATE.search(text):
        return text
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    if len(joined) != len(text):
        changes.add(Change.NORMALIZED)
    return _sub(_SURROGATE, "", joined, Change.SURROGATES_REMOVED, changes)


def _remove_invisible(text: str, changes: set[Change]) -> str:
    text = _sub(_JOINER, _keep_joiner, text, Change.INVISIBLE_REMOVED, changes, only_if_changed=True)
    return _sub(_INVISIBLE, "", text, Change.INVISIBLE_REMOVED, changes)


def _keep_joiner(match: re.Match[str]) -> str:
    text, index = match.string, match.start()
    joiner = match.group()
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if joiner == _ZWJ and _emoji_before(text, index) and _is_pictograph(after):
        return joiner
    if _in_joining_script(before) and _in_joining_script(after):
        return joiner
    return ""


def _emoji_before(text: str, index: int) -> bool:
    start = index - 1
    while start >= 0 and text[start] in _EMOJI_TAILS and index - start < 4:
        start -= 1
    return start >= 0 and _is_pictograph(text[start])


def _is_pictograph(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch) == "So"


def _in_joining_script(ch: str) -> bool:
    if not ch or unicodedata.category(ch)[0] not in "LM":
        return False
    code = ord(ch)
    return any(low <= code <= high for low, high in _JOINING_SCRIPT_BLOCKS)


def _normalize(text: str, changes: set[Change]) -> str:
    if unicodedata.is_normalized("NFC", text):
        return text
    changes.add(Change.NORMALIZED)
    return unicodedata.normalize("NFC", text)


def _single_line(text: str, changes: set[Change]) -> str:
    text = _sub(_BREAK_RUN, " ", text, Change.LINE_BREAKS_TO_SPACE, changes)
    text = _trim(text, changes)
    return _sub(_SPACE_RUN, " ", text, Change.WHITESPACE_COLLAPSED, changes)


def _trim(text: str, changes: set[Change]) -> str:
    trimmed = text.strip()
    if trimmed != text:
        changes.add(Change.WHITESPACE_TRIMMED)
    return trimmed


def _truncate(text: str, limit: int, changes: set[Change]) -> str:
    if len(text) <= limit:
        return text
    changes.add(Change.TRUNCATED)
    cut = limit
    while cut > limit - _BACKOFF and cut > 0 and _inside_cluster(text, cut):
        cut -= 1
    if cut == 0 or _inside_cluster(text, cut):  # an absurdly long cluster: cut it anyway
        return text[:limit].rstrip(_JOINERS)
    return text[:cut]


def _inside_cluster(text: str, cut: int) -> bool:
    """Whether cutting before text[cut] would split a combining or emoji sequence."""
    nxt, prev = text[cut], text[cut - 1]
    return (
        unicodedata.category(nxt).startswith("M")
        or nxt in _EMOJI_TAILS
        or nxt in _JOINERS
        or prev in _JOINERS
        or _is_regional_indicator_pair(text, cut)
    )


def _is_regional_indicator_pair(text: str, cut: int) -> bool:
    def regional(ch: str) -> bool:
        return 0x1F1E6 <= ord(ch) <= 0x1F1FF

    if not (regional(text[cut]) and regional(text[cut - 1])):
        return False
    run = 0
    while cut - 1 - run >= 0 and regional(text[cut - 1 - run]):
        run += 1
    return run % 2 == 1
