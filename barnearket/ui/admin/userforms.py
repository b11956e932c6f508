"""The administrator's small forms: a new colleague, a new passphrase, and a person's role and unit.

On the municipality's server a person's secret is her password for the database, not a passphrase
for a file, and the server, not the program, decides what each role sees: the texts say so there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QWidget,
)

from barnearket.domain.errors import DomainError
from barnearket.domain.roles import Role
from barnearket.services import logins
from barnearket.services.staff import StaffMember, set_role_and_unit
from barnearket.storage.errors import CaseFileError
from barnearket.storage.store import is_file
from barnearket.ui.admin.form import FormDialog
from barnearket.ui.passphrasefield import PassphraseField
from barnearket.ui.units import list_units
from barnearket.ui.widgets import add_row, qtr, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext
    from barnearket.ui.filethread import FileWorker

ROLE_HELP = {
    Role.SAKSBEHANDLER:
        QT_TRANSLATE_NOOP("UserForms", "ser sakene i egen enhet og sakene hen er ansvarlig for"),
    Role.KOORDINATOR: QT_TRANSLATE_NOOP("UserForms", "ser åpne bekymringer i alle enheter og årets tall"),
    Role.ADMIN: QT_TRANSLATE_NOOP("UserForms", "ser alt, og styrer brukere, sikkerhetskopi og innstillinger"),
}
SERVER_ROLE_HELP = {
    Role.SAKSBEHANDLER: QT_TRANSLATE_NOOP("UserForms", "ser og skriver sakene i sine enheter"),
    Role.KOORDINATOR: QT_TRANSLATE_NOOP("UserForms", "ser åpne bekymringer i alle enheter og årets tall"),
    Role.ADMIN: QT_TRANSLATE_NOOP("UserForms", "styrer brukere, enheter og innstillinger; ser sakene "
                                               "bare i enheter hen selv er med i"),
}


def on_server(ctx: UiContext) -> bool:
    """True when the open store is the municipality's server."""
    return ctx.case_file is not None and not is_file(ctx.case_file)


def role_box(parent: QWidget, current: Role = Role.SAKSBEHANDLER, *, server: bool = False) -> QComboBox:
    """The three roles with what each may see (on the file, or as the server enforces it)."""
    box = QComboBox(parent)
    help_texts = SERVER_ROLE_HELP if server else ROLE_HELP
    for role in Role:
        box.addItem(f"{role.label} – {qtr('UserForms', help_texts[role])}", str(role))
    box.setCurrentIndex(list(Role).index(current))
    return box


def unit_box(ctx: UiContext, parent: QWidget, current: int | None = None) -> QComboBox:
    """The active units, first "Ingen enhet"."""
    box = QComboBox(parent)
    box.addItem(qtr("UserForms", "Ingen enhet (ser ingen saker før hen er med i en enhet)") if on_server(ctx)
                else qtr("UserForms", "Ingen enhet (ser bare saker hen er ansvarlig for)"), None)
    with ctx.reading() as sctx:
        for unit_id, name in list_units(sctx):
            box.addItem(name, unit_id)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))
    return box


def _passphrase_problem(field: PassphraseField) -> str:
    return field.assess().message


def _repeat_problem(first: PassphraseField, repeat: PassphraseField, server: bool) -> str:
    if first.text() == repeat.text():
        return ""
    return (qtr("AddUserDialog", "Passordene er ikke like.") if server
            else qtr("AddUserDialog", "Passordfrasene er ikke like."))


def _add_intro(server: bool) -> str:
    if server:
        return (qtr("AddUserDialog", "Hver kollega har sitt eget brukernavn og sitt eget passord. "
                                     "Brukernavnet blir også kollegaens innlogging på kommunens server, "
                                     "med små bokstaver a–z, tall, punktum eller bindestrek. ")
                + qtr("AddUserDialog", "Gi passordet til kollegaen muntlig, aldri på e-post."))
    return (qtr("AddUserDialog", "Hver kollega har sitt eget brukernavn og sin egen passordfrase. "
                                 "Brukernavnet har små bokstaver a–z, tall, punktum eller bindestrek. ")
            + qtr("AddUserDialog", "Gi passordfrasen til kollegaen muntlig, aldri på e-post."))


def _secret_labels(server: bool) -> tuple[str, str, str]:
    """The labels of the new secret, its repetition, and the new secret of a person who has one."""
    if server:
        return (qtr("AddUserDialog", "&Passord:"), qtr("AddUserDialog", "&Gjenta passordet:"),
                qtr("NewPassphraseDialog", "Nytt &passord:"))
    return (qtr("AddUserDialog", "&Passordfrase:"), qtr("AddUserDialog", "&Gjenta passordfrasen:"),
            qtr("NewPassphraseDialog", "Ny &passordfrase:"))


class AddUserDialog(FormDialog):
    """A new colleague: name, login, role, unit and a first passphrase (typed twice).

    Signals:
        added(int): the new user's id.
    """

    added = Signal(int)

    def __init__(self, ctx: UiContext, files: FileWorker, parent: QWidget | None = None) -> None:
        server = on_server(ctx)
        super().__init__(qtr("AddUserDialog", "Ny bruker"), _add_intro(server), parent)
        self._ctx, self._files = ctx, files
        self.full_name = QLineEdit(self)
        self.login = QLineEdit(self)
        self.role = role_box(self, server=server)
        self.unit = unit_box(ctx, self)
        known = lambda: {"login": self.login.text().strip(), "full_name": self.full_name.text()}  # noqa: E731
        self.passphrase = PassphraseField(self, new=True, context=known, server=server)
        self.repeat = PassphraseField(self, server=server)
        secret, repeat, _ = _secret_labels(server)
        self.row(self.tr("Fullt &navn:"), self.full_name,
                 lambda: "" if self.full_name.text().strip() else self.tr("Skriv hele navnet."),
                 self.full_name.textChanged)
        self.row(self.tr("&Brukernavn:"), self.login, self._login_problem, self.login.textChanged)
        self.login.setPlaceholderText(self.tr("for eksempel kari.nordmann"))
        add_row(self.form, self.tr("&Rolle:"), self.role)
        add_row(self.form, self.tr("&Enhet:"), self.unit)
        self.row(secret, self.passphrase.edit,
                 lambda: _passphrase_problem(self.passphrase), self.passphrase.textChanged, self.passphrase)
        self.row(repeat, self.repeat.edit,
                 lambda: _repeat_problem(self.passphrase, self.repeat, server), self.repeat.textChanged,
                 self.repeat)

    def _login_problem(self) -> str:
        try:
            logins.check_login(self.login.text().strip())
        except CaseFileError as exc:
            return exc.message
        return ""

    def submit(self) -> None:
        """Check every field, then make the key slot on the file thread."""
        show_message(self.message, "")
        if not self.errors.check_all() or self._files.busy or self._ctx.case_file is None:
            return
        case_file = self._ctx.case_file
        login, name = self.login.text().strip(), self.full_name.text().strip()
        role, passphrase = Role(self.role.currentData()), self.passphrase.text()
        self.busy(True)
        unit = self.unit.currentData()
        self._files.start(lambda: logins.add_login(case_file, login, name, role, passphrase, unit),
                          self._added, self.refused)

    def _added(self, user_id: int) -> None:
        try:
            with self._ctx.unit_of_work() as sctx:
                set_role_and_unit(sctx, user_id, Role(self.role.currentData()), self.unit.currentData())
        except DomainError as exc:
            self.refused(exc)
            return
        self.passphrase.clear()
        self.repeat.clear()
        self.added.emit(user_id)
        self.accept()



class NewPassphraseDialog(FormDialog):
    """A new passphrase for one person (the old one stops working at once).

    Signals:
        changed(object): what the account function returned (may carry a new recovery key).
    """

    changed = Signal(object)

    def __init__(self, ctx: UiContext, files: FileWorker, member: StaffMember,
                 parent: QWidget | None = None) -> None:
        server = on_server(ctx)
        if server:
            intro = qtr("NewPassphraseDialog", "Det gamle passordet til %1 på kommunens server virker ikke "
                                               "lenger når du lagrer.")
            title = qtr("NewPassphraseDialog", "Nytt passord for %1")
        else:
            intro = qtr("NewPassphraseDialog", "Den gamle passordfrasen til %1 virker ikke lenger når du "
                                               "lagrer.")
            title = qtr("NewPassphraseDialog", "Ny passordfrase for %1")
        super().__init__(title.replace("%1", member.login), intro.replace("%1", member.full_name), parent)
        self._ctx, self._files, self._member = ctx, files, member
        known = lambda: {"login": member.login, "full_name": member.full_name}  # noqa: E731
        self.passphrase = PassphraseField(self, new=True, context=known, server=server)
        self.repeat = PassphraseField(self, server=server)
        _, repeat, secret = _secret_labels(server)
        self.row(secret, self.passphrase.edit,
                 lambda: _passphrase_problem(self.passphrase), self.passphrase.textChanged, self.passphrase)
        self.row(repeat, self.repeat.edit,
                 lambda: _repeat_problem(self.passphrase, self.repeat, server), self.repeat.textChanged,
                 self.repeat)

    def submit(self) -> None:
        """Check both fields, then re-wrap the key on the file thread."""
        show_message(self.message, "")
        if not self.errors.check_all() or self._files.busy or self._ctx.case_file is None:
            return
        case_file, login, passphrase = self._ctx.case_file, self._member.login, self.passphrase.text()
        self.busy(True)
        self._files.start(lambda: logins.new_passphrase(case_file, login, passphrase),
                          self._done, self.refused)

    def _done(self, outcome: object) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.changed.emit(outcome)
        self.accept()


class RoleDialog(FormDialog):
    """A person's role and unit.

    Signals:
        changed(): stored.
    """

    changed = Signal()

    def __init__(self, ctx: UiContext, member: StaffMember, parent: QWidget | None = None) -> None:
        server = on_server(ctx)
        intro = (qtr("RoleDialog", "Rollen styrer hva personen får gjøre. Enheten styrer hvilke saker "
                                   "hen ser; det er serveren som håndhever det.") if server
                 else qtr("RoleDialog", "Rollen styrer hva personen får gjøre. Enheten styrer hvilke "
                                        "saker en saksbehandler ser."))
        super().__init__(qtr("RoleDialog", "Rolle og enhet for %1").replace("%1", member.full_name),
                         intro, parent)
        self._ctx, self._member = ctx, member
        self.role = role_box(self, member.role, server=server)
        self.unit = unit_box(ctx, self, member.unit_id)
        add_row(self.form, self.tr("&Rolle:"), self.role)
        add_row(self.form, self.tr("&Enhet:"), self.unit)
        self.first = self.role

    def submit(self) -> None:
        """Store the role and unit, or show why not."""
        try:
            with self._ctx.unit_of_work() as sctx:
                set_role_and_unit(sctx, self._member.id, Role(self.role.currentData()),
                                  self.unit.currentData())
        except DomainError as exc:
            show_message(self.message, exc.message)
            return
        self.changed.emit()
        self.accept()
