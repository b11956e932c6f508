"""Every field of the exchange format that a person sets has a widget in the real window that sets it.

The map is field_widgets.py beside this test. Each mapped widget must take input in the window as it
opens: enabled, and not read-only (a container, such as a form's question, must hold such an input).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from barnearket.app import Barnearket
from tests.ui.dialog_factories import FACTORIES, make_scene
from tests.ui.reach.field_widgets import ENABLED_BY, PROGRAM_SET, WIDGETS

SCHEMA = Path(__file__).resolve().parents[3] / "docs" / "exchange.schema.json"


def schema_fields() -> set[str]:
    """"<def>.<field>" for every property of every definition in the exchange schema."""
    defs = json.loads(SCHEMA.read_text(encoding="utf-8"))["$defs"]
    return {f"{name}.{field}" for name, spec in defs.items() for field in spec.get("properties", {})}


def test_every_field_is_classified_once() -> None:
    fields = schema_fields()
    groups = [set(WIDGETS), set(PROGRAM_SET)]
    unclassified = fields - set().union(*groups)
    assert not unclassified, f"felt uten plass i kartet: {sorted(unclassified)}"
    assert not set().union(*groups) - fields, "kartet nevner felt som ikke finnes i skjemaet"
    for first in range(len(groups)):
        for second in range(first + 1, len(groups)):
            assert not groups[first] & groups[second]


INPUTS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit,
          QTextEdit)


def takes_input(widget: QWidget) -> bool:
    """An enabled input that is not read-only, or a container holding one."""
    if not widget.isEnabled():
        return False
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, INPUTS):
        return True
    return any(takes_input(child) for child in widget.findChildren(QWidget) if isinstance(child, INPUTS))


def find_widgets(root: QWidget, name: str) -> list[QWidget]:
    """The widgets with that objectName, or (".a.b") the one reached by attributes (of a dict: all values)."""
    if not name.startswith("."):
        return [root] if root.objectName() == name else root.findChildren(QWidget, name)
    value: object = root
    for part in name[1:].split("."):
        value = getattr(value, part, None)
    values = list(value.values()) if isinstance(value, dict) else [value]
    return [v for v in values if isinstance(v, QWidget)] if values else []


def test_every_person_entered_field_has_a_widget(
        field_windows: dict[str, Callable[[], QWidget | None]]) -> None:
    opened: dict[str, QWidget | None] = {}
    missing, closed = [], []
    for field, place in sorted(WIDGETS.items()):
        window, name = place.split(":")
        if window not in opened:
            opened[window] = field_windows[window]()
        root = opened[window]
        found = find_widgets(root, name) if root is not None else []
        if not found:
            missing.append(f"{field} → {place}")
        toggles = [t for t in (find_widgets(root, ENABLED_BY[field]) if field in ENABLED_BY and root else [])
                   if isinstance(t, QAbstractButton)]
        for toggle in toggles:
            toggle.click()
        if found and not any(takes_input(widget) for widget in found):
            closed.append(f"{field} → {place}")
        for toggle in toggles:
            toggle.click()  # back as it was, for the fields after
    assert not missing, "ingen widget setter: " + ", ".join(missing)
    assert not closed, "widgeten tar ikke imot det som skrives: " + ", ".join(closed)
    assert set(opened) == {place.split(":")[0] for place in WIDGETS.values()}


def test_a_read_only_widget_does_not_count(workspace: Barnearket) -> None:
    """The check above would catch the report's boxes of issue 19 (read-only)."""
    scene = make_scene(workspace)
    sent = FACTORIES["ReportEditor (sent)"](scene)
    assert not any(takes_input(w) for w in find_widgets(sent, ".sections"))
    assert not takes_input(find_widgets(sent, ".parents_box.why")[0])
    draft = FACTORIES["ReportEditor"](scene)
    assert all(takes_input(w) for w in find_widgets(draft, ".sections"))
    for dialog in (sent, draft):
        dialog.deleteLater()
