"""How strong a new passphrase is, told in Norwegian while it is typed (a stand-in ruled by length).

The `insiders` branch replaces the body with a zxcvbn-based estimate; the API stays the same.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_LENGTH = 8
_STEPS = (8, 12, 16, 20)


@dataclass(frozen=True)
class PassphraseVerdict:
    """Whether a passphrase may be used, a score from 0 (weak) to 4 (strong), and why not."""

    acceptable: bool
    score: int  # 0–4
    message: str  # Norwegian, empty when acceptable


def assess_passphrase(passphrase: str, *, login: str = "", full_name: str = "",
                      municipality: str = "") -> PassphraseVerdict:
    """Judge a new passphrase by its length, and refuse one that is only the login, name or municipality."""
    length = len(passphrase)
    score = sum(1 for step in _STEPS if length >= step)
    if length < MIN_LENGTH:
        return PassphraseVerdict(False, 0, f"Passordfrasen må ha minst {MIN_LENGTH} tegn.")
    folded = passphrase.casefold().replace(" ", "")
    for known in (login, full_name, municipality):
        if known and folded == known.casefold().replace(" ", ""):
            return PassphraseVerdict(False, 0, "Passordfrasen kan ikke være brukernavnet, navnet "
                                               "eller kommunen.")
    return PassphraseVerdict(True, score, "")
