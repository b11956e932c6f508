"""The passphrase strength rule: 50 weak and 50 acceptable passphrases (issue 12, point 4)."""

from __future__ import annotations

import pytest

from barnearket.domain.passphrase import assess_passphrase

LOGIN, NAME, MUNICIPALITY = "kari.nordmann", "Kari Nordmann", "Guovdageaidnu"

WEAK = (
    "12345678", "passord1", "123456789", "qwertyuiop", "passord123", "Passord1!", "sommer2024",
    "vinter2025", "hemmelig", "hemmelig1", "velkommen1", "velkommen123", "abcdefgh", "abc12345",
    "11111111", "aaaaaaaaaaaa", "asdfghjkl", "qwerty123", "iloveyou", "password1", "letmein123",
    "trondheim1", "oslo12345", "norge2024", "Bergen2023", "kommunen1", "barnearket", "Barnearket1",
    "hjemmetjenesten", "fotball10", "rosenborg1", "kari.nordmann", "karinordmann", "Kari Nordmann",
    "kari1234", "nordmann1", "KariNordmann2024", "Guovdageaidnu", "guovdageaidnu1", "demo",
    "1qaz2wsx", "zxcvbnm1", "987654321", "januar2024", "desember1", "mandag123", "glad123",
    "katt1234", "hund12345", "Tyttebær  lampe sykkel regnjakke",
)

ACCEPTABLE = (
    "tyttebær lampe sykkel regnfrakk", "mose kjele ferje blyant", "riktig passordfrase æøå",
    "gul traktor danser vals", "sju blå elefanter på tur", "måke hammer vinduskarm",
    "ost og syltetøy i regnvær", "fjellvann kopp trikk", "Lappeteppe Sykkelhjul Morgen",
    "brødskive ugle radiator", "snøfonn tannbørste kvist", "kaffekopp ved elva i mai",
    "lyngheia biblioteket fiol", "katter kan ikke svømme fort", "reinsdyr på rulleskøyter",
    "blyant skrivebord hvalross", "grønn paraply uten håndtak", "sandslott i januar kl fem",
    "kalenderen min er en fisk", "trappetrinn bak posthuset", "heisekran og vaffelhjerte",
    "nordlys over kjøkkenbenken", "sjøstjerne i postkassa", "gammel ski ny vott",
    "vrien dørhåndtak i kveld", "Åtte Ørreter Øver Æsj", "lakris og lydbok på buss",
    "sauen spiller fiolin nå", "ŋuolas čáppa beaivi njuolla", "skjærgård motorsag tulipan",
    "bussholdeplass snegle melk", "hengekøye fersken tastatur", "frosken leser avisen høyt",
    "potetgull på perrongen", "vannkoker med hatt og slips", "regnbue under trappa 42",
    "tre tomater og en tuba", "ballong i bokhylla vår", "skohorn mellom to fjell",
    "musikk fra en kjeleovn", "lilla elg i heisen", "tordenvær og blyantspisser",
    "sykkelpumpe til månen", "furunål i sokken min", "lampeskjerm som synger",
    "grevling på kino i går", "isbjørn og lommelykt", "sitron tannpirker kompass",
    "vindmølle bak fjøset", "knappenål i høystakken",
)


def test_the_lists_are_fifty_each_and_distinct() -> None:
    assert len(set(WEAK)) == 50 and len(set(ACCEPTABLE)) == 50


@pytest.mark.parametrize("phrase", WEAK)
def test_weak_passphrases_are_refused_with_advice(phrase: str) -> None:
    verdict = assess_passphrase(phrase, login=LOGIN, full_name=NAME, municipality=MUNICIPALITY)
    assert not verdict.acceptable, (phrase, verdict.score)
    assert verdict.score <= 2
    assert "ord" in verdict.message and "Passordfrasen" in verdict.message


@pytest.mark.parametrize("phrase", ACCEPTABLE)
def test_a_few_unrelated_words_are_accepted(phrase: str) -> None:
    verdict = assess_passphrase(phrase, login=LOGIN, full_name=NAME, municipality=MUNICIPALITY)
    assert verdict.acceptable, (phrase, verdict)
    assert verdict.message == "" and verdict.score >= 3


def test_the_persons_own_details_are_refused_even_when_long() -> None:
    for phrase in ("kari.nordmann2024!", "Guovdageaidnu kommune", "KariNordmann!!"):
        verdict = assess_passphrase(phrase, login=LOGIN, full_name=NAME, municipality=MUNICIPALITY)
        assert not verdict.acceptable
        assert "navnet ditt" in verdict.message


def test_a_server_password_is_refused_for_the_same_reasons_in_its_own_words() -> None:
    for word, secret in (("Passordet", True), ("Passordfrasen", False)):
        verdict = assess_passphrase("kort", password=secret)
        assert not verdict.acceptable and verdict.message.startswith(f"{word} er for kort")
    assert assess_passphrase("tyttebær lampe sykkel regnjakke", password=True).message.startswith(
        "Passordet er eksempelet")
    assert assess_passphrase("fjellet brødskive kanin løper", password=True).acceptable
