"""The mark a checked-out case carries on the server: «tatt med av Kari 06.12 kl. 10.40»."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from barnearket.ui.widgets import HINT_STYLE, qtr

if TYPE_CHECKING:
    from barnearket.domain.model import Case
    from barnearket.services.checkedout import Taken
    from barnearket.ui.context import UiContext


def away_text(taken: Taken, *, short: bool = False) -> str:
    """«tatt med av NAME DD.MM kl. HH.MM», in local time (the first name only when `short`)."""
    local = taken.taken_at.astimezone()
    who = taken.full_name.split()[0] if short and taken.full_name.split() else taken.full_name
    return (qtr("CheckoutBanner", "tatt med av %1 %2 kl. %3").replace("%1", who)
            .replace("%2", f"{local:%d.%m}").replace("%3", f"{local:%H.%M}"))


def away_cases(ctx: UiContext, case_ids: list[int] | None = None, *, short: bool = False) -> dict[int, str]:
    """The mark of every checked-out case among `case_ids` (all when None); empty on a case file."""
    from barnearket.services.checkedout import checked_out

    if not ctx.is_open or ctx.location is None or not ctx.location.is_server:
        return {}
    with ctx.reading() as sctx:
        return {case_id: away_text(t, short=short) for case_id, t in checked_out(sctx, case_ids).items()}


class CheckoutBanner(QLabel):
    """Hidden unless the case is checked out; then says by whom and when, and that it is read-only."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("checkoutBanner")
        self.setWordWrap(True)
        self.setStyleSheet(HINT_STYLE)
        self.hide()

    def show_case(self, case: Case) -> bool:
        """Show the mark for a checked-out case (True), hide it for any other (False)."""
        mark = away_cases(self._ctx, [case.id]).get(case.id)
        if mark is None:
            self.hide()
            return False
        self.setText(self.tr("Saken er %1. Den kan leses, men ikke endres her før den er levert tilbake "
                             "(eller en administrator frigir den).").replace("%1", mark))
        self.setAccessibleName(self.text())
        self.show()
        return True
