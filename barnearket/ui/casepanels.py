"""The case view's tabs after the overview, as factories the composition root hands to the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

PanelFactory = Callable[["UiContext", QWidget], QWidget]
"""Builds one tab's panel (called the first time the tab is shown, so its module loads then)."""


@dataclass(frozen=True)
class CasePanels:
    """The conversation tab and the concerns tab of a case."""

    conversation: PanelFactory
    concerns: PanelFactory


def conversation_panel(ctx: UiContext, parent: QWidget) -> QWidget:
    """The Barnearket conversation (the sheet) of the case."""
    from barnearket.ui.sheet.panel import ConversationPanel

    return ConversationPanel(ctx, parent)


def concern_panel(ctx: UiContext, parent: QWidget) -> QWidget:
    """The concerns about the case's children, their steps, actions and reports."""
    from barnearket.ui.concern.panel import ConcernPanel

    return ConcernPanel(ctx, parent)


STANDARD_PANELS = CasePanels(conversation=conversation_panel, concerns=concern_panel)
"""What the program shows; the composition root passes it in (a test may pass its own)."""
