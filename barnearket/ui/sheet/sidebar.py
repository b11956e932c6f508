"""The sheet's right-hand column: the children, the pages and what is missing, notes, adding a child."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from barnearket.domain.model import Child
from barnearket.ui.context import UiContext
from barnearket.ui.sheet.children import AddChildForm
from barnearket.ui.sheet.missing import MissingModel, MissingRow, PageRow, PagesModel
from barnearket.ui.sheet.pages import child_title

_WIDTH = 270


class SheetSidebar(QWidget):
    """Conversation mode shows the children and the notes; completion mode the pages and the gaps.

    Attributes:
        pages, missing: the two list models; notes: the quick-notes field; add_child: the form.

    Signals:
        page_chosen(int): show this tab.
        jump(int, str): go to this tab and question.
        notes_edited(str): the notes changed.
    """

    page_chosen = Signal(int)
    jump = Signal(int, str)
    notes_edited = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(_WIDTH)
        self.children_label = _label(self, "childrenSummary")
        self.pages = PagesModel(self)
        self.page_list = _list(self, self.pages, self.tr("Sider i arket"))
        self.page_list.activated.connect(self._page_chosen)
        self.page_list.clicked.connect(self._page_chosen)
        self.missing = MissingModel(self)
        self.missing_heading = _label(self, "missingHeading")
        self.missing_list = _list(self, self.missing, self.tr("Spørsmål som mangler svar"))
        self.missing_list.activated.connect(self._jump)
        self.missing_heading.setBuddy(self.missing_list)
        self.notes_heading = _label(self, "notesHeading", self.tr("Notater fra samtalen"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setObjectName("sheetNotes")
        self.notes.setPlaceholderText(self.tr("Stikkord mens dere snakker. Notatene lagres av seg selv."))
        self.notes.setAccessibleName(self.tr("Notater fra samtalen"))
        self.notes.textChanged.connect(lambda: self.notes_edited.emit(self.notes.toPlainText()))
        self.notes_heading.setBuddy(self.notes)
        self.hint = _label(
            self,
            "shortcutHint",
            self.tr(
                "Alt+↓ / Alt+↑: neste / forrige spørsmål\nCtrl+PgDn / Ctrl+PgUp: neste / forrige side\n"
                "F8: neste som mangler svar · F1: hjelp"
            ),
        )
        self.add_toggle = QPushButton(self.tr("Legg til barn eller søsken …"), self)
        self.add_child = AddChildForm(ctx, self)
        self.add_child.hide()
        self.add_toggle.clicked.connect(self._toggle_add)
        self._lay_out()

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        parts: list[QWidget] = [
            self.children_label,
            self.page_list,
            self.missing_heading,
            self.missing_list,
            self.notes_heading,
            self.notes,
            self.hint,
            self.add_toggle,
            self.add_child,
        ]
        for widget in parts:
            column.addWidget(widget, 1 if widget in (self.missing_list, self.notes) else 0)

    def set_mode(self, completion: bool, locked: bool) -> None:
        """Show what belongs to the mode; a locked sheet offers neither adding nor editing."""
        self.page_list.setVisible(completion)
        self.hint.setVisible(completion)
        self.notes_heading.setVisible(True)
        self.notes.setVisible(True)
        self.missing_heading.setVisible(completion and not locked)
        self.missing_list.setVisible(completion and not locked and self.missing.rowCount() > 0)
        self.notes.setReadOnly(locked)
        self.add_toggle.setVisible(not locked)
        self.add_child.setVisible(not locked and self.add_child.isVisibleTo(self))

    def set_state(self, pages: list[PageRow], missing: list[MissingRow], current: int) -> None:
        """Show the pages (the current one chosen) and what is missing."""
        self.pages.set_rows(pages)
        row = self.pages.row_of_page(current)
        if row is not None:
            self.page_list.setCurrentIndex(self.pages.index(row, 0))
        self.page_list.setFixedHeight(self.page_list.sizeHintForRow(0) * max(len(pages), 1) + 6)
        self.missing.set_rows(missing)
        self.missing_heading.setText(
            self.tr("Mangler svar: %1").replace("%1", str(len(missing)))
            if missing
            else self.tr("Alle påkrevde spørsmål er besvart ✓")
        )
        self.missing_list.setVisible(bool(missing) and self.missing_heading.isVisibleTo(self))

    def set_children(self, children: Sequence[Child], today: date) -> None:
        """Name the children on the case, with their ages."""
        names = ", ".join(child_title(c, today) for c in children) or self.tr("ingen ennå")
        self.children_label.setText(self.tr("Barn på saken: %1").replace("%1", names))

    def set_notes(self, text: str) -> None:
        """Show stored notes without signalling an edit."""
        self.notes.blockSignals(True)
        self.notes.setPlainText(text)
        self.notes.blockSignals(False)

    def _toggle_add(self) -> None:
        self.add_child.setVisible(not self.add_child.isVisibleTo(self))
        if self.add_child.isVisibleTo(self):
            self.add_child.name.setFocus()

    def _page_chosen(self, index: QModelIndex) -> None:
        row = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(row, PageRow):
            self.page_chosen.emit(row.page)

    def _jump(self, index: QModelIndex) -> None:
        row = self.missing.row(index.row())
        self.jump.emit(row.page, row.question_id)


def _label(parent: QWidget, name: str, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _list(parent: QWidget, model: PagesModel | MissingModel, name: str) -> QListView:
    view = QListView(parent)
    view.setModel(model)
    view.setWordWrap(True)
    view.setAccessibleName(name)
    return view
