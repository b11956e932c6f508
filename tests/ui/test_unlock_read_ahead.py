"""The workspace is read while the file thread checks every page (issue 16), and dropped if that fails."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from barnearket.app import LaunchOptions
from barnearket.storage.casefile import CaseFile
from barnearket.storage.errors import MESSAGES, CaseFileError, Problem
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.store import Store
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.helpers import mutations
from tests.storage.damaged_templates import fingerprint
from tests.ui.conftest import MakeRoot, add_case, unlock


def test_workspace_is_read_before_the_unlock_finishes(qtbot: QtBot, make_root: MakeRoot,
                                                      closed_file: Path) -> None:
    setup = make_root(LaunchOptions(file=closed_file))
    setup.start()
    unlock(qtbot, setup)
    add_case(setup, "Áile Ŋuolas Sæther")
    setup.shutdown()
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    at_unlocked: list[tuple[bool, int, bool]] = []
    root.unlock.unlocked.connect(lambda store: at_unlocked.append(
        (root.main is not None and root.main.isVisible(), root.main.browser.model.rowCount() if root.main
         else -1, root.ctx.case_file is store)))
    ahead: list[tuple[bool, int, bool]] = []
    prepare = root._prepare

    def prepared(store: Store) -> None:  # what the root did with the early file
        prepare(store)
        ahead.append((root.main is not None, root.main.browser.model.rowCount() if root.main else -1,
                      root.main is not None and root.main.isVisible()))

    root._prepare = prepared  # type: ignore[method-assign,assignment]  # connected at the unlock
    unlock(qtbot, root)
    assert ahead == [(True, 1, False)], "the workspace was not built and filled while the file was checked"
    # `opened` ran first and showed that workspace
    assert at_unlocked == [(True, 1, True)]
    # the audit log as without reading ahead: the unlock, then the case list seen (logged after it)
    with root.ctx.reading() as sctx:
        rows = sctx.session.execute(select(AuditEntry.action, AuditEntry.object_type)
                                    .order_by(AuditEntry.seq.desc()).limit(2)).all()
    assert [tuple(r) for r in reversed(rows)] == [("unlock", None), ("view", "case_list")]


def _damaged_after_handing_out(originals: mutations.Originals, folder: Path) -> Path:
    """A file whose login can be read but whose integrity check fails (first such seed)."""
    for seed in range(60):
        path = folder / f"s{seed}" / "saker.barnearket"
        path.parent.mkdir()
        path.write_bytes(mutations.m_zero_random_page(originals, random.Random(seed), path.parent).case)
        keyfile_path(path).write_bytes(originals.keys)
        handed: list[CaseFile] = []
        spare = path.read_bytes()
        try:
            open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE, readable=handed.append)
        except CaseFileError as exc:
            if handed and exc.problem is Problem.DAMAGED:
                assert path.read_bytes() == spare
                return path
        else:
            raise AssertionError(f"seed {seed}: a zeroed page went unnoticed at unlock")
    raise AssertionError("no damaged page was left for the integrity check to find")


@pytest.mark.timeout(120)
def test_damage_found_after_reading_ahead_drops_the_workspace(
        qtbot: QtBot, make_root: MakeRoot, originals: mutations.Originals,
        tmp_path: Path) -> None:
    path = _damaged_after_handing_out(originals, tmp_path)
    before = fingerprint(path)
    root = make_root(LaunchOptions(file=path))
    root.start()
    root.unlock.login.setText(ADMIN_LOGIN)
    root.unlock.passphrase.setText(ADMIN_PASSPHRASE)
    root.unlock.unlock_button.click()
    qtbot.waitUntil(root.unlock.error.isVisible)
    assert root.unlock.error.text() == MESSAGES[Problem.DAMAGED]
    assert root.main is None, "the workspace read from a damaged file was kept"
    assert root.ctx.case_file is None and root.ctx.actor is None
    assert root.unlock.isVisible()
    assert fingerprint(path) == before
