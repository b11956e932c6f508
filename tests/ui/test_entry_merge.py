"""The three-way merge of a step entry's answers after a refused correction (issue 14, point 1)."""

from __future__ import annotations

from barnearket.domain.model import JsonValue
from barnearket.ui.conflict.entrymerge import added_note, merge

NOTE = "[Rettet 06.12.2026 av Siv Ánde. Før rettingen – dato: «01.12.2026»]"


def test_a_field_only_one_side_changed_is_taken_from_that_side() -> None:
    original = {"date": "2026-12-01", "text": "Kom uten yttertøy", "who": "Mor"}
    mine = {**original, "who": "Far"}
    theirs = {**original, "date": "2026-12-02"}
    merged = merge(original, mine, theirs, text_key="text")
    assert merged.values == {"date": "2026-12-02", "text": "Kom uten yttertøy", "who": "Far"}
    assert (merged.overlap, merged.taken) == ([], ["date"])


def test_a_field_both_changed_alike_needs_no_choice_and_differently_does() -> None:
    original: dict[str, JsonValue] = {"date": "2026-12-01", "recipients": ["a"]}
    mine: dict[str, JsonValue] = {"date": "2026-12-03", "recipients": ["b"]}
    theirs: dict[str, JsonValue] = {"date": "2026-12-03", "recipients": ["a", "c"]}
    merged = merge(original, mine, theirs)
    assert merged.values == {"date": "2026-12-03", "recipients": ["b"]}  # mine shown until she chooses
    assert merged.overlap == ["recipients"]


def test_an_unanswered_field_is_the_same_however_it_is_written() -> None:
    merged = merge({"since": None, "list": []}, {"since": "", "list": []}, {"list": None})
    assert (merged.overlap, merged.taken) == ([], [])


def test_a_correction_note_under_the_text_is_kept_under_mine_and_asks_nothing() -> None:
    original = {"text": "Kom uten yttertøy", "date": "2026-12-01"}
    mine = {"text": "Kom uten votter og lue", "date": "2026-12-01"}
    theirs = {"text": f"Kom uten yttertøy\n\n{NOTE}", "date": "2026-12-02"}
    merged = merge(original, mine, theirs, text_key="text")
    assert merged.values == {"text": f"Kom uten votter og lue\n\n{NOTE}", "date": "2026-12-02"}
    assert (merged.overlap, merged.taken) == ([], ["date"])


def test_a_colleague_who_added_words_of_her_own_changed_the_text() -> None:
    assert added_note("Kom uten yttertøy", f"Kom uten yttertøy\n\n{NOTE}") == NOTE
    assert added_note("Kom uten yttertøy", "Kom uten yttertøy. Mor kom sent.") is None
    assert added_note("Kom uten yttertøy", f"Mor kom sent.\n\n{NOTE}") is None
    merged = merge({"text": "A"}, {"text": "B"}, {"text": "A og C"}, text_key="text")
    assert merged.overlap == ["text"]
