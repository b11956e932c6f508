"""Known problems with a case file, each with a clear Norwegian message free of personal data.

These are the environment's and the user's errors (wrong passphrase, damaged file, file in use...),
kept apart from bugs: the UI and the command line show `message` and never a traceback for them.
"""

from __future__ import annotations

from enum import StrEnum


class Problem(StrEnum):
    """Why a case file could not be opened or used; stable values for tests and exit codes."""

    WRONG_PASSPHRASE = "wrong_passphrase"
    WRONG_RECOVERY_KEY = "wrong_recovery_key"
    NOT_A_CASE_FILE = "not_a_case_file"
    DAMAGED = "damaged"
    KEY_DATA_MISSING = "key_data_missing"
    KEY_DATA_DAMAGED = "key_data_damaged"
    KEY_DATA_MISMATCH = "key_data_mismatch"
    NEWER_VERSION = "newer_version"
    IN_USE = "in_use"
    MISSING = "missing"
    EXISTS = "exists"
    DISK_FULL = "disk_full"
    NO_ACCESS = "no_access"
    NOT_ALLOWED = "not_allowed"
    USER_UNKNOWN = "user_unknown"
    INVALID = "invalid"


MESSAGES: dict[Problem, str] = {
    Problem.WRONG_PASSPHRASE: "Feil brukernavn eller passordfrase. Prøv igjen.",
    Problem.WRONG_RECOVERY_KEY: "Gjenopprettingsnøkkelen passer ikke til denne saksfilen.",
    Problem.NOT_A_CASE_FILE: "Filen er ikke en Barnearket-saksfil.",
    Problem.DAMAGED: (
        "Saksfilen er skadet og kan ikke brukes. Ingenting er endret i filen. "
        "Kontakt IT for å hente inn siste sikkerhetskopi."
    ),
    Problem.KEY_DATA_MISSING: (
        "Nøkkelfilen som hører til saksfilen mangler. Legg den tilbake ved siden av saksfilen, "
        "eller åpne med gjenopprettingsnøkkelen."
    ),
    Problem.KEY_DATA_DAMAGED: (
        "Nøkkelfilen er skadet eller endret. Åpne saksfilen med gjenopprettingsnøkkelen, "
        "så lages nøkkelfilen på nytt."
    ),
    Problem.KEY_DATA_MISMATCH: "Nøkkelfilen hører til en annen saksfil.",
    Problem.NEWER_VERSION: (
        "Saksfilen er laget med en nyere versjon av Barnearket. Oppdater programmet før du åpner den."
    ),
    Problem.IN_USE: (
        "Saksfilen er allerede åpen i et annet Barnearket-vindu eller på en annen maskin. "
        "Lukk den der først."
    ),
    Problem.MISSING: "Finner ikke saksfilen.",
    Problem.EXISTS: "Det finnes allerede en fil med dette navnet. Velg et annet navn.",
    Problem.DISK_FULL: "Disken er full. Ingenting er endret. Frigjør plass og prøv igjen.",
    Problem.NO_ACCESS: "Du har ikke tilgang til å lese eller skrive filen.",
    Problem.NOT_ALLOWED: "Brukeren din har ikke lov til å gjøre dette.",
    Problem.USER_UNKNOWN: "Finner ingen aktiv bruker med det brukernavnet.",
    Problem.INVALID: "Ugyldig verdi.",
}


class CaseFileError(Exception):
    """A known problem with a case file; `message` is safe to show and to log."""

    def __init__(self, problem: Problem, message: str | None = None) -> None:
        self.problem = problem
        self.message = message or MESSAGES[problem]
        super().__init__(self.message)
