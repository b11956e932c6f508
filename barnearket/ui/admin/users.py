"""The administrator's list of the people who use the file: add, remove, new passphrase, role and unit,
and each person's profile (title, phone, e-mail)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barnearket.services import logins
from barnearket.services.staff import StaffMember, list_staff
from barnearket.storage.store import is_file
from barnearket.ui.admin.rekey import offer_recovery_key
from barnearket.ui.admin.userforms import AddUserDialog, NewPassphraseDialog, RoleDialog
from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.widgets import heading, message_label, show_message

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext
    from barnearket.ui.filethread import FileWorker, Known

MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class UsersDialog(QDialog):
    """The active users in a table, with one button per thing an administrator does to them.

    Attributes:
        table, model: the list; `members` the rows as shown.
        child: the form opened last (tests drive it).
    """

    def __init__(self, ctx: UiContext, files: FileWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brukere"))
        self._ctx, self._files = ctx, files
        self.members: list[StaffMember] = []
        self.child: QDialog | None = None
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Navn"), self.tr("Brukernavn"), self.tr("Rolle"),
                                              self.tr("Enhet")])
        self.table = QTableView(self)
        self.add_button = QPushButton(self.tr("&Ny bruker …"), self)
        self.passphrase_button = QPushButton(self.tr("Ny &passordfrase …"), self)
        self.role_button = QPushButton(self.tr("&Rolle og enhet …"), self)
        self.profile_button = QPushButton(self.tr("Pr&ofil …"), self)
        self.profile_button.setToolTip(self.tr("Tittel, telefon og e-post som står på dokumentene"))
        self.remove_button = QPushButton(self.tr("&Fjern …"), self)
        self.functions_button = QPushButton(self.tr("Funksjoner i ru&tinen …"), self)
        self.functions_button.clicked.connect(self.change_functions)
        self.close_button = QPushButton(self.tr("&Lukk"), self)
        self.message = message_label(self)
        self._build()
        self.add_button.clicked.connect(self.add_user)
        self.passphrase_button.clicked.connect(self.new_passphrase)
        self.role_button.clicked.connect(self.change_role)
        self.profile_button.clicked.connect(self.edit_profile)
        self.remove_button.clicked.connect(self.remove_user)
        self.close_button.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def _build(self) -> None:
        box = QVBoxLayout(self)
        on_server = self._ctx.case_file is not None and not is_file(self._ctx.case_file)
        if on_server:
            self.passphrase_button.setText(self.tr("Nytt &passord …"))
        box.addWidget(heading(self.tr("Brukere på kommunens server") if on_server
                              else self.tr("Brukere av saksfilen"), self, 3))
        intro = QLabel(self.tr(
            "Alle som skal bruke serveren, har sitt eget brukernavn og passord; brukernavnet er også "
            "deres egen innlogging i databasen. En fjernet bruker kan ikke logge inn lenger, men står "
            "fortsatt i hendelsesloggen.") if on_server else self.tr(
            "Alle som skal bruke saksfilen, har sitt eget brukernavn og sin egen passordfrase. "
            "En fjernet bruker kan ikke logge inn lenger, men står fortsatt i hendelsesloggen."), self)
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Brukere"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.change_role)
        row = QHBoxLayout()
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        side = QVBoxLayout()
        for button in (self.add_button, self.passphrase_button, self.role_button, self.functions_button,
                       self.profile_button,
                       self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        body.addLayout(side)
        box.addLayout(body, 1)
        box.addWidget(self.message)
        row.addStretch(1)
        row.addWidget(self.close_button)
        box.addLayout(row)
        fit_to_screen(self, 860, 460)

    def reload(self, select_id: int | None = None) -> None:
        """Read the users again and keep (or make) a selection."""
        chosen = select_id if select_id is not None else getattr(self.current(), "id", None)
        with self._ctx.reading() as sctx:
            self.members = list_staff(sctx)
        self.model.removeRows(0, self.model.rowCount())
        for member in self.members:
            cells = [QStandardItem(text) for text in
                     (member.full_name, member.login, member.role.label, member.unit_name or "–")]
            cells[0].setData(member.id, MEMBER_ROLE)
            self.model.appendRow(cells)
        rows = [i for i, m in enumerate(self.members) if m.id == chosen]
        self.table.selectRow(rows[0] if rows else 0)
        self._update_buttons()

    def current(self) -> StaffMember | None:
        """The user chosen in the table."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return next((m for m in self.members if m.id == rows[0].data(MEMBER_ROLE)), None)

    def _is_me(self, member: StaffMember | None) -> bool:
        return member is not None and self._ctx.actor is not None and member.id == self._ctx.actor.user_id

    def _update_buttons(self) -> None:
        member = self.current()
        for button in (self.passphrase_button, self.role_button, self.functions_button, self.profile_button):
            button.setEnabled(member is not None)
        self.remove_button.setEnabled(member is not None and not self._is_me(member))
        self.remove_button.setToolTip(self.tr("Du kan ikke fjerne deg selv.") if self._is_me(member) else "")

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.child = dialog
        dialog.open()
        return dialog

    def add_user(self) -> QDialog:
        """Open the new-user form."""
        dialog = AddUserDialog(self._ctx, self._files, self)
        dialog.added.connect(self._added)
        return self._open(dialog)

    def _added(self, user_id: int) -> None:
        self.reload(user_id)
        show_message(self.message, "")

    def new_passphrase(self) -> QDialog | None:
        """Open the new-passphrase form for the chosen user."""
        member = self.current()
        if member is None:
            return None
        dialog = NewPassphraseDialog(self._ctx, self._files, member, self)
        dialog.changed.connect(self._rekeyed)
        return self._open(dialog)

    def change_role(self) -> QDialog | None:
        """Open the role-and-unit form for the chosen user."""
        member = self.current()
        if member is None:
            return None
        dialog = RoleDialog(self._ctx, member, self)
        dialog.changed.connect(lambda: self.reload(member.id))
        return self._open(dialog)

    def change_functions(self) -> QDialog | None:
        """Open the routine's functions for the chosen user."""
        from barnearket.ui.admin.functions import FunctionsDialog

        member = self.current()
        if member is None:
            return None
        return self._open(FunctionsDialog(self._ctx, member, self))

    def edit_profile(self) -> QDialog | None:
        """Open the chosen user's profile (the same dialog as «Min profil»)."""
        from barnearket.ui.profile import ProfileDialog

        member = self.current()
        if member is None:
            return None
        dialog = ProfileDialog(self._ctx, member.id, self)
        dialog.saved.connect(lambda: self.reload(member.id))
        return self._open(dialog)

    def remove_user(self) -> None:
        """Ask, then remove the chosen user's access on the file thread."""
        member = self.current()
        if member is None or self._is_me(member) or self._files.busy or self._ctx.case_file is None:
            return
        question = (self.tr("%1 (%2) kan ikke logge inn på serveren etterpå. Sakene og loggen beholdes.")
                    if not is_file(self._ctx.case_file) else
                    self.tr("%1 (%2) kan ikke logge inn i saksfilen etterpå. Sakene og loggen beholdes."))
        if not self._ctx.dialogs.confirm(self, self.tr("Fjerne brukeren?"),
                                         question.replace("%1", member.full_name).replace("%2", member.login),
                                         self.tr("Fjern brukeren")):
            return
        case_file, login = self._ctx.case_file, member.login
        self._files.start(lambda: logins.remove_login(case_file, login), self._rekeyed, self._refused)

    def _rekeyed(self, outcome: object) -> None:
        """After a removal or a new passphrase: reload, and show a new recovery key if there is one."""
        self.reload()
        offer_recovery_key(self, self._ctx.dialogs, outcome, self._ctx.file_path)

    def _refused(self, error: Known) -> None:
        show_message(self.message, error.message)
        offer_recovery_key(self, self._ctx.dialogs, error, self._ctx.file_path)
