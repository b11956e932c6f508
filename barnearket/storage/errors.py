"""Known problems with a case file, each with a clear Norwegian message free of personal data.

These are the environment's and the user's errors (wrong passphrase, damaged file, file in use...),
kept apart from bugs: the UI and the command line show `message` and never a traceback for them.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from barnearket.domain.language import t


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
    READ_ONLY = "read_only"
    NO_ACCESS = "no_access"
    NOT_A_REGULAR_FILE = "not_a_regular_file"
    IO_ERROR = "io_error"
    NOT_ALLOWED = "not_allowed"
    USER_UNKNOWN = "user_unknown"
    INVALID = "invalid"
    JOURNAL_DAMAGED = "journal_damaged"


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
    Problem.DISK_FULL: (
        "Disken er full, så det som skulle lagres ble ikke skrevet. Saksfilen er ikke skadet, og alt "
        "som var lagret fra før, er der. Frigjør plass på disken og prøv igjen."
    ),
    Problem.READ_ONLY: (
        "Disken eller mappen kan bare leses, ikke skrives til. Flytt filen til et sted du kan "
        "skrive, eller be IT om skrivetilgang."
    ),
    Problem.NO_ACCESS: (
        "Du har ikke tilgang til å lese eller skrive filen eller mappen den ligger i. "
        "Be IT om tilgang."
    ),
    Problem.NOT_A_REGULAR_FILE: (
        "Navnet peker på en mappe, en snarvei eller noe annet enn en vanlig fil. "
        "Velg en vanlig fil, eller be IT rydde i mappen."
    ),
    Problem.IO_ERROR: (
        "Maskinen kunne ikke lese eller skrive disken. Sjekk at disken eller nettverksmappen "
        "er koblet til, og prøv igjen."
    ),
    Problem.NOT_ALLOWED: "Brukeren din har ikke lov til å gjøre dette.",
    Problem.USER_UNKNOWN: "Finner ingen aktiv bruker med det brukernavnet.",
    Problem.INVALID: "Ugyldig verdi.",
    Problem.JOURNAL_DAMAGED: (
        "Loggen over de siste endringene i saksfilen er skadet. Noe av det som ble lagret sist, "
        "kan ikke leses."
    ),
}


class CaseFileError(Exception):
    """A known problem with a case file; `message` is safe to show and to log."""

    def __init__(self, problem: Problem, message: str | None = None, **values: object) -> None:
        self.problem = problem
        self.message = t(message or MESSAGES[problem], **values)
        super().__init__(self.message)


class JournalDamagedError(CaseFileError):
    """The write-ahead log would drop committed transactions; a copy was kept before anything else.

    Attributes:
        transactions: committed transactions at the end of the log that cannot be read.
        copy: the quarantine folder beside the file (its name holds the file's name and a time).
    """

    def __init__(self, transactions: int, copy: Path, *, at_least: bool = False) -> None:
        self.transactions, self.copy = transactions, copy
        what = t("1 lagret endring") if transactions == 1 else t("{count} lagrede endringer",
                                                                  count=transactions)
        what = t("minst {what}", what=what) if at_least else what
        super().__init__(Problem.JOURNAL_DAMAGED, (
            "Loggen over de siste endringene i saksfilen er skadet: {what} på slutten kan ikke "
            "leses. En uendret kopi av filen og loggen ligger i mappen «{folder}» ved siden av "
            "saksfilen. Ingenting er endret. Be IT se på kopien, eller åpne filen i Barnearket og "
            "velg å fortsette uten disse endringene."
        ), what=what, folder=copy.name)


# Exit codes of the command line: 0 done, 1 damaged, 2 bad usage and every other known problem;
# faults of the surroundings and a held lock each have their own, so scripts can tell them apart.
EXIT_CODES: dict[Problem, int] = {
    Problem.DAMAGED: 1,
    Problem.JOURNAL_DAMAGED: 1,
    Problem.DISK_FULL: 3,
    Problem.READ_ONLY: 4,
    Problem.NO_ACCESS: 5,
    Problem.NOT_A_REGULAR_FILE: 6,
    Problem.IN_USE: 7,
    Problem.IO_ERROR: 8,
}


def exit_code(problem: Problem) -> int:
    """The command line's exit code for a known problem."""
    return EXIT_CODES.get(problem, 2)
