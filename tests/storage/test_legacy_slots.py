"""Files whose key slots predate key pairs (format 1) still open, and are brought up to date."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from barnearket.domain.roles import Role
from barnearket.storage import accounts, kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.errors import CaseFileError
from barnearket.storage.keyfile import KeyFile, Slot, _canonical, read_keyfile, write_keyfile
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.meta import set_meta
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE

pytestmark = pytest.mark.file_only("old key-slot formats of the key file")


def _legacy_slot(keys: KeyFile, login: str, passphrase: str, file_key: bytes) -> Slot:
    """A format-1 slot: the file key wrapped directly under the passphrase-derived key."""
    slot = Slot(os.urandom(16).hex(), keys.login_hash(login), kdf.fast_params_for_tests(), b"", b"")
    nonce = os.urandom(12)
    aad = _canonical(slot.header(keys.file_id))
    wrapped = AESGCM(kdf.derive(passphrase, slot.kdf)).encrypt(nonce, file_key, aad)
    return replace(slot, nonce=nonce, wrapped=wrapped)


def _make_legacy(case_file: CaseFile) -> Path:
    """Turn the admin's and a case worker's slots into format-1 slots, inside and beside the file."""
    fast = kdf.fast_params_for_tests()
    accounts.add_user(case_file, "kari", "Kari Čeavrris", Role.SAKSBEHANDLER, "karis frase æøå", fast)
    keys = case_file.keyfile
    slots = (_legacy_slot(keys, ADMIN_LOGIN, ADMIN_PASSPHRASE, case_file.file_key),
             _legacy_slot(keys, "kari", "karis frase æøå", case_file.file_key))
    legacy = replace(keys, slots=slots)
    with case_file.session() as session, session.begin():
        set_meta(session, "keyfile", legacy.to_bytes().decode())
    write_keyfile(case_file.path, legacy)
    path = case_file.path
    case_file.close()
    return path


def test_a_format_one_slot_opens_and_is_upgraded_to_a_key_pair(case_file: CaseFile) -> None:
    path = _make_legacy(case_file)
    assert read_keyfile(path).find(ADMIN_LOGIN).legacy  # type: ignore[union-attr]
    open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE).close()
    slot = read_keyfile(path).find(ADMIN_LOGIN)
    assert slot is not None and not slot.legacy
    reopened = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    assert reopened.audit_findings == []
    reopened.close()


def test_a_rekey_drops_format_one_slots_it_cannot_reach(case_file: CaseFile) -> None:
    path = _make_legacy(case_file)
    admin = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)  # upgrades the admin
    try:
        accounts.change_passphrase(admin, ADMIN_LOGIN, "ny frase for admin ŋ", kdf.fast_params_for_tests())
    finally:
        admin.close()
    assert read_keyfile(path).find("kari") is None  # kari never logged in since: her slot had to go
    with pytest.raises(CaseFileError):
        open_case_file(path, login="kari", passphrase="karis frase æøå")
    open_case_file(path, login=ADMIN_LOGIN, passphrase="ny frase for admin ŋ").close()
