"""On the server the workspace is read while the person's local journal key is derived (issue 13,
unlock to the main window), as a case file's is read while its pages are checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from barnearket.storage.location import StoreLocation
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.store import Store, open_store
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.helpers.needs import wait_for_needs
from tests.ui.conftest import ClosedStore, MakeRoot, add_case, unlock

ON_SERVER = pytest.mark.parametrize("closed_store", ["server"], indirect=True)


@ON_SERVER
def test_the_case_list_is_read_before_the_journal_is_open(qtbot: QtBot, make_root: MakeRoot,
                                                          closed_store: ClosedStore) -> None:
    setup = make_root(closed_store.options)
    setup.start()
    unlock(qtbot, setup)
    add_case(setup, "Áile Ŋuolas Sæther")
    setup.shutdown()
    root = make_root(closed_store.options)
    root.start()
    ahead: list[tuple[int, bool, bool, bool]] = []
    prepare = root._prepare

    def prepared(store: Store) -> None:  # what the root did with the store before the unlock finished
        prepare(store)
        assert root.main is not None
        ahead.append((root.main.browser.model.rowCount(), root.main.isVisible(),
                      getattr(store, "journal", "?") is None, root.main.live.channel.connected))

    root._prepare = prepared  # type: ignore[method-assign,assignment]  # connected at the unlock
    unlock(qtbot, root)
    assert ahead == [(1, False, True, False)], "the list was not read while the journal was opened"
    main = root.main
    assert main is not None and main.browser.model.rowCount() == 1
    assert getattr(root.ctx.case_file, "journal", None) is not None
    qtbot.waitUntil(lambda: main.live.channel.connected, timeout=10_000)  # listening once unlocked
    wait_for_needs(qtbot, main.needs)
    with root.ctx.reading() as sctx:  # the list's view is logged after the unlock, as without reading ahead
        rows = sctx.session.execute(select(AuditEntry.action, AuditEntry.object_type)
                                    .order_by(AuditEntry.seq.desc()).limit(2)).all()
    assert [tuple(r) for r in reversed(rows)] == [("unlock", None), ("view", "case_list")]


@ON_SERVER
def test_a_journal_that_cannot_be_opened_closes_the_store_handed_out(
        closed_store: ClosedStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from barnearket.storage.localjournal import LocalJournal

    def broken(*_args: object, **_kwargs: object) -> LocalJournal:
        raise OSError("disken er full")

    monkeypatch.setattr(LocalJournal, "unlock", broken)
    handed: list[Store] = []
    assert closed_store.options.server is not None
    with pytest.raises(OSError):
        open_store(StoreLocation.parse(closed_store.options.server), login=ADMIN_LOGIN,
                   passphrase=ADMIN_PASSPHRASE, journal_folder=tmp_path, readable=handed.append)
    assert len(handed) == 1 and handed[0].closed
