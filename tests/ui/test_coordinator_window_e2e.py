"""The coordinator in the real window on either store: the overview of open concerns across units.

On a new store (`closed_store`) the administrator registers a concern in each of two units and makes
a koordinator, who belongs to no unit, on the command line. She logs in through the unlock window,
sees both concerns in the overview, opens the other unit's case from it, and the view is logged.
On the server that is row-level security at work: she reads every case and writes none.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.domain.clock import SystemClock
from barnearket.domain.model import ChildDetails, GateAnswer, Parent
from barnearket.domain.roles import Role
from barnearket.services.cases import answer_gate, create_case
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.units import add_own_unit
from barnearket.storage.location import StoreLocation
from barnearket.storage.store import open_store
from barnearket.ui.coordinator.model import CASE_ROLE
from tests.cli.test_admin_cli import lines, run
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.services.support import audit_rows
from tests.ui.conftest import ClosedStore, MakeRoot

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]
KOORD, KOORD_NAME, KOORD_PW = "koord", "Sunná Ŋuolas-Ødegård", "koordinatorens egne lange ord"
FAMILIES = (("Rustjenesten Øst", "rus", "Máret Čeavrris", "Ánde Čeavrris"),
            ("Psykisk helse Vest", "psykisk_helse", "Biret Ođđasa", "Ristin Ođđasa"))


def _location(options: LaunchOptions) -> StoreLocation:
    return StoreLocation.file(options.file) if options.file else StoreLocation.server(str(options.server))


def _two_units_with_a_concern_each(location: StoreLocation) -> dict[str, int]:
    """The administrator (a member of both units) registers one concern in each; case ids by unit."""
    admin = open_store(location, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    cases: dict[str, int] = {}
    try:
        assert admin.user is not None
        me = Actor(admin.user.id, ADMIN_LOGIN, Role.ADMIN)
        for unit_name, service, parent, child in FAMILIES:
            with admin.session() as session, session.begin():
                ctx = ServiceContext(session, me, SystemClock())
                unit = add_own_unit(ctx, name=unit_name, service=service)
                case_id = create_case(ctx, unit_id=unit, parent=Parent(name=parent))
                answer_gate(ctx, case_id, GateAnswer.JA)
                child_id = add_child(ctx, case_id, ChildDetails(name=child, birth_date=date(2016, 5, 2)))
                open_concern(ctx, case_id, child_id, level=2, description="Kommer ofte for sent – ŋ")
            cases[unit_name] = case_id
    finally:
        admin.close()
    return cases


def municipality(closed_store: ClosedStore) -> tuple[LaunchOptions, dict[str, int]]:
    """The store with two units' concerns and a koordinator in no unit."""
    options = closed_store.options
    cases = _two_units_with_a_concern_each(_location(options))
    where = str(options.file) if options.file else str(options.server)
    added = run("users", where, "--user", ADMIN_LOGIN, "--passphrase-stdin", "add", KOORD, "--name",
                KOORD_NAME, "--role", "koordinator", stdin=lines(ADMIN_PASSPHRASE, KOORD_PW))
    assert added.returncode == 0, added.stderr
    return options, cases


def _log_in(qtbot: QtBot, root: Barnearket) -> None:
    root.unlock.login.setText(KOORD)
    root.unlock.passphrase.setText(KOORD_PW)
    QTest.keyClick(root.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: root.main is not None and root.main.isVisible(), timeout=20_000)


def test_the_coordinator_sees_every_unit_and_opens_a_case_from_the_overview(
        qtbot: QtBot, make_root: MakeRoot, closed_store: ClosedStore) -> None:
    options, cases = municipality(closed_store)
    root = make_root(options)
    root.start()
    _log_in(qtbot, root)
    main = root.main
    assert main is not None and root.ctx.actor is not None and root.ctx.actor.role is Role.KOORDINATOR
    panel = main.show_overview()
    qtbot.waitUntil(lambda: panel.overview.model.rowCount() == len(FAMILIES), timeout=15_000)
    column = [c.key for c in panel.overview.model.columns].index("unit")
    proxy = panel.overview.model
    assert {proxy.index(r, column).data() for r in range(proxy.rowCount())} == {u for u, *_ in FAMILIES}

    wanted = cases[FAMILIES[1][0]]
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(CASE_ROLE) == wanted)
    view = panel.overview.view
    view.setFocus()
    view.setCurrentIndex(proxy.index(row, 0))
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.case_view.case is not None and main.case_view.case.id == wanted,
                    timeout=10_000)
    assert main.case_view.summary.title.text() == FAMILIES[1][2]
    with root.ctx.reading() as sctx:
        logged = audit_rows(sctx.session)
    assert ("view", "overview", None) in logged and ("view", "case", wanted) in logged
