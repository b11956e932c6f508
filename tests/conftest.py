"""Shared fixtures: isolated user folders, and a freshly created encrypted case file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage import kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.opening import create_case_file

pytest_plugins = ["tests.server.fixtures", "tests.server.template", "tests.seam.stores"]

ADMIN_LOGIN = "admin"
ADMIN_NAME = "Ánte Ođđasa-Ærlig"
ADMIN_PASSPHRASE = "riktig passordfrase æøå"
# parametrized file|server; `file_only` drops the server run
STORE_FIXTURES = ("case_file", "store", "cli", "closed_store")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user's data, config or cache folders."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("BARNEARKET_HOME", str(home / "barnearket"))


@pytest.fixture(autouse=True)
def _collect_on_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """A GUI test collects cyclic garbage on the GUI thread only, as the app does (`ui/collector.py`);
    the others keep Python's own collection."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    from barnearket.ui.collector import collect_on_gui_thread

    collector = collect_on_gui_thread(request.getfixturevalue("qapp"))
    yield
    collector.stop()


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    """Where a test's case file lives."""
    return tmp_path / "saker.barnearket"


@pytest.fixture
def case_file(case_path: Path) -> Iterator[CaseFile]:
    """A new encrypted case file (cheap KDF settings) unlocked by its admin."""
    opened = create_case_file(case_path, login=ADMIN_LOGIN, full_name=ADMIN_NAME,
                              passphrase=ADMIN_PASSPHRASE, kdf_params=kdf.fast_params_for_tests())
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def actor(case_file: CaseFile) -> Actor:
    """The logged-in admin as the services see them."""
    assert case_file.user is not None
    return Actor(case_file.user.id, case_file.user.login, Role(case_file.user.role))


@pytest.fixture
def ctx(case_file: CaseFile, actor: Actor) -> Iterator[ServiceContext]:
    """A service context in one open transaction, committed when the test passes."""
    with case_file.session() as session, session.begin():
        yield ServiceContext(session, actor, SystemClock())


def _store_params(item: pytest.Item) -> set[object]:
    """The store(s) a test item runs on, from the parametrized store fixtures it asks for."""
    params = getattr(getattr(item, "callspec", None), "params", {})
    return {params.get(name) for name in STORE_FIXTURES}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test that needs a QApplication (it asks for `qtbot` or `qapp`) carries the `gui` marker,
    so `-m "not gui"` runs the rest without a display (issue 15, point 5); a `file_only` test is not
    run on the server store (tests/seam/both.py): deselected, not skipped."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
    on_server = [item for item in items if item.get_closest_marker("file_only")
                 and "server" in _store_params(item)]
    if on_server:
        config.hook.pytest_deselected(items=on_server)
        items[:] = [item for item in items if item not in on_server]
