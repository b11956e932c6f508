"""Shows the 256-bit file key as a recovery key people can write down, and reads it back."""

from __future__ import annotations

import re

from barnearket.storage.errors import CaseFileError, Problem

_HEX = re.compile(r"^[0-9a-f]{64}$")


def format_recovery_key(key: bytes) -> str:
    """64 hexadecimal digits in groups of four, upper case, separated by dashes."""
    digits = key.hex().upper()
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def parse_recovery_key(text: str) -> bytes:
    """Accept the key with or without dashes or spaces, in any case."""
    digits = re.sub(r"[\s\-]", "", text).lower()
    if not _HEX.match(digits):
        raise CaseFileError(
            Problem.WRONG_RECOVERY_KEY,
            "Gjenopprettingsnøkkelen må være 64 tegn (0–9 og A–F), gjerne i grupper på fire.",
        )
    return bytes.fromhex(digits)
