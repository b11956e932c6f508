"""A case file as a whole, for the windows: make a new one, check a login name, rewrite its keys with the
recovery key. The windows hold what this returns as a `Store` and never see the storage modules."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from barnearket.files.recoverykey import format_recovery_key, parse_recovery_key
from barnearket.keycost import KdfParams
from barnearket.storage import kdf, opening
from barnearket.storage.store import Store


@dataclass(frozen=True)
class NewCaseFile:
    """A case file just made and open, and its recovery key as it is written down (shown only now).

    Attributes:
        store: the open file, with its first user (an administrator) logged in.
        recovery_key: 64 hexadecimal digits in groups of four.
    """

    store: Store
    recovery_key: str

    @property
    def path(self) -> Path:
        """Where the file lies."""
        return self.store.location.file_path


def check_login(login: str) -> str:
    """The login if it is a valid login name, else a `CaseFileError` saying what one looks like."""
    return opening.check_login(login)


def create_case_file(path: Path, *, login: str, full_name: str, passphrase: str,
                     kdf_params: KdfParams | None = None) -> NewCaseFile:
    """Make a new encrypted file with its first user (role admin), open.

    Without `kdf_params` the key derivation is calibrated on this machine first (about a second).
    """
    made = opening.create_case_file(path, login=login, full_name=full_name, passphrase=passphrase,
                                    kdf_params=kdf_params or kdf.calibrate())
    return NewCaseFile(made, format_recovery_key(made.file_key))


def restore_key_file(path: Path, recovery_key: str) -> None:
    """Open the file once with the recovery key as typed, which writes its key file again, and close it.

    A key that is not 64 hexadecimal digits, or not this file's, is a `CaseFileError`.
    """
    opening.open_case_file(path, recovery_key=parse_recovery_key(recovery_key)).close()
