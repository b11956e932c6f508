"""Saved filters: pick, save and delete the user's named overview filters (stored in the case file)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from barnearket.domain.errors import DomainError
from barnearket.services.overview.saved import delete_filter, save_filter, saved_filters
from barnearket.ui.coordinator.filterbar import FilterBar

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


class SavedFilters(QWidget):
    """A combo of the user's filters and buttons to save the current one, delete it, or clear all.

    Filters are kept per user in the encrypted case file (the meta table), not in the plain
    settings file, because a filter can hold a search text.

    Attributes:
        choice, save, delete, reset: the parts (tests drive them).
    """

    def __init__(self, ctx: UiContext, bar: FilterBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._bar = ctx, bar
        self._filters: dict[str, dict[str, str]] = {}
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Lagrede filtre"))
        self.choice.setMinimumContentsLength(18)
        self.save = QPushButton(self.tr("&Lagre filter …"), self)
        self.delete = QPushButton(self.tr("Slett"), self)
        self.reset = QPushButton(self.tr("&Nullstill filtre"), self)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("La&grede filtre:"), self)
        caption.setBuddy(self.choice)
        for widget in (caption, self.choice, self.save, self.delete, self.reset):
            box.addWidget(widget)
        box.addStretch(1)
        self.choice.activated.connect(self._chosen)
        self.save.clicked.connect(self.save_current)
        self.delete.clicked.connect(self.delete_current)
        self.reset.clicked.connect(bar.clear)

    def reload(self) -> None:
        """Read the user's filters from the file."""
        with self._ctx.reading() as sctx:
            self._filters = saved_filters(sctx)
        self._fill("")

    def _fill(self, current: str) -> None:
        self.choice.clear()
        self.choice.addItem(self.tr("Velg et lagret filter"), "")
        for name in sorted(self._filters, key=str.casefold):
            self.choice.addItem(name, name)
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        self.delete.setEnabled(bool(current))

    def _chosen(self, index: int) -> None:
        name = self.choice.itemData(index)
        self.delete.setEnabled(bool(name))
        if name:
            self._bar.apply_spec(self._filters[name])

    def save_current(self) -> None:
        """Ask for a name and store the filters now in force."""
        name = self._ctx.dialogs.ask_text(self, self.tr("Lagre filter"), self.tr("Navn på filteret:"))
        if not name:
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                title = save_filter(sctx, name, self._bar.spec())
                self._filters = saved_filters(sctx)
        except DomainError as exc:
            self._ctx.dialogs.message(self, self.tr("Lagre filter"), exc.message, warning=True)
            return
        self._fill(title)

    def delete_current(self) -> None:
        """Delete the chosen filter."""
        name = self.choice.currentData()
        if not name:
            return
        with self._ctx.unit_of_work() as sctx:
            delete_filter(sctx, name)
            self._filters = saved_filters(sctx)
        self._fill("")
