"""The administrator's users dialog and the lock screen when the window runs on the municipality's server.

The same buttons as on a case file, through the same server functions as `users URL`: a new person
gets a login role in her role's group and can log in with her own password, a new password replaces
the old one, a new role moves her to the other group, and a removed person can no longer log in.
"""

from __future__ import annotations

import psycopg
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket
from barnearket.domain.roles import Role
from barnearket.ui.admin.userforms import NewPassphraseDialog, RoleDialog
from barnearket.ui.seams import Dialogs
from barnearket.ui.units import add_unit
from tests.server.helpers import Made
from tests.ui.sheet_support import type_text
from tests.ui.test_admin_window import KARI_PASSPHRASE, _add_kari, _type, _users

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
