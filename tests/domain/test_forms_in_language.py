"""A library reads its own files again in another language (for documents in the organisation's
language) without any cache built from the environment: the same folders, kept on the library."""

from __future__ import annotations

from pathlib import Path

from barnearket.domain.forms import ItemList, load_standard_library
from tests.helpers import municipality as kommune


def test_the_same_folders_are_read_again_in_english(tmp_path: Path) -> None:
    library = load_standard_library([kommune.write_folder(tmp_path / "kommune")])
    english = library.in_language("en")
    assert english is library.in_language("en")
    purposes = english.latest_as("samtykkeformal", ItemList)
    assert purposes.item("fastlege").label == "Information to the GP"
    categories = english.latest_as("kategorier", ItemList)
    assert categories.item(kommune.NEW_CATEGORY[0]).label.startswith(kommune.NEW_CATEGORY[1])
    assert library.latest_as("samtykkeformal", ItemList).item("fastlege").label == "Informasjon til fastlegen"
