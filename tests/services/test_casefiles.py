"""The windows' use cases for a case file as a whole: a new file, a login name, the recovery key."""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.files.recoverykey import parse_recovery_key
from barnearket.services.casefiles import check_login, create_case_file, restore_key_file
from barnearket.storage import kdf
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.opening import open_case_file
from barnearket.storage.store import file_only, is_file

NAME, LOGIN, PHRASE = "Ánte Ođđasa-Ærlig", "ante", "en lang nok frase med æøå"


def test_a_new_file_is_open_with_its_recovery_key_to_write_down(tmp_path: Path) -> None:
    path = tmp_path / "ny.barnearket"
    made = create_case_file(path, login=LOGIN, full_name=NAME, passphrase=PHRASE,
                            kdf_params=kdf.fast_params_for_tests())
    try:
        assert is_file(made.store) and made.path == path
        assert made.store.user is not None and made.store.user.login == LOGIN
        groups = made.recovery_key.split("-")
        assert len(groups) == 16 and all(len(g) == 4 and g == g.upper() for g in groups)
        assert parse_recovery_key(made.recovery_key) == file_only(made.store).file_key
    finally:
        made.store.close()
    again = open_case_file(path, login=LOGIN, passphrase=PHRASE)
    assert again.user is not None and again.user.full_name == NAME
    again.close()


def test_a_login_name_is_checked_with_a_norwegian_reason(tmp_path: Path) -> None:
    assert check_login("kari.o") == "kari.o"
    with pytest.raises(CaseFileError) as refused:
        check_login("Kari Ødegård")
    assert "små bokstaver" in refused.value.message
    with pytest.raises(CaseFileError):
        create_case_file(tmp_path / "x.barnearket", login="K", full_name=NAME, passphrase=PHRASE,
                         kdf_params=kdf.fast_params_for_tests())
    assert not (tmp_path / "x.barnearket").exists()


def test_the_recovery_key_as_typed_writes_the_key_file_again(tmp_path: Path) -> None:
    path = tmp_path / "ny.barnearket"
    made = create_case_file(path, login=LOGIN, full_name=NAME, passphrase=PHRASE,
                            kdf_params=kdf.fast_params_for_tests())
    typed = made.recovery_key.lower().replace("-", " ")
    made.store.close()
    keyfile_path(path).unlink()
    with pytest.raises(CaseFileError) as mistyped:
        restore_key_file(path, "ABCD-EFGH")
    assert mistyped.value.problem is Problem.WRONG_RECOVERY_KEY
    assert not keyfile_path(path).exists()
    restore_key_file(path, typed)
    assert keyfile_path(path).is_file()
    open_case_file(path, login=LOGIN, passphrase=PHRASE).close()
