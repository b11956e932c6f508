"""Where passphrases and the recovery key come from: an interactive prompt or standard input."""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from barnearket.domain.language import n_, t
from barnearket.domain.passphrase import assess_passphrase
from barnearket.files.recoverykey import parse_recovery_key
from barnearket.storage.errors import CaseFileError, Problem


class Secrets:
    """Reads secrets in the order the command asks for them; never from arguments or environment."""

    def __init__(self, *, from_stdin: bool, stream: TextIO | None = None) -> None:
        self._from_stdin = from_stdin
        self._stream = stream or sys.stdin

    def _line(self, what: str) -> str:
        line = self._stream.readline()
        if not line:
            raise CaseFileError(Problem.INVALID, "Mangler {what} på standard inn.", what=t(what))
        return line.rstrip("\r\n")

    def passphrase(self, prompt: str) -> str:
        """One existing passphrase."""
        if self._from_stdin:
            return self._line(n_("passordfrase"))
        return _ask(prompt)

    def new_passphrase(self, prompt: str, *, login: str = "", full_name: str = "",
                       municipality: str = "") -> str:
        """A new passphrase: asked twice at the prompt, once per line on standard input.

        It must pass the strength estimate (`domain.passphrase`); the refusal says how to pick one.
        """
        if self._from_stdin:
            value = self._line(n_("ny passordfrase"))
        else:
            value = _ask(prompt)
            if _ask(t("Gjenta passordfrasen: ")) != value:
                raise CaseFileError(Problem.INVALID, "Passordfrasene var ikke like.")
        verdict = assess_passphrase(value, login=login, full_name=full_name, municipality=municipality)
        if not verdict.acceptable:
            raise CaseFileError(Problem.INVALID, verdict.message)
        return value

    def recovery_key(self) -> bytes:
        """The recovery key, always read from standard input."""
        return parse_recovery_key(self._line(n_("gjenopprettingsnøkkel")))


def _ask(prompt: str) -> str:
    """A passphrase typed at the prompt; none to read (standard input closed) is a known problem."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CaseFileError(Problem.INVALID, "Fikk ingen passordfrase. Skriv den inn, eller bruk "
                            "--passphrase-stdin.") from None
