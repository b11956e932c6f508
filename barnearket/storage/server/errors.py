"""Known problems with a PostgreSQL case store, each with a Norwegian message free of personal data.

A `ServerError` is a `CaseFileError`, so the app and the command line show it like any other known
problem (the CLI exits with 2); `kind` tells the server's problems apart for tests and the seam.
"""

from __future__ import annotations

from enum import StrEnum

from barnearket.storage.errors import CaseFileError, Problem


class ServerProblem(StrEnum):
    """Why the server could not be used; stable values."""

    BAD_LOCATION = "bad_location"
    SERVER_DOWN = "server_down"
    WRONG_PASSWORD = "wrong_password"
    NOT_ALLOWED_FROM_HERE = "not_allowed_from_here"
    NO_DATABASE = "no_database"
    NO_TLS = "no_tls"
    WEAK_TLS = "weak_tls"
    CA_MISSING = "ca_missing"
    WRONG_CA = "wrong_ca"
    WRONG_HOST = "wrong_host"
    NOT_BARNEARKET = "not_barnearket"
    EMPTY = "empty"
    ALREADY_MADE = "already_made"
    NEWER_SCHEMA = "newer_schema"
    OLDER_SCHEMA = "older_schema"
    CONNECTION_LOST = "connection_lost"
    NOT_OWNER = "not_owner"
    DENIED = "denied"


MESSAGES: dict[ServerProblem, str] = {
    ServerProblem.BAD_LOCATION: (
        "Serveradressen er ikke gyldig. Bruk formen postgresql://maskin:port/database, "
        "postgresql:///database?host=/mappe&port=N eller postgresql:///?service=NAVN."
    ),
    ServerProblem.SERVER_DOWN: (
        "Får ikke kontakt med kommunens server. Sjekk nettverket og adressen, eller spør IT om "
        "serveren er i gang."
    ),
    ServerProblem.WRONG_PASSWORD: "Feil brukernavn eller passord for serveren. Prøv igjen.",
    ServerProblem.NOT_ALLOWED_FROM_HERE: (
        "Serveren tar ikke imot innlogging fra denne maskinen eller for denne brukeren. Kontakt IT."
    ),
    ServerProblem.NO_DATABASE: "Databasen finnes ikke på serveren. Sjekk adressen.",
    ServerProblem.NO_TLS: (
        "Forbindelsen til serveren ville ikke blitt kryptert, så den ble ikke brukt. Serveren må "
        "ha TLS slått på. Kontakt IT."
    ),
    ServerProblem.WEAK_TLS: (
        "Adressen ber om en forbindelse uten kontroll av serverens sertifikat. Barnearket krever "
        "sslmode=verify-full (eller verify-ca). Fjern sslmode fra adressen."
    ),
    ServerProblem.CA_MISSING: (
        "Finner ikke kommunens rotsertifikat (CA), så serveren kan ikke kontrolleres. Be IT om "
        "sertifikatfilen og oppgi den med sslrootcert=… i adressen."
    ),
    ServerProblem.WRONG_CA: (
        "Serverens sertifikat er ikke utstedt av kommunens rotsertifikat. Forbindelsen ble stoppet "
        "før noe ble sendt. Kontakt IT."
    ),
    ServerProblem.WRONG_HOST: (
        "Serverens sertifikat gjelder ikke for denne maskinadressen. Forbindelsen ble stoppet før "
        "noe ble sendt. Kontakt IT."
    ),
    ServerProblem.NOT_BARNEARKET: "Databasen på serveren er ikke en Barnearket-database.",
    ServerProblem.EMPTY: (
        "Databasen på serveren er tom. IT må gjøre den klar med «barnearket init» først."
    ),
    ServerProblem.ALREADY_MADE: "Databasen på serveren er allerede gjort klar for Barnearket.",
    ServerProblem.NEWER_SCHEMA: (
        "Databasen på serveren er laget med en nyere versjon av Barnearket. Oppdater programmet."
    ),
    ServerProblem.OLDER_SCHEMA: (
        "Databasen på serveren er laget med en eldre versjon av Barnearket. Eieren av databasen "
        "må oppgradere den først (barnearket init mot samme adresse)."
    ),
    ServerProblem.CONNECTION_LOST: (
        "Forbindelsen til serveren ble brutt. Det som ikke var lagret, ble ikke skrevet. Prøv igjen."
    ),
    ServerProblem.NOT_OWNER: (
        "Bare eieren av databasen kan gjøre dette (en rolle med CREATEROLE som eier databasen)."
    ),
    ServerProblem.DENIED: "Serveren nektet deg tilgang til dette.",
}

_BASE: dict[ServerProblem, Problem] = {
    ServerProblem.WRONG_PASSWORD: Problem.WRONG_PASSPHRASE,
    ServerProblem.NOT_BARNEARKET: Problem.NOT_A_CASE_FILE,
    ServerProblem.NEWER_SCHEMA: Problem.NEWER_VERSION,
    ServerProblem.NO_DATABASE: Problem.MISSING,
    ServerProblem.DENIED: Problem.NOT_ALLOWED,
    ServerProblem.NOT_OWNER: Problem.NOT_ALLOWED,
}


class ServerError(CaseFileError):
    """A known problem with the server; `message` is safe to show and to log."""

    def __init__(self, kind: ServerProblem, message: str | None = None) -> None:
        self.kind = kind
        super().__init__(_BASE.get(kind, Problem.INVALID), message or MESSAGES[kind])
