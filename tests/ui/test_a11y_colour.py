"""No information by colour alone: what is red or tinted also says so in text or with a sign.

Checked on a demo file (which has passed deadlines): the coordinator's tables, what needs me now,
the case table's open case, and the coordinator's count buttons.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QPushButton, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from barnearket.services.demo import create_demo_file
from barnearket.ui.caselist import ID_ROLE
from barnearket.ui.casetable import OPEN_MARK, OPEN_TINT, OpenCaseDelegate
from barnearket.ui.coordinator.model import RecordModel
from tests.helpers.needs import wait_for_needs
from tests.ui.a11y_walk import unlocked
from tests.ui.conftest import MakeRoot

pytestmark = pytest.mark.gui
R = Qt.ItemDataRole


def _cells(model: QAbstractItemModel) -> list[tuple[int, int]]:
    return [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]


def test_red_and_tinted_things_also_say_what_they_mean(qtbot: QtBot, make_root: MakeRoot,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "demo.barnearket"
    create_demo_file(path, cases=50, seed=1)  # with passed deadlines for the demo user too
    root = unlocked(qtbot, make_root, path)
    main = root.main
    assert main is not None
    overview = main.show_overview()
    qtbot.waitUntil(lambda: any(m.rowCount() for m in overview.findChildren(RecordModel)), timeout=10_000)
    late = 0
    for model in overview.findChildren(RecordModel):
        for row, column in _cells(model):
            index = model.index(row, column)
            if index.data(R.ForegroundRole) is not None:  # a passed deadline, in red
                late += 1
                assert index.data(R.DecorationRole) is not None, "a warning sign beside the red"
                assert "fristen er passert" in index.data(R.AccessibleTextRole)
            if index.data(R.BackgroundRole) is not None:  # an overdue row, tinted
                signs = [model.index(row, c).data(R.DecorationRole) for c in range(model.columnCount())]
                assert any(s is not None for s in signs), "the tinted row shows which deadline passed"
    assert late > 0, "the demo file has passed deadlines"
    for button in overview.counts.findChildren(QPushButton):
        words = button.text().split()
        assert words[0].isdigit() and len(words) > 1, "a count says what it counts"


    wait_for_needs(qtbot, main.needs)
    needs = main.needs.view.model()
    overdue = [needs.index(r, 0) for r in range(needs.rowCount()) if needs.index(r, 0).data(R.ForegroundRole)]
    assert overdue, "the demo file has overdue items for the demo user"
    assert all("forfalt" in index.data(R.DisplayRole) for index in overdue)

    main.pages.setCurrentIndex(0)
    table = main.browser.table
    cases = table.model()
    row = cases.rowCount() - 1
    case_id = cases.index(row, 0).data(ID_ROLE)
    main.open_case(case_id)
    qtbot.waitUntil(lambda: table.shown_id == case_id)
    delegate = table.itemDelegate()
    assert isinstance(delegate, OpenCaseDelegate)
    for column, marked in ((0, True), (1, False)):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, cases.index(row, column))
        assert option.text.startswith(OPEN_MARK) is marked, "the open case's row is marked, not only tinted"
        assert option.backgroundBrush.color().name() == OPEN_TINT
