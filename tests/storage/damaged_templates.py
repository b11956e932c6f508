"""Valid, cleanly closed case files to damage, and the fingerprint that shows a damaged file was never written
(the damaged-file and read-ahead tests)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from barnearket.domain.roles import Role
from barnearket.storage import accounts, kdf
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.opening import create_case_file
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE
from tests.helpers.mutations import PAGE, Originals


@dataclass(frozen=True)
class Fingerprint:
    """What must not change: content and modification time of the case file and its key file."""

    case: tuple[str, int, int] | None
    keys: tuple[str, int, int] | None


def _one(path: Path) -> tuple[str, int, int] | None:
    if not path.exists():
        return None
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size


def fingerprint(case_path: Path) -> Fingerprint:
    """Hash, mtime and size of the case file and of its key file (None when absent)."""
    return Fingerprint(_one(case_path), _one(keyfile_path(case_path)))


def _make_case_file(path: Path, passphrase: str) -> bytes:
    """A valid file with a second user, a table of rows, deleted rows (free pages); cleanly closed.

    Returns the file key.
    """
    case_file = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=passphrase,
                                 kdf_params=kdf.fast_params_for_tests())
    file_key = case_file.file_key
    try:
        accounts.add_user(case_file, "kari", "Kari Nordmann", Role.SAKSBEHANDLER, "karis frase æøå",
                          kdf.fast_params_for_tests())
        with case_file.session() as session, session.begin():
            session.execute(text("CREATE TABLE prove_sak(id INTEGER PRIMARY KEY, navn TEXT, notat TEXT)"))
            for i in range(150):
                session.execute(text("INSERT INTO prove_sak(navn, notat) VALUES (:n, :t)"),
                                {"n": f"Prøvebarn {i}", "t": f"notat {i} " * 60})
            session.execute(text("DELETE FROM prove_sak WHERE id % 3 = 0"))
    finally:
        case_file.close()
    assert not Path(f"{path}-wal").exists(), "the template must be cleanly closed"
    return file_key


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Originals, bytes]:
    """The intact template and its file key, plus the key files of two other case files."""
    base = tmp_path_factory.mktemp("maler")
    file_key = _make_case_file(base / "mal.barnearket", ADMIN_PASSPHRASE)
    _make_case_file(base / "annen.barnearket", ADMIN_PASSPHRASE)
    _make_case_file(base / "tredje.barnearket", "en helt annen frase")

    def read(name: str) -> bytes:
        return keyfile_path(base / name).read_bytes()

    case = (base / "mal.barnearket").read_bytes()
    assert len(case) // PAGE > 20, "the template needs enough pages to damage"
    originals = Originals(case, read("mal.barnearket"), read("annen.barnearket"), read("tredje.barnearket"))
    return originals, file_key


@pytest.fixture(scope="module")
def originals(template: tuple[Originals, bytes]) -> Originals:
    """The intact files every mutation starts from."""
    return template[0]
