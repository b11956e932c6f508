"""The `gui` marker is applied by the root conftest to every test that asks for a QApplication."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot


def test_a_test_with_qtbot_is_marked_gui(qtbot: QtBot, request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("gui") is not None


def test_a_test_without_qt_is_not(request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("gui") is None
