"""Collects the keyboard mnemonics (Alt+letter) that are live in one window, to find clashes."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' in a Qt text, lower-cased (None when there is none)."""
    index = 0
    while (index := text.find("&", index)) >= 0 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].casefold()
        index += 2
    return None


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()] if widget.buddy() is not None else []
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()] if widget.isCheckable() else []
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())
                if widget.isTabEnabled(i) and widget.isTabVisible(i)]
    if isinstance(widget, QMenuBar):
        return [a.text() for a in widget.actions() if a.isVisible()]
    return []


def live_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Letter → the texts that claim it, for every enabled widget that is shown with `window`."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and (not widget.isVisibleTo(window) or widget.window() is not window):
            continue
        if not widget.isEnabled():
            continue
        for text in _texts(widget):
            letter = mnemonic(text)
            if letter is not None:
                found[letter].append(text.replace("&", ""))
    return dict(found)


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters claimed by more than one widget in the window."""
    return {k: v for k, v in live_mnemonics(window).items() if len(v) > 1}
