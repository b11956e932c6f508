"""The stand-in passphrase verdict: at least 8 characters, never the login or the name."""

from __future__ import annotations

from barnearket.domain.passphrase import assess_passphrase


def test_short_or_personal_passphrases_are_refused() -> None:
    assert not assess_passphrase("sju tgn").acceptable
    assert assess_passphrase("sju tgn").message
    assert not assess_passphrase("Ánte Ođđasa", full_name="ánte ođđasa").acceptable
    verdict = assess_passphrase("blåbær på fjellet i juli")
    assert verdict.acceptable and verdict.message == "" and verdict.score == 4
