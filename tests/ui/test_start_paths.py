"""The user folders on Linux come from the XDG variables the way platformdirs reads them (without
importing it before the unlock window shows)."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from barnearket.paths import APP, resolve_paths

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG folders are Linux's")


@pytest.mark.parametrize(("data", "config"), [
    (None, None),
    ("/srv/ålesund/data", "/srv/ålesund/config"),
    ("  ", ""),
    ("~/relativ", "relativ/mappe"),  # not absolute: ignored, as the XDG rules say
])
def test_the_folders_are_platformdirs_folders(monkeypatch: pytest.MonkeyPatch, data: str | None,
                                              config: str | None) -> None:
    monkeypatch.delenv("BARNEARKET_HOME", raising=False)
    for name, value in (("XDG_DATA_HOME", data), ("XDG_CONFIG_HOME", config)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    paths = resolve_paths()
    assert str(paths.data) == platformdirs.user_data_dir(APP, appauthor=False)
    assert str(paths.config) == platformdirs.user_config_dir(APP, appauthor=False)
