"""«Min profil»: the sender details a person's documents print; an administrator can edit anyone's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.errors import DomainError
from barnearket.services import profile as profiles
from barnearket.services.units import list_units
from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.widgets import MUTED_STYLE, add_row, heading, message_label, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext


class ProfileDialog(QDialog):
    """Title, phone, e-mail and unit of one person (by default the one logged in).

    Attributes:
        title, phone, email: the line edits; unit: the unit pick-list; message: why saving failed.

    Signals:
        saved(): the profile is stored.
    """

    saved = Signal()

    def __init__(self, ctx: UiContext, user_id: int | None = None, parent: QWidget | None = None,
                 *, missing: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self._ctx = ctx
        with ctx.reading() as sctx:
            self.person = profiles.load_profile(sctx, user_id)
            units = list_units(sctx)
        own = user_id is None or user_id == (ctx.actor.user_id if ctx.actor else None)
        self.setWindowTitle(self.tr("Min profil") if own else self.tr("Profil for %1")
                            .replace("%1", self.person.full_name))
        p = self.person.profile
        self.title = QLineEdit(p.job_title, self)
        self.title.setPlaceholderText(self.tr("f.eks. Teamleder, psykisk helse og rus"))
        self.phone = QLineEdit(p.phone, self)
        self.phone.setPlaceholderText(self.tr("f.eks. 400 00 000"))
        self.email = QLineEdit(p.email, self)
        self.email.setPlaceholderText(self.tr("navn@kommune.no"))
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("(ikke valgt)"), None)
        for u in units:
            self.unit.addItem(u.name, u.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(p.unit_id)))
        self.message = message_label(self)
        self._lay_out(missing)
        fit_to_screen(self, 560, 320)

    def _lay_out(self, missing: tuple[str, ...]) -> None:
        intro = QLabel(self.tr("Dette står som avsender på bekymringsmeldingen, samtykkeskjemaet og "
                               "tiltaksplanen. Den nasjonale portalen krever tittel, telefon og "
                               "e-post."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Navn:"), self), QLabel(self.person.full_name, self))
        add_row(form, self.tr("&Tittel / rolle:"), self.title)
        add_row(form, self.tr("Tele&fon:"), self.phone)
        add_row(form, self.tr("E-&post:"), self.email)
        add_row(form, self.tr("&Enhet du melder fra:"), self.unit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Lagre"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(heading(self.windowTitle(), self, 4))
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addStretch(1)
        box.addWidget(buttons)
        fields = {"job_title": self.title, "phone": self.phone, "email": self.email}
        wanted = [w for name, w in fields.items() if name in missing and not w.text().strip()]
        if wanted:
            show_message(self.message, self.tr("Portalen trenger feltene som er tomme her."))
            wanted[0].setFocus()

    def profile(self) -> profiles.Profile:
        """The profile as typed."""
        return profiles.Profile(self.title.text(), self.phone.text(), self.email.text(),
                                self.unit.currentData())

    def save(self) -> None:
        """Store the profile, or say why not and keep the dialog open."""
        try:
            with self._ctx.unit_of_work() as sctx:
                profiles.save_profile(sctx, self.profile(), self.person.user_id)
        except DomainError as exc:
            show_message(self.message, exc.message)
            return
        self.saved.emit()
        self.accept()
