"""Keeps every window within its screen when text is enlarged (200 % on a 1366×768 laptop leaves 683×384).

A window about to be shown larger than the screen's free area is made to fit: when its layout cannot
shrink that far, its content moves into a scroll area first (the main window's central part, or a
dialog's whole layout), so every control stays reachable by scrolling, and by Tab, which scrolls the
focused control into view. At ordinary sizes nothing changes: the check costs one size comparison
per window shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QMainWindow, QScrollArea, QVBoxLayout, QWidget

FRAME = QSize(16, 40)
"""Room for the window manager's frame and title bar (taken from the free area)."""
WRAPPED = "reflowScroll"
"""Object name of the scroll area a window's content was moved into."""
_WATCHED = (QEvent.Type.Show, QEvent.Type.LayoutRequest)


def free_area(window: QWidget) -> QSize:
    """The part of the window's screen it may take, frame excluded."""
    return window.screen().availableGeometry().size() - FRAME


def _scroll_area(parent: QWidget, content: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setObjectName(WRAPPED)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    area.setAccessibleName(parent.windowTitle())
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls, which scroll into view
    return area


def wrap_in_scroll_area(window: QWidget) -> bool:
    """Move the window's content into a scroll area; False when it has none that can be moved."""
    if window.findChild(QScrollArea, WRAPPED) is not None:
        return True
    if isinstance(window, QMainWindow):
        central = window.takeCentralWidget()
        if central is None:
            return False
        window.setCentralWidget(_scroll_area(window, central))
        return True
    layout = window.layout()
    if not isinstance(window, QDialog) or layout is None:
        return False
    content = QWidget()
    content.setLayout(layout)  # Qt moves the layout and the widgets it holds to `content`
    column = QVBoxLayout(window)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(_scroll_area(window, content))
    return True


def fit_window(window: QWidget) -> None:
    """Shrink a window that is larger than its screen's free area, scrolling its content if need be."""
    free = free_area(window)
    size = window.size()
    if size.width() <= free.width() and size.height() <= free.height():
        return
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    if smallest.width() > free.width() or smallest.height() > free.height():
        wrap_in_scroll_area(window)
    window.setMinimumSize(window.minimumSize().boundedTo(free))
    window.resize(size.boundedTo(free))


def follow_content(widget: QWidget) -> None:
    """A part shown inside a window whose content scrolls: let the scroll area take its new size.

    Parts built on first use (a case's panels) raise the content's minimum size after the scroll
    area has laid it out; the layout request does not always reach the scroll area by itself.
    """
    window = widget.window()
    if window is widget:
        return
    area = window.findChild(QScrollArea, WRAPPED, Qt.FindChildOption.FindDirectChildrenOnly)
    if area is not None and area is not widget:
        QCoreApplication.postEvent(area, QEvent(QEvent.Type.LayoutRequest))


class FitToScreen(QObject):
    """An application-wide event filter: fits each window to its screen as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a window's Show: fit it; when a part shows or lays out anew, let scrolled content grow."""
        kind = event.type()
        if kind in _WATCHED and isinstance(watched, QWidget):
            if kind == QEvent.Type.Show and isinstance(watched, QMainWindow | QDialog):
                fit_window(watched)
            else:
                follow_content(watched)
        return False

    def focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        """Keep the focused control in view (a slot of this object, so it goes with the root)."""
        follow_focus(old, now)


def follow_focus(_old: QWidget | None, now: QWidget | None) -> None:
    """Scroll a window's content so that the control with the keyboard focus is in view.

    Tab does that by itself; a shortcut or a mnemonic that moves the focus (Ctrl+F) does not.
    """
    if now is None:
        return
    area = now.window().findChild(QScrollArea, WRAPPED, Qt.FindChildOption.FindDirectChildrenOnly)
    if area is not None and area.isAncestorOf(now):
        area.ensureWidgetVisible(now)


def install(app: QCoreApplication, parent: QObject | None = None) -> FitToScreen:
    """Install the filter for every window shown from now on, and keep the focused control in view."""
    fit = FitToScreen(parent)
    app.installEventFilter(fit)
    if isinstance(app, QApplication):
        app.focusChanged.connect(fit.focus_changed)
    return fit
