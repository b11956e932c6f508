"""Process-wide state some UI tests change (the style, the language) or need (a screen of their own),
each put back or taken down afterwards."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from barnearket.ui.focusstyle import install_focus_style
from barnearket.ui.language import LanguageSwitch


@pytest.fixture
def focus_style(qapp: QApplication) -> Iterator[None]:
    """The program's own focus style, for one test; the style before comes back afterwards."""
    before = qapp.style().name()
    install_focus_style(qapp)
    yield
    qapp.setStyle(before)


@pytest.fixture
def back_to_bokmal() -> Iterator[None]:
    """The running program speaks bokmål again after the test."""
    yield
    LanguageSwitch().apply("nb")


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A private Xvfb screen of 1366×768."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)
