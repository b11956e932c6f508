"""The administrator sets how many idle minutes lock the window, for every user of the file."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSpinBox, QWidget

from barnearket.domain.errors import DomainError
from barnearket.services.autolock import MAX_MINUTES, MIN_MINUTES, auto_lock_minutes, save_auto_lock_minutes
from barnearket.ui.admin.form import FormDialog
from barnearket.ui.admin.userforms import on_server
from barnearket.ui.widgets import add_row, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


class AutoLockDialog(FormDialog):
    """Minutes without keyboard or mouse before the window locks itself (stored in the case file)."""

    def __init__(self, ctx: UiContext, apply: Callable[[int], None], parent: QWidget | None = None) -> None:
        intro = self.tr(
            "Når ingen har rørt tastaturet eller musen så lenge, låses Barnearket: tilkoblingen til "
            "kommunens server lukkes, og passordet må skrives på nytt. Tiden gjelder alle som bruker "
            "serveren, på alle maskiner. Velg mellom %1 og %2 minutter; kortere er tryggere på et delt "
            "kontor.") if on_server(ctx) else self.tr(
            "Når ingen har rørt tastaturet eller musen så lenge, låses Barnearket: saksfilen lukkes, og "
            "passordfrasen må skrives på nytt. Tiden gjelder alle som bruker denne saksfilen, på alle "
            "maskiner. Velg mellom %1 og %2 minutter; kortere er tryggere på et delt kontor.")
        super().__init__(self.tr("Automatisk låsing"),
                         intro.replace("%1", str(MIN_MINUTES)).replace("%2", str(MAX_MINUTES)), parent)
        self._ctx, self._apply = ctx, apply
        self.minutes = QSpinBox(self)
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" minutter"))
        with ctx.reading() as sctx:
            stored = auto_lock_minutes(sctx)
        self.minutes.setValue(stored if stored is not None else round(ctx.settings.idle_minutes))
        add_row(self.form, self.tr("Lås &etter:"), self.minutes)
        self.first = self.minutes

    def submit(self) -> None:
        """Store the minutes and use them at once."""
        try:
            with self._ctx.unit_of_work() as sctx:
                save_auto_lock_minutes(sctx, self.minutes.value())
        except DomainError as exc:
            show_message(self.message, exc.message)
            return
        self._apply(self.minutes.value())
        self.accept()


def file_idle_ms(ctx: UiContext) -> int | None:
    """The open file's auto-lock time in milliseconds, or None when the file sets none."""
    if not ctx.is_open or ctx.actor is None:
        return None
    with ctx.reading() as sctx:
        minutes = auto_lock_minutes(sctx)
    return None if minutes is None else minutes * 60_000
