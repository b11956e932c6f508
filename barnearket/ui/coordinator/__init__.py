"""The coordinator's overview: open concerns, the queues of what is overdue, and the year's figures."""

from barnearket.ui.coordinator.panel import OverviewPanel

__all__ = ["OverviewPanel"]
