"""Judges whether a new passphrase is strong enough to guard a case file, with advice in Norwegian.

The estimate comes from zxcvbn (dictionary, keyboard-pattern, date and repeat matching). Its
dictionaries are English, so common Norwegian words and the person's own details are passed in
as words the guesser is assumed to know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from barnearket.domain.language import n_, t

MIN_SCORE = 3
MIN_LENGTH = 10
MAX_CHECKED = 100  # zxcvbn slows down on very long input; the first 100 characters decide

# Words an attacker tries first in Norway. Lower case; zxcvbn matches case-insensitively.
NORWEGIAN_WORDS = (
    "passord", "passordfrase", "hemmelig", "hemmelighet", "velkommen", "sommer", "vinter", "høst",
    "vår", "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "desember", "mandag", "fredag", "norge", "noreg", "oslo", "bergen",
    "trondheim", "kommune", "kommunen", "hjemmetjenesten", "hjemmetjeneste", "barnearket",
    "barnevern", "barnevernet", "helse", "sykepleier", "jobb", "arbeid", "kontor", "qwerty",
    "qwertyuiop", "asdfgh", "æøå", "abc123", "heisann", "hallo", "glad", "kjærlighet", "elsker",
    "brann", "rosenborg", "vålerenga", "lillehammer", "fotball", "katt", "hund", "bamse",
)

EXAMPLE = "tyttebær lampe sykkel regnjakke"  # shown as an example, so never accepted itself
ADVICE = n_("Velg heller tre–fire ord som ikke hører sammen, med mellomrom, for eksempel "
            "«{example}» (men ikke akkurat den). Ikke bruk navnet ditt, brukernavnet eller kommunens navn.")


# The same refusals for a server password (issue 13: there a person's secret is her database password).
AS_PASSWORD = {
    "Passordfrasen ligner på navnet ditt, brukernavnet eller kommunens navn.":
        n_("Passordet ligner på navnet ditt, brukernavnet eller kommunens navn."),
    "Passordfrasen er eksempelet, som alle kan lese.": n_("Passordet er eksempelet, som alle kan lese."),
    "Passordfrasen er for kort (minst {count} tegn).": n_("Passordet er for kort (minst {count} tegn)."),
    "Passordfrasen er for lett å gjette.": n_("Passordet er for lett å gjette."),
}


def _refusal(problem: str, password: bool, **values: object) -> str:
    """The problem (said of a password or of a passphrase) and the advice, in the active language."""
    said = AS_PASSWORD[problem] if password else problem
    return f"{t(said, **values)} {t(ADVICE, example=EXAMPLE)}"


@dataclass(frozen=True)
class PassphraseVerdict:
    """Whether a passphrase may be used, zxcvbn's score 0–4, and advice when it may not."""

    acceptable: bool
    score: int  # 0–4
    message: str  # Norwegian, empty when acceptable


def _personal_words(login: str, full_name: str, municipality: str) -> list[str]:
    words = [login, full_name, municipality, *re.split(r"[\s.\-_]+", f"{login} {full_name} {municipality}")]
    return [w.casefold() for w in words if len(w) >= 2]


def _contains_personal(passphrase: str, personal: list[str]) -> bool:
    folded = re.sub(r"[\s.\-_]+", "", passphrase.casefold())
    if not folded:
        return False
    for word in personal:
        squeezed = re.sub(r"[\s.\-_]+", "", word)
        # The passphrase is (mostly) the login, the name or the municipality, perhaps with digits.
        if len(squeezed) >= 3 and squeezed in folded and len(squeezed) * 2 >= len(folded):
            return True
    return False


def assess_passphrase(passphrase: str, *, login: str = "", full_name: str = "",
                      municipality: str = "", password: bool = False) -> PassphraseVerdict:
    """Refuse short, common or personal passphrases; accept a few unrelated words. With `password`
    the refusals speak of a (server) password instead of a passphrase."""
    from zxcvbn import zxcvbn  # type: ignore[import-untyped]  # 20 ms of word lists: not before the unlock window

    personal = _personal_words(login, full_name, municipality)
    checked = passphrase[:MAX_CHECKED]
    score = int(zxcvbn(checked, user_inputs=[*personal, *NORWEGIAN_WORDS])["score"]) if checked else 0
    if _contains_personal(passphrase, personal):
        return PassphraseVerdict(False, min(score, 1),
                                 _refusal("Passordfrasen ligner på navnet ditt, brukernavnet eller "
                                          "kommunens navn.", password))
    if " ".join(passphrase.casefold().split()) == EXAMPLE:
        return PassphraseVerdict(False, 0,
                                 _refusal("Passordfrasen er eksempelet, som alle kan lese.", password))
    if len(passphrase) < MIN_LENGTH:
        return PassphraseVerdict(False, min(score, 2),
                                 _refusal("Passordfrasen er for kort (minst {count} tegn).", password,
                                          count=MIN_LENGTH))
    if score < MIN_SCORE:
        return PassphraseVerdict(False, score, _refusal("Passordfrasen er for lett å gjette.", password))
    return PassphraseVerdict(True, score, "")
