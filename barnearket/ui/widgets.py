"""Small building blocks the shell's windows share: labelled inputs, headings, messages, dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from barnearket.domain import language
from barnearket.ui.qtnames import set_named

DATE_FORMAT = "dd.MM.yyyy"
ERROR_STYLE = ("QLabel { color: #8a1020; background: #fdecee; border: 1px solid #e3a5ad;"
               " border-radius: 4px; padding: 6px; }")
HINT_STYLE = ("QLabel { color: #3b4a1d; background: #f3f7e6; border: 1px solid #c9d6a3;"
              " border-radius: 4px; padding: 6px; }")
WARN_STYLE = ("QLabel { color: #5a3b00; background: #fff6df; border: 1px solid #e6c77a;"
              " border-radius: 4px; padding: 6px; }")
MUTED_STYLE = "QLabel { color: #5a5a5a; }"


def qtr(context: str, text: object, n: int | str = -1, count: int = -1) -> str:
    """Translate outside a QObject (lupdate reads it with `-tr-function-alias translate+=qtr`).

    A text no .qm knows (a label from the domain, passed as a variable) is looked up in the domain's
    catalogue of the same language. A plural is `qtr(context, "%n ...", "", count)`, the shape lupdate reads.
    """
    n = count if isinstance(n, str) else n
    source = str(text)
    found = QCoreApplication.translate(context, source, None, n)
    return language.t(source) if found == source and n == -1 else found


def plain(label: str) -> str:
    """A label's text without the mnemonic ampersand and the trailing colon (for accessible names)."""
    return label.replace("&", "").rstrip(":").strip()


def add_row(form: QFormLayout, label: str, field: QWidget, description: str = "",
            container: QWidget | None = None) -> QLabel:
    """Add a visible label (buddy of `field`) and give the field the same accessible name.

    `container` is what goes into the form when the field shares its row with a button.
    """
    caption = QLabel(label, form.parentWidget())
    caption.setBuddy(field)
    field.setAccessibleName(plain(label))
    if description:
        field.setAccessibleDescription(description)
    form.addRow(caption, container or field)
    return caption


def heading(text: str, parent: QWidget | None = None, point_delta: int = 6) -> QLabel:
    """A bold heading a few points larger than the body text."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSize(font.pointSize() + point_delta)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def message_label(parent: QWidget | None = None, style: str = ERROR_STYLE) -> QLabel:
    """A hidden, word-wrapped label for errors or hints, announced to screen readers when set."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    set_named(label, "textInteractionFlags", "TextSelectableByMouse")
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    """Put `text` in a message label (hidden when empty)."""
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))


def date_text(value: date | None) -> str:
    """A date as dd.mm.åååå (empty for None)."""
    return value.strftime("%d.%m.%Y") if value else ""


def to_qdate(value: date) -> QDate:
    """A Python date as QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())
