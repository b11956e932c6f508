"""A 1,000-case demo file and its export, built once per test module (the demo tests read them only)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE, create_demo_file
from barnearket.services.exchange import export_cases
from barnearket.storage.opening import open_case_file
from tests.services.test_exchange import admin_ctx

TODAY = date(2026, 3, 2)
SEED = 3


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One 1,000-case demo file shared by the tests of this module (read only)."""
    path = tmp_path_factory.mktemp("demo") / "demo.barnearket"
    create_demo_file(path, cases=1000, seed=SEED, today=TODAY)
    return path


@pytest.fixture(scope="module")
def demo_export(demo_path: Path) -> dict[str, Any]:
    """The whole demo file as an exchange document."""
    opened = open_case_file(demo_path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    try:
        with opened.session() as session, session.begin():
            return export_cases(admin_ctx(opened, session))
    finally:
        opened.close()


@pytest.fixture(scope="module")
def demo_cases(demo_export: dict[str, Any]) -> list[dict[str, Any]]:
    """The exported cases."""
    found: list[dict[str, Any]] = demo_export["cases"]
    return found
