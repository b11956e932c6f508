"""Words that give a text away as bokmål (in nynorsk) or as Norwegian at all (in English)."""

from __future__ import annotations

import re

BOKMAL_ONLY = frozenset({
    "ikke", "hva", "hvem", "hvor", "hvis", "hvilke", "hvilket", "hvorfor", "jeg", "ble", "fra", "mangler",
    "bekymringer", "meldinger", "saken", "brukeren", "opplysninger", "opplysningene", "dager", "uten",
    "vises", "lagres", "valgt", "nå", "bare", "noe", "enhet", "enheter", "tjeneste", "tjenester",
    "tjenesten", "avsluttet", "lukket", "sikkerhetskopi", "navn", "søsken", "gjelder", "velg", "brukere",
    "brukernavn", "dokumenter", "ukjent", "forrige", "høyeste", "beslutning", "mottaker",
    "samtykker", "foreldrene", "laget", "utelatt", "barnevernstjenesten", "taushetsbelagt", "unntatt",
    "offentlighet", "født", "ufødt", "sammendrag", "journalsammendrag", "observasjoner",
    "drøftinger", "beslutninger", "evalueringer", "mottakere", "virksomhet", "sted",
})
NORWEGIAN = BOKMAL_ONLY | frozenset({
    "og", "ikkje", "er", "på", "til", "med", "av", "sak", "saker", "barn", "barnet", "bekymring",
    "melding", "dato", "namn", "ny", "nytt", "lagre", "avbryt", "lukk", "vis", "skjul", "hjelp", "fil",
    "eller", "som", "den", "det", "ein", "ei", "eit", "kva", "kven", "kvar", "frå", "berre", "eining",
    "teneste", "brukar", "saka", "rolle", "skriv", "legg", "samtale", "tiltak", "steg", "nivå", "side",
    "samtykke", "tiltaksplan", "underskrift", "bekymringsmelding", "ansvarleg", "ansvarlig", "frist",
    "gitt", "nektet",
})
_WORD = re.compile(r"[^\W\d_]+")


def stray_words(text: str, language: str, allowed: tuple[str, ...] = ()) -> set[str]:
    """The words of `text` that do not belong in `language` ("nn" or "en"), `allowed` removed first."""
    for name in allowed:
        text = text.replace(name, " ")
    words = {w.lower() for w in _WORD.findall(text)}
    if language == "nn":
        return set(words & BOKMAL_ONLY)
    return set(words & NORWEGIAN) | {w for w in words if re.search("[æøå]", w)}
