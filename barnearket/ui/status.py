"""The status bar: which file and user are open, and whether the last change is stored."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from barnearket.domain.roles import Role

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

SAVED_STYLE = "color: #1d6b3a;"
SAVING_STYLE = "color: #5a5a5a;"
FAILED_STYLE = "color: #b00020; font-weight: bold;"


class StatusBar(QStatusBar):
    """Shows the open file, the logged-in user with role, and "Lagret" / "Lagrer …" / "Ikke lagret".

    Attributes:
        file_label, user_label, save_label: the three permanent labels (tests read their text).
        kept: the button to the list of unsaved work (hidden while nothing waits).
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.file_label = QLabel(self)
        self.user_label = QLabel(self)
        self.save_label = QLabel(self)
        for label, name in ((self.file_label, self.tr("Åpen saksfil")),
                            (self.user_label, self.tr("Innlogget bruker")),
                            (self.save_label, self.tr("Lagringsstatus"))):
            label.setAccessibleName(name)
            label.setContentsMargins(10, 0, 10, 0)
            self.addPermanentWidget(label)
        from barnearket.ui.keptlist import KeptButton

        self.kept = KeptButton(ctx, self)  # «Ulagret arbeid (N)» while the local journal keeps something
        self.addPermanentWidget(self.kept)
        ctx.save_status.saving.connect(self.show_saving)
        ctx.save_status.saved.connect(self.show_saved)
        ctx.save_status.failed.connect(self.show_failed)
        self.refresh()
        self.show_saved()

    def refresh(self) -> None:
        """Read the file and user from the context again (after unlock)."""
        location = self._ctx.location
        label = self.tr("Server: %1") if location is not None and location.is_server else self.tr("Fil: %1")
        self.file_label.setText(label.replace("%1", self._ctx.place_name or "–"))
        self.file_label.setToolTip(str(location) if location else "")
        user = self._ctx.case_file.user if self._ctx.case_file else None
        if user is None:
            self.user_label.setText("")
            return
        role = Role(user.role).label if user.role in set(Role) else user.role
        text = self.tr("Innlogget: %1 (%2)").replace("%1", user.full_name).replace("%2", role)
        self.user_label.setText(text)

    def show_saving(self) -> None:
        """A change is on its way to the file (a failure stays shown until everything is stored)."""
        if self._failing():
            return
        self._set(self.tr("Lagrer …"), SAVING_STYLE, "")

    def show_saved(self) -> None:
        """Every change is stored (never said while another editor still holds unsaved changes)."""
        from barnearket.ui.autosave import savers

        window = self.window()
        if window is not self and any(s.has_pending() for s in savers([window])):
            self.show_saving()
            return
        failure = self.save_label.toolTip()
        if self._failing() and self.currentMessage() == failure:
            self.clearMessage()  # the failure is over: do not leave its reason beside "Lagret"
        self._set(self.tr("✓ Lagret"), SAVED_STYLE, "")

    def _failing(self) -> bool:
        return self.save_label.text() in (self.tr("Ikke lagret"), self.tr("Ikke lagret – prøver igjen"))

    def show_failed(self, message: str) -> None:
        """A change could not be stored; the tooltip and the status message say why. When it is kept
        and tried again by itself (the server or the disk is away), the label says so."""
        from barnearket.ui.autosave import KEPT
        from barnearket.ui.widgets import qtr

        retried = qtr("Autosave", KEPT) in message
        self._set(self.tr("Ikke lagret – prøver igjen") if retried else self.tr("Ikke lagret"), FAILED_STYLE,
                  message)
        self.showMessage(message, 15_000)

    def _set(self, text: str, style: str, tip: str) -> None:
        self.save_label.setText(text)
        self.save_label.setStyleSheet(style)
        self.save_label.setToolTip(tip)
