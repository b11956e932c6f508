"""A small bar chart over months, drawn with QPainter (PySide6-Essentials has no QtCharts)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from barnearket.services.overview.labels import number_text

BAR = QColor("#1f3a5f")
AXIS = QColor("#9a9a9a")
INK = QColor("#1a1a1a")
MUTED = QColor("#5a5a5a")
GRID = QColor("#dddddd")


class BarChart(QWidget):
    """One figure: its title, one bar per month with the value above it, and the month initials.

    Attributes:
        values, labels: what is drawn (tests read them).
        drawn: the value texts painted above the bars at the last paint.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.values: list[float | None] = []
        self.labels: list[str] = []
        self.drawn: list[str] = []
        self.setMinimumSize(170, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, title: str, values: Sequence[float | None], labels: Sequence[str]) -> None:
        """Show new values (None: nothing to measure that month)."""
        self.title, self.values, self.labels = title, list(values), list(labels)
        described = ", ".join(f"{m} {number_text(v)}" for m, v in zip(self.labels, self.values, strict=True))
        self.setAccessibleName(title)
        self.setAccessibleDescription(described)
        self.setToolTip(f"{title}\n{described}")
        self.update()

    def sizeHint(self) -> QSize:
        """Room for twelve thin bars."""
        return QSize(220, 150)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Title on top, bars scaled to the largest value, month initials under the axis."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = painter.fontMetrics().height()
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(INK)
        head = QRectF(4, 2, self.width() - 8, 2 * line)
        painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, self.title)
        painter.setFont(self.font())
        area = QRectF(4, head.bottom() + 4, self.width() - 8, self.height() - 3 * line - 12)
        self._bars(painter, area, line)
        painter.end()

    def _bars(self, painter: QPainter, area: QRectF, line: int) -> None:
        self.drawn = []
        top = max((v for v in self.values if v), default=0.0)
        if not self.values or top <= 0:
            painter.setPen(MUTED)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Ingen i perioden"))
            return
        small = painter.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() - 1.5))
        painter.setFont(small)
        scale = painter.fontMetrics().horizontalAdvance(number_text(top)) + 6
        room = painter.fontMetrics().height()
        plot = QRectF(area.left() + scale, area.top() + room, area.width() - scale, area.height() - room)
        self._scale(painter, plot, top, scale)
        slot = plot.width() / len(self.values)
        for i, value in enumerate(self.values):
            x = plot.left() + i * slot
            height = plot.height() * (value or 0) / top
            painter.fillRect(QRectF(x + slot * 0.18, plot.bottom() - height, slot * 0.64, height), BAR)
            above = QRectF(x - slot * 0.2, plot.bottom() - height - room, slot * 1.4, room)
            self._value(painter, above, value)
            painter.setPen(MUTED)
            painter.drawText(QRectF(x, plot.bottom() + 2, slot, line), Qt.AlignmentFlag.AlignCenter,
                             self.labels[i][:1].upper() if len(self.values) > 6 else self.labels[i])

    def _value(self, painter: QPainter, above: QRectF, value: float | None) -> None:
        """The bar's value just above it (empty months show nothing)."""
        if value is None:
            return
        painter.setPen(INK)
        text = number_text(value)
        painter.drawText(above, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)
        self.drawn.append(text)

    @staticmethod
    def _scale(painter: QPainter, plot: QRectF, top: float, scale: float) -> None:
        """The axis, a faint line at the highest value, and that value as the only tick."""
        painter.setPen(AXIS)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(GRID)
        painter.drawLine(plot.topLeft(), plot.topRight())
        painter.setPen(MUTED)
        tick = painter.fontMetrics().height()
        painter.drawText(QRectF(plot.left() - scale, plot.top() - tick / 2, scale - 4, tick),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number_text(top))
        painter.drawText(QRectF(plot.left() - scale, plot.bottom() - tick / 2, scale - 4, tick),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "0")
