"""The local journal of unsaved typing: encrypted (no canary on disk), newest value per answer, gone when
everything is stored, and never lost when the password no longer opens it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from barnearket.domain.model import JsonValue
from barnearket.storage.localjournal import CONCERN, SHEET, LocalJournal, Pending, journal_path
from tests.helpers.canary import find_canaries

PLACE, LOGIN, PASSWORD = "postgresql://server.kommune.no/barnearket", "kari", "Kari sitt lange passord æøå"
CHEAP = (1, 8 * 1024, 1)
CANARY = "Ráste Ŋuolas-Ødegård drikker om kveldene"


def _sheet(values: dict[tuple[str, int | None], JsonValue], base: int | None = 0) -> list[Pending]:
    return [Pending.typed(SHEET, 7, q, c, v, base) for (q, c), v in values.items()]


def _journal(folder: Path, password: str = PASSWORD) -> LocalJournal:
    return LocalJournal.unlock(folder, PLACE, LOGIN, password, params=CHEAP)


def test_kept_values_are_encrypted_and_read_back_with_the_password(tmp_path: Path) -> None:
    journal = _journal(tmp_path)
    journal.keep(_sheet({("__quick_notes__", None): CANARY, ("parent_situation", 3): "første"}, 4))
    journal.keep(_sheet({("parent_situation", 3): "andre"}, 4))
    assert find_canaries([tmp_path], [CANARY]) == []
    assert journal_path(tmp_path, PLACE, LOGIN).exists() and LOGIN not in str(journal.path)
    again = _journal(tmp_path)
    assert {(e.kind, e.record_id, e.field, e.child_id, e.value, e.base) for e in again.entries()} == {
        (SHEET, 7, "__quick_notes__", None, CANARY, 4), (SHEET, 7, "parent_situation", 3, "andre", 4)}


def test_a_stored_value_is_forgotten_and_an_empty_journal_leaves_no_file(tmp_path: Path) -> None:
    journal = _journal(tmp_path)
    journal.keep(_sheet({("a", None): "en", ("b", None): "to"}))
    journal.stored(_sheet({("a", None): "en", ("b", None): "gammel verdi"}))  # b was typed again since
    assert [e.field for e in _journal(tmp_path).entries()] == ["b"]
    journal.stored(_sheet({("b", None): "to"}))
    assert not journal.path.exists() and list(tmp_path.iterdir()) == []


def test_a_refused_replay_is_held_not_dropped(tmp_path: Path) -> None:
    journal = _journal(tmp_path)
    journal.keep(_sheet({("a", None): CANARY}))
    journal.hold(journal.entries())
    (entry,) = _journal(tmp_path).entries()
    assert entry.held and entry.value == CANARY


def test_a_journal_the_password_cannot_open_is_kept_aside(tmp_path: Path) -> None:
    journal = _journal(tmp_path)
    journal.keep(_sheet({("a", None): CANARY}))
    other = _journal(tmp_path, "et helt annet passord")
    assert other.entries() == []
    aside = [p for p in tmp_path.iterdir() if ".ulest-" in p.name]
    assert len(aside) == 1 and find_canaries(aside, [CANARY]) == []


def test_a_replayed_field_moves_the_other_fields_of_its_record_to_the_new_version(tmp_path: Path) -> None:
    journal = _journal(tmp_path)
    journal.keep([Pending.typed(CONCERN, 5, "first_description", None, CANARY, 3),
                  Pending.typed(CONCERN, 5, "arose_on", None, "2026-11-02", 3),
                  Pending.typed(CONCERN, 6, "arose_on", None, "2026-11-02", 3)])
    journal.rebase(CONCERN, 5, 3, 4)
    assert {(e.record_id, e.field, e.base) for e in _journal(tmp_path).entries()} == {
        (5, "first_description", 4), (5, "arose_on", 4), (6, "arose_on", 3)}


def test_a_journal_from_before_kinds_and_versions_still_opens(tmp_path: Path) -> None:
    journal = _journal(tmp_path)
    journal.keep(_sheet({("a", None): CANARY}))
    old = [{"sheet_id": 7, "question_id": "a", "child_id": None, "value": "x", "typed_at": "t"}]
    nonce, header = os.urandom(12), journal._header
    sealed = AESGCM(journal._key).encrypt(nonce, json.dumps(old).encode(), header)
    journal.path.write_bytes(header + nonce + sealed)
    (entry,) = _journal(tmp_path).entries()
    assert (entry.kind, entry.record_id, entry.field, entry.value, entry.base) == (SHEET, 7, "a", "x", None)
