"""Factories for the dialogs of cases taken along (issue 14 point 4); merged into
`dialog_factories.FACTORIES`. On the walk's case file they show their file-store state: the check-in
dialog says the file is no laptop copy, the release dialog lists nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from tests.ui.dialog_factories import Scene


def _checkout(scene: Scene) -> QDialog:
    from barnearket.services.cases import view_case
    from barnearket.ui.checkout.dialogs import CheckoutDialog

    with scene.root.ctx.reading() as sctx:
        case = view_case(sctx, scene.case_id, log_view=False)
    return CheckoutDialog(scene.root.ctx, case, scene.root.main)


def _checkin(scene: Scene) -> QDialog:
    from barnearket.ui.checkout.dialogs import CheckinDialog

    return CheckinDialog(scene.root.ctx, scene.root.files, scene.root.main)


def _release(scene: Scene) -> QDialog:
    from barnearket.ui.checkout.dialogs import ReleaseDialog

    return ReleaseDialog(scene.root.ctx, scene.root.main)


CHECKOUT_FACTORIES: dict[str, Callable[[Scene], QDialog]] = {
    "CheckoutDialog": _checkout,
    "CheckinDialog": _checkin,
    "ReleaseDialog": _release,
}
