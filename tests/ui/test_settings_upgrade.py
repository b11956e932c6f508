"""Issue 15, point 4: the settings file carries a version; each version has an upgrade step and a test."""

from __future__ import annotations

import json
from pathlib import Path

from barnearket.ui.settings import Settings, SettingsStore
from barnearket.ui.settingsupgrade import SETTINGS_VERSION, UPGRADES, upgrade, version_of

BEFORE_VERSIONS = {  # a settings file as the program wrote it before versions
    "recent_files": ["/saker/a.barnearket", "/saker/b.barnearket", "/saker/a.barnearket", 7,
                     *(f"/saker/{n}.barnearket" for n in range(10))],
    "last_login": "åse.ŋuolas", "idle_minutes": 10, "barnevernvakt_phone": "", "window_geometry": "",
}


def test_every_version_after_the_first_has_exactly_one_step() -> None:
    assert sorted(UPGRADES) == list(range(2, SETTINGS_VERSION + 1))


def test_a_file_without_a_version_is_version_1() -> None:
    assert version_of(BEFORE_VERSIONS) == 1
    assert version_of({"version": True}) == 1
    assert version_of({"version": 2}) == 2


def test_step_to_version_2_cleans_recent_files_and_the_idle_time() -> None:
    raw = UPGRADES[2](dict(BEFORE_VERSIONS))
    assert raw["recent_files"][:3] == ["/saker/a.barnearket", "/saker/b.barnearket", "/saker/0.barnearket"]
    assert len(raw["recent_files"]) == 8
    assert raw["idle_minutes"] == 10.0 and isinstance(raw["idle_minutes"], float)
    assert UPGRADES[2]({"idle_minutes": "2,5"})["idle_minutes"] == 2.5
    assert "idle_minutes" not in UPGRADES[2]({"idle_minutes": "lenge"})
    assert raw["last_login"] == "åse.ŋuolas"


def test_upgrade_runs_every_step_and_stamps_the_version() -> None:
    assert upgrade(dict(BEFORE_VERSIONS))["version"] == SETTINGS_VERSION
    current = {"version": SETTINGS_VERSION, "last_login": "kari"}
    assert upgrade(dict(current)) == current


def test_a_file_from_a_newer_program_is_read_by_its_known_keys(tmp_path: Path) -> None:
    path = tmp_path / "innstillinger.json"
    path.write_text(json.dumps({"version": SETTINGS_VERSION + 5, "last_login": "kari", "ny": 1}), "utf-8")
    assert SettingsStore(path).load().last_login == "kari"


def test_an_old_file_is_loaded_upgraded_and_saved_with_the_version(tmp_path: Path) -> None:
    path = tmp_path / "innstillinger.json"
    path.write_text(json.dumps(BEFORE_VERSIONS), encoding="utf-8")
    store = SettingsStore(path)
    settings = store.load()
    assert settings.idle_minutes == 10.0 and len(settings.recent_files) == 8
    store.save(settings)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == SETTINGS_VERSION
    assert SettingsStore(path).load() == settings
    assert Settings() == SettingsStore(tmp_path / "mangler.json").load()
