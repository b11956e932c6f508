"""The signs checklist beside an observation: ticked signs become dated lines the worker rewrites.

Never a score: nothing is counted or stored apart from the text the worker keeps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.forms.catalogs import SignList
from barnearket.ui.formwidgets.base import AnswerEditor
from barnearket.ui.formwidgets.dates import format_date

_ID = Qt.ItemDataRole.UserRole


def observation_lines(labels: list[str], on: date) -> str:
    """One dated line per ticked sign, e.g. «06.12.2026: Tar ikke med seg venner hjem»."""
    return "\n".join(f"{format_date(on)}: {label}" for label in labels)


class SignsDialog(QDialog):
    """Checkable signs under their group headings.

    Attributes:
        tree: the groups and signs; only signs can be ticked.
    """

    def __init__(self, signs: SignList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(signs.title)
        self.setObjectName("signsDialog")
        intro = QLabel(self.tr(
            "Kryss av det du selv har sett eller hørt. Hvert tegn blir en linje med dagens dato i svaret, "
            "og så skriver du det om med egne ord: hva skjedde, når og hvor. Listen er bare en hjelp til å "
            "huske. Den gir ingen poeng og ingen konklusjon."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(signs.title)
        self._fill(signs)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Legg til i svaret"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.tree, 1)
        box.addWidget(buttons)
        self.resize(640, 540)

    def _fill(self, signs: SignList) -> None:
        headings: dict[str | None, QTreeWidgetItem] = {}
        for group in signs.groups:
            item = QTreeWidgetItem(self.tree, [group.label])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            headings[group.id] = item
        for sign in signs.items:
            parent = headings.get(sign.group)
            item = QTreeWidgetItem([sign.label]) if parent is None else QTreeWidgetItem(parent, [sign.label])
            if parent is None:
                self.tree.addTopLevelItem(item)
            item.setData(0, _ID, sign.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if sign.help:
                item.setToolTip(0, sign.help)
        self.tree.expandAll()
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def sign_items(self) -> list[QTreeWidgetItem]:
        """Every sign (not the headings), in order."""
        found: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is None:
                continue
            children = [c for c in (top.child(i) for i in range(top.childCount())) if c is not None]
            found.extend(children if children or top.data(0, _ID) is None else [top])
        return found

    def ticked(self) -> list[str]:
        """The labels of the ticked signs, in list order."""
        return [i.text(0) for i in self.sign_items() if i.checkState(0) == Qt.CheckState.Checked]


class SignsButton(QPushButton):
    """«Tegn å se etter …» under a long answer; adds the ticked signs to it as dated lines."""

    def __init__(self, signs: SignList, editor: AnswerEditor, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tegn å se etter …"), parent)
        self.setObjectName("signsButton")
        self.setToolTip(self.tr("Valgfri liste over tegn hos barn. Gir ingen poeng."))
        self._signs, self._editor, self._today = signs, editor, today
        self.dialog: SignsDialog | None = None
        self.clicked.connect(self.open_list)
        size = self.sizePolicy()
        self.setMaximumWidth(self.sizeHint().width() + 24)
        self.setSizePolicy(size)

    def open_list(self) -> SignsDialog | None:
        """Open the checklist (window-modal, so locking can hide it); None if the answer is read-only."""
        if self._editor.is_read_only():
            return None
        self.dialog = SignsDialog(self._signs, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(self._add)
        self.dialog.open()
        return self.dialog

    def _add(self) -> None:
        assert self.dialog is not None
        labels = self.dialog.ticked()
        self.dialog = None
        text = next((w for w in self._editor.inputs() if isinstance(w, QPlainTextEdit)), None)
        if not labels or text is None:
            return
        lines = observation_lines(labels, self._today())
        text.moveCursor(QTextCursor.MoveOperation.End)
        text.insertPlainText(("\n" if text.toPlainText() and not text.toPlainText().endswith("\n") else "")
                             + lines)
        text.setFocus(Qt.FocusReason.OtherFocusReason)
