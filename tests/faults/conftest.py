"""Fixtures for the fault tests: a source case file built once per module, and a folder others may read."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.source import Source, make_source


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Source:
    """One healthy file with a family and its backup."""
    return make_source(tmp_path_factory.mktemp("kilde"))


@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder the unprivileged user can reach (pytest's own temporary folders are private)."""
    folder = Path(tempfile.mkdtemp(prefix="barnearket-tilgang-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)
