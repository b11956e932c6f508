"""The administrator's users dialog and the lock screen when the window runs on the municipality's server.

The same buttons as on a case file, through the same server functions as `users URL`: a new person
gets a login role in her role's group and can log in with her own password, a new password replaces
the old one, a new role moves her to the other group, and a removed person can no longer log in.
"""

from __future__ import annotations

import psycopg
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.domain.roles import Role
from barnearket.ui.admin.userforms import AddUserDialog, NewPassphraseDialog, RoleDialog
from barnearket.ui.seams import Dialogs
from barnearket.ui.units import add_unit
from tests.server.helpers import Made
from tests.ui.conftest import MakeRoot, unlock
from tests.ui.sheet_support import type_text
from tests.ui.test_admin_window import KARI_PASSPHRASE, _add_kari, _type, _users
from tests.ui.visible_texts import visible_texts

NEW_PASSWORD = "nye ord for kari i dag"


def _groups(made: Made, login: str) -> set[str]:
    with made.owner() as con:
        return {r[0] for r in con.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles p ON p.oid = m.member WHERE p.rolname = %s", (login,))}


def _logs_in(made: Made, password: str) -> bool:
    try:
        made.raw("kari", password).close()
    except psycopg.OperationalError:
        return False
    return True


def test_the_users_dialog_manages_login_roles_on_the_server(
        qtbot: QtBot, on_server: Barnearket, pg_clone: Made, dialogs: Dialogs) -> None:
    with on_server.ctx.unit_of_work() as sctx:
        unit = add_unit(sctx, "Somatikk Vest", "somatikk")
    users = _users(on_server)
    texts = [label.text() for label in users.findChildren(QLabel)]
    assert "Brukere på kommunens server" in texts and not any("saksfilen" in t for t in texts)
    assert users.passphrase_button.text() == "Nytt &passord …"
    kari = _add_kari(qtbot, on_server, users, unit)
    member = next(m for m in users.members if m.id == kari)
    assert member.role is Role.KOORDINATOR and member.unit_id == unit
    assert _groups(pg_clone, "kari") == {"barnearket_koordinator"}
    assert _logs_in(pg_clone, KARI_PASSPHRASE)

    users.reload(kari)
    form = users.new_passphrase()
    assert isinstance(form, NewPassphraseDialog)
    _type(form.passphrase.edit, NEW_PASSWORD)
    _type(form.repeat.edit, NEW_PASSWORD)
    with qtbot.waitSignal(form.changed, timeout=10_000):
        form.save_button.click()
    assert _logs_in(pg_clone, NEW_PASSWORD) and not _logs_in(pg_clone, KARI_PASSPHRASE)

    users.reload(kari)
    role = users.change_role()
    assert isinstance(role, RoleDialog)
    role.role.setCurrentIndex(list(Role).index(Role.SAKSBEHANDLER))
    role.save_button.click()
    assert next(m for m in users.members if m.id == kari).role is Role.SAKSBEHANDLER
    assert _groups(pg_clone, "kari") == {"barnearket_saksbehandler"}, "the database's rights follow the role"

    dialogs.set_next_answer(True)
    users.remove_user()
    qtbot.waitUntil(lambda: all(m.login != "kari" for m in users.members), timeout=10_000)
    assert not _logs_in(pg_clone, NEW_PASSWORD)


def test_the_lock_screen_speaks_of_the_server(qtbot: QtBot, on_server: Barnearket) -> None:
    main = on_server.main
    assert main is not None
    QTest.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = on_server.locker.screen
    qtbot.waitUntil(screen.isVisible)
    assert "kommunens server" in screen.intro.text() and "Saksfilen" not in screen.intro.text()
    assert screen.field_label.text() == "&Passord:" and screen.passphrase.accessibleName() == "Passord"
    type_text(screen.passphrase, "riktig passordfrase æøå")
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: on_server.main is not None and on_server.main.isVisible(), timeout=15_000)


def _said_of_a_passphrase(window: QWidget) -> list[str]:
    return sorted(t for t in visible_texts(window) if "passordfrase" in t.casefold())


def test_the_user_forms_speak_of_a_password_on_the_server(qtbot: QtBot, on_server: Barnearket) -> None:
    """A person's secret on the server is her database password: no form there asks for a passphrase,
    and what a role sees is said as the server enforces it."""
    users = _users(on_server)
    form = users.add_user()
    assert isinstance(form, AddUserDialog)
    _type(form.passphrase.edit, "kort")
    _type(form.repeat.edit, "annet")
    form.save_button.click()
    assert _said_of_a_passphrase(form) == []
    texts = visible_texts(form)
    assert "Passord:" in texts and "Gjenta passordet:" in texts and "Passordene er ikke like." in texts
    assert any(t.startswith("Passordet er for kort") for t in texts), "the strength verdict says password"
    assert any("Administrator – styrer brukere" in t for t in texts)
    assert not any("ser alt" in t for t in texts), "on the server an admin does not see every case"
    form.reject()

    users.reload(on_server.ctx.actor.user_id if on_server.ctx.actor else None)
    renew = users.new_passphrase()
    assert isinstance(renew, NewPassphraseDialog)
    assert renew.windowTitle().startswith("Nytt passord for") and _said_of_a_passphrase(renew) == []
    renew.reject()
    role = users.change_role()
    assert isinstance(role, RoleDialog) and _said_of_a_passphrase(role) == []
    assert "serveren" in " ".join(visible_texts(role))
    role.reject()
    assert _said_of_a_passphrase(users) == []
    users.accept()
    auto_lock = on_server.admin.auto_lock()
    assert "passordet må skrives på nytt" in " ".join(visible_texts(auto_lock))
    assert _said_of_a_passphrase(auto_lock) == []
    auto_lock.reject()


def test_the_same_forms_on_a_case_file_still_speak_of_a_passphrase(qtbot: QtBot,
                                                                   workspace: Barnearket) -> None:
    form = _users(workspace).add_user()
    assert isinstance(form, AddUserDialog)
    texts = visible_texts(form)
    assert "Passordfrase:" in texts and "Gjenta passordfrasen:" in texts
    assert any("Administrator – ser alt" in t for t in texts)
    form.reject()


def test_the_unlock_and_lock_screens_ask_for_the_server_password(
        qtbot: QtBot, make_root: MakeRoot, pg_clone: Made) -> None:
    root = make_root(LaunchOptions(server=pg_clone.db.tcp_url))
    root.start()
    window = root.unlock
    assert window.passphrase_label.text() == "&Passord:" and window.passphrase.accessibleName() == "Passord"
    window.login.setText("admin")
    window.unlock_button.click()
    assert window.error.text() == "Skriv brukernavn og passord."
    assert _said_of_a_passphrase(window) == []
    window.choice.file_radio.click()
    assert window.passphrase_label.text() == "&Passordfrase:", "a case file keeps its passphrase"
    window.choice.server_radio.click()
    unlock(qtbot, root)
    assert root.main is not None
    QTest.keyClick(root.main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = root.locker.screen
    qtbot.waitUntil(screen.isVisible)
    assert screen.passphrase_field.toggle.accessibleName() == "Vis passordet"
    type_text(screen.passphrase, "feil passord")
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(screen.error.text()), timeout=15_000)
    assert screen.error.text().startswith("Feil brukernavn eller passord for serveren")
    assert _said_of_a_passphrase(screen) == []
