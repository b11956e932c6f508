"""A crash while the server is down leaves the typing in the encrypted local journal (no plain text on
disk), and the next start stores it after unlock, exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from barnearket.paths import resolve_paths
from barnearket.storage.localjournal import FOLDER_NAME
from tests.helpers.canary import find_canaries
from tests.seam.stores import WORKER, WORKER_PASSPHRASE, OpenStore
from tests.server.cluster import Cluster
from tests.ui.conftest import MakeRoot
from tests.ui.test_kill_after_typing import _wait_for_line
from tests.ui.test_live_refresh import _case
from tests.ui.test_server_lost import SAVED, _stored_notes
from tests.ui.test_server_lost_concern import _concern, _stored
from tests.ui.test_store_e2e import _log_in

PROBE = Path(__file__).with_name("server_typing_probe.py")
TEXT = "Besøk hos Ráhkel Ŋuolas-Ødegård: barna sov dårlig, mormor Ánde hjelper til"
ROOT = Path(__file__).parents[2]


def _run_probe(store: OpenStore, case_id: int, go: Path, errors: Path, cluster: Cluster,
               target: str = "notes") -> None:
    job = {"login": WORKER, "password": WORKER_PASSPHRASE, "case_id": case_id, "text": TEXT, "go": str(go),
           "target": target}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
           "PYTHONPATH": str(ROOT)}
    with errors.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen([sys.executable, str(PROBE), str(store.location.url)],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, env=env,
                                   text=True, encoding="utf-8")
        try:
            assert process.stdin is not None
            process.stdin.write(json.dumps(job) + "\n")
            process.stdin.close()
            _wait_for_line(process, "READY", 40)
            cluster.crash()
            go.touch()
            _wait_for_line(process, "KEPT", 40)
            process.send_signal(signal.SIGKILL)
            assert process.wait(timeout=10) == -signal.SIGKILL
        except AssertionError as problem:
            raise AssertionError(f"{problem}\n{errors.read_text(encoding='utf-8')[-3000:]}") from None
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)
            if process.stdout is not None:
                process.stdout.close()


@pytest.mark.timeout(240)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_crash_while_the_server_is_down_is_replayed_at_the_next_start(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, pg_cluster: Cluster, tmp_path: Path) -> None:
    case_id = _case(store)
    store.store.close()
    try:
        _run_probe(store, case_id, tmp_path / "go", tmp_path / "probe-stderr.txt", pg_cluster)
    finally:
        pg_cluster.start()
    folder = resolve_paths().data / FOLDER_NAME
    kept = list(folder.glob("*.journal"))
    assert len(kept) == 1, "the killed program left its journal"
    assert find_canaries([resolve_paths().data], [TEXT, "Ráhkel Ŋuolas-Ødegård"]) == []
    root = make_root()
    root.start()
    _log_in(qtbot, root, store)
    assert root.main is not None
    qtbot.waitUntil(lambda: not kept[0].exists(), timeout=15_000)
    qtbot.waitUntil(lambda: root.main is not None and root.main.status.save_label.text() == SAVED)
    assert _stored_notes(store, case_id) == TEXT


@pytest.mark.timeout(240)
@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_concern_field_typed_before_a_crash_is_replayed_on_its_version(
        qtbot: QtBot, make_root: MakeRoot, store: OpenStore, pg_cluster: Cluster, tmp_path: Path) -> None:
    case_id, _concern_id = _concern(store)
    _before, seen = _stored(store, case_id)
    store.store.close()
    try:
        _run_probe(store, case_id, tmp_path / "go", tmp_path / "probe-stderr.txt", pg_cluster, "concern")
    finally:
        pg_cluster.start()
    (kept,) = (resolve_paths().data / FOLDER_NAME).glob("*.journal")
    assert find_canaries([resolve_paths().data], [TEXT, "Ráhkel Ŋuolas-Ødegård"]) == []
    root = make_root()
    root.start()
    _log_in(qtbot, root, store)
    qtbot.waitUntil(lambda: not kept.exists(), timeout=15_000)
    qtbot.waitUntil(lambda: root.main is not None and root.main.status.save_label.text() == SAVED)
    assert root.main is not None and root.main.replay.conflict_dialog is None
    assert _stored(store, case_id) == (TEXT, seen + 1), "stored once, on the version it was typed on"
