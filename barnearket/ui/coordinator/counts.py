"""The counts above the overview: how many decisions, follow-ups and reports are past their deadline."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from barnearket.services.overview.rows import OverdueCounts

LATE_STYLE = ("QPushButton { background: #fdecee; color: #8a1020; border: 1px solid #e3a5ad;"
              " border-radius: 12px; padding: 4px 12px; font-weight: bold; }"
              " QPushButton:hover { background: #f9d9dd; }")
SOON_STYLE = ("QPushButton { background: #fff6e0; color: #6b4a00; border: 1px solid #e8cf8f;"
              " border-radius: 12px; padding: 4px 12px; }")
CALM_STYLE = ("QPushButton { background: #eef3ea; color: #35502a; border: 1px solid #c5d6b8;"
              " border-radius: 12px; padding: 4px 12px; }")


KINDS = (("decision", "overdue"), ("follow_up", "overdue"), ("report", "late"), ("follow_up", "week"))
"""(column key, bucket id) of each count, left to right."""


class OverdueBar(QWidget):
    """One button per kind of deadline; clicking it filters the overview to those rows.

    Attributes:
        buttons: (column key, bucket id) -> its button.

    Signals:
        chosen(str, str): the column key and bucket id to filter on.
    """

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        for key in KINDS:
            button = QPushButton(self)
            button.setFlat(True)
            button.setToolTip(self.tr("Vis bare disse i oversikten"))
            button.clicked.connect(lambda _=False, k=key: self.chosen.emit(*k))
            self.buttons[key] = button
            box.addWidget(button)
        box.addStretch(1)
        self.show_counts(OverdueCounts(0, 0, 0, 0))

    def show_counts(self, counts: OverdueCounts) -> None:
        """Write the numbers; a count above zero of something overdue is red."""
        week = counts.follow_ups_this_week - counts.follow_ups
        texts = {
            ("decision", "overdue"): (counts.decisions, self.tr("beslutning forfalt"),
                                      self.tr("beslutninger forfalt")),
            ("follow_up", "overdue"): (counts.follow_ups, self.tr("oppfølging forfalt"),
                                       self.tr("oppfølginger forfalt")),
            ("report", "late"): (counts.reports, self.tr("melding uten svar etter 3 uker"),
                                 self.tr("meldinger uten svar etter 3 uker")),
            ("follow_up", "week"): (week, self.tr("oppfølging til denne uken"),
                                    self.tr("oppfølginger til denne uken")),
        }
        for key, (number, one, many) in texts.items():
            button = self.buttons[key]
            button.setText(f"{number} {one if number == 1 else many}")
            button.setAccessibleName(button.text())
            late = key != ("follow_up", "week")
            button.setStyleSheet(CALM_STYLE if number == 0 else LATE_STYLE if late else SOON_STYLE)
