"""The library keys forms by (id, version); local folders override shipped files."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from barnearket.domain.forms import (
    FormError,
    FormNotFoundError,
    ItemList,
    Kind,
    RuleSet,
    Scale,
    Sheet,
    load_library,
    load_standard_library,
    shipped_forms_dir,
)


class StoredAnswer(NamedTuple):
    """An answer as the case file keeps it: with the form id and version it was given under."""

    form_id: str
    form_version: int
    question_id: str
    value: str


OLD_LABEL = "Hvordan opplever barnet situasjonen, slik forelderen ser det?"
NEW_LABEL = "Hvordan har barnet det, slik forelderen ser det?"


def shipped_text(name: str) -> str:
    return (shipped_forms_dir() / name).read_text(encoding="utf-8")


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def sheet_v2(text: str = "") -> str:
    source = text or shipped_text("barnearket.v1.toml")
    assert OLD_LABEL in source
    return source.replace("version = 1", "version = 2", 1).replace(OLD_LABEL, NEW_LABEL)


def test_answer_stored_under_version_1_renders_with_version_1_label(tmp_path: Path) -> None:
    stored = StoredAnswer("barnearket", 1, "child_experience", "Redd for at mamma skal dø")
    write(tmp_path / "lokal", "barnearket.v2.toml", sheet_v2())

    library = load_standard_library([tmp_path / "lokal"])

    assert library.versions("barnearket") == (1, 2)
    assert library.latest("barnearket").version == 2
    old = library.get_as(stored.form_id, stored.form_version, Sheet)
    assert old.question(stored.question_id).label == OLD_LABEL
    assert library.latest_as("barnearket", Sheet).question("child_experience").label == NEW_LABEL


def test_local_file_with_same_id_and_version_replaces_the_shipped_one(tmp_path: Path) -> None:
    text = shipped_text("frister.v1.toml").replace("value = 14", "value = 10", 1)
    local = write(tmp_path, "frister.v1.toml", text)

    library = load_standard_library([tmp_path])

    rules = library.latest_as("frister", RuleSet)
    assert library.versions("frister") == (1,)
    assert rules.value("decision_days") == 10
    assert rules.source == local


def test_later_local_folder_wins_over_an_earlier_one(tmp_path: Path) -> None:
    for folder, days in (("a", "11"), ("b", "12")):
        text = shipped_text("frister.v1.toml").replace("value = 14", f"value = {days}")
        write(tmp_path / folder, "frister.v1.toml", text)
    library = load_standard_library([tmp_path / "a", tmp_path / "b"])
    assert library.latest_as("frister", RuleSet).value("decision_days") == 12


def test_local_folder_may_add_new_ids(tmp_path: Path) -> None:
    text = shipped_text("bekymringsskala_barn.v1.toml")
    text = text.replace('id = "bekymringsskala_barn"', 'id = "skala_ungdom"')
    write(tmp_path, "skala_ungdom.v1.toml", text)
    library = load_standard_library([tmp_path])
    assert {s.id for s in library.of_kind(Kind.SCALE)} == {
        "bekymringsskala_barn",
        "bekymringsskala_foresatte",
        "skala_ungdom",
    }


def test_local_file_may_not_change_the_kind_of_an_id(tmp_path: Path) -> None:
    text = shipped_text("samtykkeformal.v1.toml").replace('id = "samtykkeformal"', 'id = "tjenester"')
    local = write(tmp_path, "tjenester.v2.toml", text.replace("version = 1", "version = 2"))
    with pytest.raises(FormError, match="samme kind") as caught:
        load_standard_library([tmp_path])
    assert caught.value.path == local
    assert caught.value.line == text.splitlines().index('kind = "purposes"') + 1


def test_local_override_must_keep_the_questions_the_program_needs(tmp_path: Path) -> None:
    text = sheet_v2().replace('"has_minor_siblings"', '"has_siblings"')
    write(tmp_path, "barnearket.v2.toml", text)
    with pytest.raises(FormError, match="mangler 'has_minor_siblings'"):
        load_standard_library([tmp_path])


def test_removed_option_in_a_newer_list_keeps_old_conditions_and_labels_working(tmp_path: Path) -> None:
    text = shipped_text("tjenester.v1.toml").replace("version = 1", "version = 2")
    old_item = 'id = "barnevern"\ngroup = "kommunale"\nlabel = "Barnevernstjenesten"'
    text = text.replace(old_item, 'id = "bv"\nlabel = "Barnevernet"')
    write(tmp_path, "tjenester.v2.toml", text)

    library = load_standard_library([tmp_path])

    question = library.latest_as("barnearket", Sheet).question("services_involved")
    assert "barnevern" not in {o.id for o in library.options_for(question)}
    assert library.option_label(question, "barnevern") == "Barnevernstjenesten"
    assert library.option_label(question, "bv") == "Barnevernet"
    assert library.option_label(question, "finnes_ikke") is None


def test_lookups_of_missing_forms_and_wrong_types(tmp_path: Path) -> None:
    library = load_library([shipped_forms_dir()])
    with pytest.raises(FormNotFoundError):
        library.get("barnearket", 99)
    with pytest.raises(FormNotFoundError):
        library.latest("finnes_ikke")
    with pytest.raises(TypeError):
        library.latest_as("tjenester", Scale)
    assert "tjenester" in library
    assert isinstance(library.latest_as("tjenester", ItemList), ItemList)
    assert len(library) == len(list(library)) == len(library.ids())


def test_hidden_and_non_toml_files_are_ignored(tmp_path: Path) -> None:
    write(tmp_path, ".#barnearket.v1.toml", "this is not toml [")
    write(tmp_path, "notat.txt", "this is not toml [")
    assert len(load_library([tmp_path])) == 0
