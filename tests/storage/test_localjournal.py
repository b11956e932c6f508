"""The local journal of unsaved typing: encrypted (no canary on disk), newest value per answer, gone when
everything is stored, and never lost when the password no longer opens it."""

from __future__ import annotations

from pathlib import Path

from barnearket.storage.localjournal import LocalJournal, journal_path
from tests.helpers.canary import find_canaries

PLACE, LOGIN, PASSWORD = "postgresql://server.kommune.no/barnearket", "kari", "Kari sitt lange passord æøå"
CHEAP = (1, 8 * 1024, 1)
CANARY = "Ráste Ŋuolas-Ødegård drikker om kveldene"


def _journal(folder: Path, password: str = PASSWORD) -> LocalJournal:
    return LocalJournal.unlock(folder, PLACE, LOGIN, password, params=CHEAP)


def test_kept_values_are_encrypted_and_read_back_with_the_password(tmp_path: Path) -> None:
    journal = _journal(tmp_path)
    journal.keep(7, {("__quick_notes__", None): CANARY, ("parent_situation", 3): "første"})
    journal.keep(7, {("parent_situation", 3): "andre"})
    assert find_canaries([tmp_path], [CANARY]) == []
    assert journal_path(tmp_path, PLACE, LOGIN).exists() and LOGIN not in str(journal.path)
    again = _journal(tmp_path)
    assert {(e.sheet_id, e.question_id, e.child_id, e.value) for e in again.entries()} == {
        (7, "__quick_notes__", None, CANARY), (7, "parent_situation", 3, "andre")}


def test_a_stored_value_is_forgotten_and_an_empty_journal_leaves_no_file(tmp_path: Path) -> None:
    journal = _journal(tmp_path)
    journal.keep(7, {("a", None): "en", ("b", None): "to"})
    journal.stored(7, {("a", None): "en", ("b", None): "gammel verdi"})  # b was typed again since
    assert [e.question_id for e in _journal(tmp_path).entries()] == ["b"]
    journal.stored(7, {("b", None): "to"})
    assert not journal.path.exists() and list(tmp_path.iterdir()) == []


def test_a_refused_replay_is_held_not_dropped(tmp_path: Path) -> None:
    journal = _journal(tmp_path)
    journal.keep(7, {("a", None): CANARY})
    journal.hold(journal.entries())
    (entry,) = _journal(tmp_path).entries()
    assert entry.held and entry.value == CANARY


def test_a_journal_the_password_cannot_open_is_kept_aside(tmp_path: Path) -> None:
    journal = _journal(tmp_path)
    journal.keep(7, {("a", None): CANARY})
    other = _journal(tmp_path, "et helt annet passord")
    assert other.entries() == []
    aside = [p for p in tmp_path.iterdir() if ".ulest-" in p.name]
    assert len(aside) == 1 and find_canaries(aside, [CANARY]) == []
