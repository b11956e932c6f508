"""The administrator's work in the window: users, passphrases, backup and restore, auto-lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.domain.roles import Role
from barnearket.services.autolock import auto_lock_minutes
from barnearket.services.profile import load_profile
from barnearket.services.settings import load_rules
from barnearket.storage import accounts, kdf
from barnearket.storage.opening import open_case_file
from barnearket.storage.store import file_only
from barnearket.ui.admin.autolock import AutoLockDialog
from barnearket.ui.admin.backup import RestoreDialog
from barnearket.ui.admin.rekey import RecoveryKeyDialog, new_recovery_key, offer_recovery_key
from barnearket.ui.admin.rules import RulesDialog
from barnearket.ui.admin.userforms import AddUserDialog, NewPassphraseDialog, RoleDialog
from barnearket.ui.admin.users import UsersDialog
from barnearket.ui.orgsettings import OrganisationDialog
from barnearket.ui.profile import ProfileDialog
from barnearket.ui.seams import Dialogs
from barnearket.ui.units import add_unit
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.ui.conftest import MakeRoot, unlock
from tests.ui.sheet_support import type_text

KARI_PASSPHRASE = "blåbær i skogen på fjellet"


def _users(root: Barnearket) -> UsersDialog:
    assert root.main is not None
    dialog = root.admin.users()
    assert isinstance(dialog, UsersDialog)
    return dialog


def _type(widget: QWidget, text: str) -> None:
    type_text(widget, text)


def _add_kari(qtbot: QtBot, root: Barnearket, users: UsersDialog, unit: int | None = None) -> int:
    form = users.add_user()
    assert isinstance(form, AddUserDialog)
    _type(form.full_name, "Kari Ođđa-Sørli")
    _type(form.login, "kari")
    form.role.setCurrentIndex(list(Role).index(Role.KOORDINATOR))
    if unit is not None:
        form.unit.setCurrentIndex(form.unit.findData(unit))
    _type(form.passphrase.edit, KARI_PASSPHRASE)
    _type(form.repeat.edit, KARI_PASSPHRASE)
    with qtbot.waitSignal(form.added, timeout=10_000):
        form.save_button.click()
    member = next(m for m in users.members if m.login == "kari")
    return member.id


def test_admin_menu_only_for_administrators(qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> None:
    case_file = open_case_file(closed_file, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    accounts.add_user(case_file, "per", "Per Ásgeir", Role.SAKSBEHANDLER, "pers egen frase",
                      kdf.fast_params_for_tests())
    case_file.close()
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    root.unlock.login.setText("per")
    root.unlock.passphrase.setText("pers egen frase")
    root.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: root.main is not None and root.main.isVisible())
    assert not root.admin.menu.menuAction().isVisible()

    admin_root = make_root(LaunchOptions(file=closed_file))
    root.shutdown()
    admin_root.start()
    unlock(qtbot, admin_root)
    titles = [a.text() for a in admin_root.main.menuBar().actions() if a.isVisible()]  # type: ignore[union-attr]
    assert "Ad&ministrasjon" in titles
    assert titles.index("Ad&ministrasjon") == len(titles) - 2, "before Hjelp"


def test_add_user_checks_fields_at_the_field_and_stores_role_and_unit(
        qtbot: QtBot, workspace: Barnearket) -> None:
    with workspace.ctx.unit_of_work() as sctx:
        unit = add_unit(sctx, "Somatikk Vest", "somatikk")
    users = _users(workspace)
    form = users.add_user()
    assert isinstance(form, AddUserDialog)
    assert "Minst 10 tegn" in form.passphrase.rules.text(), "the rules are said before typing"
    _type(form.login, "Kari Stor")
    _type(form.passphrase.edit, "kort")
    assert form.passphrase.verdict.text(), "strength is shown while typing"
    form.save_button.click()
    invalid = form.errors.invalid_fields()
    assert form.full_name in invalid and form.login in invalid and form.passphrase.edit in invalid
    assert QApplication.focusWidget() is form.full_name or not form.isActiveWindow()
    _type(form.full_name, "Kari Ođđa-Sørli")
    assert form.full_name not in form.errors.invalid_fields(), "cleared as soon as it is valid"
    form.login.clear()
    _type(form.login, "kari")
    assert form.login not in form.errors.invalid_fields()
    form.close()

    kari = _add_kari(qtbot, workspace, users, unit)
    member = next(m for m in users.members if m.id == kari)
    assert member.role is Role.KOORDINATOR and member.unit_id == unit
    assert workspace.ctx.case_file is not None
    file_only(workspace.ctx.case_file).keyfile.unwrap("kari", KARI_PASSPHRASE)


def test_new_passphrase_role_and_removal(qtbot: QtBot, workspace: Barnearket, dialogs: Dialogs) -> None:
    users = _users(workspace)
    kari = _add_kari(qtbot, workspace, users)
    users.reload(kari)
    form = users.new_passphrase()
    assert isinstance(form, NewPassphraseDialog)
    _type(form.passphrase.edit, "nye ord for kari i dag")
    _type(form.repeat.edit, "nye ord for kari i går")
    form.save_button.click()
    assert form.repeat.edit in form.errors.invalid_fields()
    form.repeat.clear()
    _type(form.repeat.edit, "nye ord for kari i dag")
    assert form.errors.invalid_fields() == []
    with qtbot.waitSignal(form.changed, timeout=10_000):
        form.save_button.click()
    store = workspace.ctx.case_file
    assert store is not None
    case_file = file_only(store)
    case_file.keyfile.unwrap("kari", "nye ord for kari i dag")

    users.reload(kari)
    role = users.change_role()
    assert isinstance(role, RoleDialog)
    role.role.setCurrentIndex(list(Role).index(Role.SAKSBEHANDLER))
    role.save_button.click()
    assert next(m for m in users.members if m.id == kari).role is Role.SAKSBEHANDLER

    me = next(m for m in users.members if m.login == ADMIN_LOGIN)
    users.reload(me.id)
    assert not users.remove_button.isEnabled(), "nobody removes themselves"
    users.reload(kari)
    dialogs.set_next_answer(True)
    users.remove_user()
    qtbot.waitUntil(lambda: all(m.login != "kari" for m in users.members), timeout=10_000)
    assert case_file.keyfile.find("kari") is None


def test_a_new_recovery_key_is_shown_once_and_must_be_confirmed(qtbot: QtBot, workspace: Barnearket) -> None:
    class Rekeyed:
        recovery_key = bytes(range(32))

    assert new_recovery_key(None) is None and new_recovery_key(7) is None
    assert workspace.main is not None
    dialog = offer_recovery_key(workspace.main, workspace.ctx.dialogs, Rekeyed(), workspace.ctx.file_path)
    assert isinstance(dialog, RecoveryKeyDialog)
    assert dialog.page.key_text.startswith("0001-0203")
    dialog.reject()
    assert dialog.isVisible(), "cannot be dismissed before the key is stored"
    dialog.page.stored.setChecked(True)
    dialog.page.continue_button.click()
    assert not dialog.isVisible()


def test_backup_then_restore_as_a_new_file(qtbot: QtBot, workspace: Barnearket, dialogs: Dialogs,
                                           tmp_path: Path) -> None:
    copy = tmp_path / "kopi.barnearket"
    dialogs.set_next_answer(copy)
    assert workspace.admin.backup()
    qtbot.waitUntil(lambda: dialogs.last("message") is not None, timeout=10_000)
    assert copy.is_file() and Path(f"{copy}.keys").is_file()
    assert str(copy) in dialogs.last("message")[1]  # type: ignore[index]

    restore = workspace.admin.restore()
    assert isinstance(restore, RestoreDialog)
    dest = tmp_path / "tilbake.barnearket"
    _type(restore.source, str(copy))
    restore.dest.clear()
    _type(restore.dest, str(tmp_path / "finnes" / "ikke.barnearket"))
    _type(restore.passphrase.edit, "feil frase her")
    restore.save_button.click()
    assert restore.dest in restore.errors.invalid_fields(), "missing folder is told at the field"
    restore.dest.clear()
    _type(restore.dest, str(dest))
    assert restore.errors.invalid_fields() == []
    restore.save_button.click()
    qtbot.waitUntil(restore.message.isVisible, timeout=10_000)
    assert not dest.exists(), "a wrong passphrase restores nothing"
    _type(restore.passphrase.edit, ADMIN_PASSPHRASE)
    with qtbot.waitSignal(restore.restored, timeout=10_000):
        restore.save_button.click()
    open_case_file(dest, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE).close()
    assert str(dest) in workspace.ctx.settings.recent_files


def test_auto_lock_time_is_stored_in_the_file_and_used(qtbot: QtBot, make_root: MakeRoot,
                                                       closed_file: Path) -> None:
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    unlock(qtbot, root)
    dialog = root.admin.auto_lock()
    assert isinstance(dialog, AutoLockDialog)
    dialog.minutes.setValue(3)
    dialog.save_button.click()
    assert root.activity._timer.interval() == 3 * 60_000
    with root.ctx.reading() as sctx:
        assert auto_lock_minutes(sctx) == 3
    root.shutdown()

    again = make_root(LaunchOptions(file=closed_file))
    again.start()
    unlock(qtbot, again)
    assert again.activity._timer.interval() == 3 * 60_000, "the file's time wins over this machine's"
    dialog = again.admin.auto_lock()
    assert isinstance(dialog, AutoLockDialog)
    assert dialog.minutes.value() == 3
    QTest.keyClick(dialog.minutes, Qt.Key.Key_Escape)


def test_organisation_errors_are_shown_at_the_field(qtbot: QtBot, workspace: Barnearket) -> None:
    dialog = workspace.admin.organisation()
    assert isinstance(dialog, OrganisationDialog)
    number = dialog.editors["municipality_number"]
    number.setText("54")
    dialog.editors["org_number"].setText("123")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors.invalid_fields() == [number, dialog.editors["org_number"]]
    assert "fire sifre" in number.accessibleDescription()
    number.setText("5430")
    assert number not in dialog.errors.invalid_fields(), "cleared as soon as it is valid"
    dialog.editors["org_number"].clear()
    assert dialog.errors.invalid_fields() == []
    dialog.save()
    assert not dialog.isVisible()


def test_forms_start_in_their_first_field(qtbot: QtBot, workspace: Barnearket) -> None:
    users = _users(workspace)
    form = users.add_user()
    assert isinstance(form, AddUserDialog)
    qtbot.waitUntil(lambda: form.focusWidget() is not None)
    assert form.focusWidget() is form.full_name, "Space must never press a button by surprise"
    form.close()
    restore = workspace.admin.restore()
    assert isinstance(restore, RestoreDialog)
    qtbot.waitUntil(lambda: restore.focusWidget() is not None)
    assert restore.focusWidget() is restore.source
    restore.close()


def test_an_admin_edits_a_colleagues_profile_in_the_users_dialog(qtbot: QtBot, workspace: Barnearket) -> None:
    users = _users(workspace)
    kari = _add_kari(qtbot, workspace, users)
    users.reload(kari)
    assert users.profile_button.isEnabled()
    users.activateWindow()  # keys go to the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is users)
    users.table.setFocus()
    QTest.keyClick(users.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # «Pr&ofil …»
    qtbot.waitUntil(lambda: isinstance(users.child, ProfileDialog) and users.child.isVisible())
    form = users.child
    assert isinstance(form, ProfileDialog)
    assert form.windowTitle() == "Profil for Kari Ođđa-Sørli" and form.person.user_id == kari
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    for letter, field, text in ((Qt.Key.Key_T, form.title, "Helsesykepleier"),
                                (Qt.Key.Key_F, form.phone, "+47 400 00 000"),
                                (Qt.Key.Key_P, form.email, "kari.odda-sorli@kommune.no")):
        QTest.keyClick(form, letter, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is field
        _type(field, text)
    with qtbot.waitSignal(form.saved):
        QTest.keyClick(form, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    with workspace.ctx.reading() as sctx:
        stored = load_profile(sctx, kari).profile
        mine = load_profile(sctx).profile
    assert (stored.job_title, stored.email) == ("Helsesykepleier", "kari.odda-sorli@kommune.no")
    assert "400" in stored.phone
    assert mine.job_title == "", "the admin's own profile is untouched"


def test_the_deadlines_are_set_in_the_admin_menu(qtbot: QtBot, workspace: Barnearket) -> None:
    titles = [a.text() for a in workspace.admin.menu.actions()]
    assert "&Frister …" in titles
    dialog = workspace.admin.rules()
    assert isinstance(dialog, RulesDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.days["decision_days"].hasFocus() and dialog.days["decision_days"].value() == 14
    assert any("14 dager" in label.text() for label in dialog.findChildren(QLabel)), "the rule said up front"
    decision = dialog.days["decision_days"]
    QTest.keyClick(decision, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(decision, "10")
    QTest.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert dialog.days["chase_days"].hasFocus()
    QTest.keyClick(dialog.days["chase_days"], Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    with workspace.ctx.reading() as sctx:
        rules = load_rules(sctx.session)
    assert (rules.decision_days, rules.chase_days) == (10, 20)
