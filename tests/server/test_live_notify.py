"""Changes seen live: every case table notifies with ids only, and a listener hears others' changes
(not its own), also after the server went away and came back."""

from __future__ import annotations

import queue
import re
import time

import psycopg
import pytest

from barnearket.domain.model import GateAnswer, Parent
from barnearket.services.cases import answer_gate, create_case
from barnearket.services.sheets import answer_question, start_sheet
from barnearket.storage.server.live import CHANNEL, TRIGGER
from barnearket.storage.server.policies import CASE_TABLES
from barnearket.storage.store import Change, open_store
from tests.seam.stores import WORKER, WORKER_PASSPHRASE, OpenStore
from tests.server.cluster import Cluster

SECRET = "Áile Ŋuolas-Ødegård hemmelig"


def _dbname(store: OpenStore) -> str:
    from urllib.parse import urlsplit

    assert store.location.url is not None
    return urlsplit(store.location.url).path.lstrip("/")


def _wait(changes: queue.Queue[list[Change]], wanted: Change, timeout: float = 5.0) -> float:
    """Seconds until `wanted` arrives (fails after `timeout`)."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            batch = changes.get(timeout=0.1)
        except queue.Empty:
            continue
        if wanted in batch:
            return time.monotonic() - start
    pytest.fail(f"{wanted} never arrived")


@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_every_case_table_has_the_notify_trigger(store: OpenStore, pg_cluster: Cluster) -> None:
    with psycopg.connect(pg_cluster.superuser_dsn(_dbname(store))) as con:
        tables = {row[0] for row in con.execute(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = %s",
            (TRIGGER,))}
    assert tables == set(CASE_TABLES)


@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_another_login_hears_a_change_by_id_only(store: OpenStore, pg_cluster: Cluster) -> None:
    heard: queue.Queue[list[Change]] = queue.Queue()
    states: list[bool] = []
    other = open_store(store.location, login=WORKER, passphrase=WORKER_PASSPHRASE)
    listener = other.listen(heard.put, states.append)
    assert listener is not None
    listener.start()
    try:
        deadline = time.monotonic() + 5
        while not states and time.monotonic() < deadline:
            time.sleep(0.02)
        assert states == [True]
        with store.work() as ctx:
            case_id = create_case(ctx, unit_id=store.unit_id, parent=Parent(name=SECRET))
            answer_gate(ctx, case_id, GateAnswer.JA, siblings=GateAnswer.NEI)
        assert _wait(heard, Change(case_id, "cases")) < 2.0
        with store.work() as ctx:
            sheet = start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
            answer_question(ctx, sheet, "information_need", "ja")
        assert _wait(heard, Change(case_id, "sheet_answers")) < 2.0
        with other.session() as session, session.begin():  # its own change is not news to it
            from barnearket.storage.orm.cases import CaseRow

            session.get_one(CaseRow, case_id).parent_name = "Ánde"
        time.sleep(0.6)
        mine = [c for batch in list(heard.queue) for c in batch if c.table == "cases"]
        assert mine == []
    finally:
        listener.stop()
        other.close()


@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_the_payload_is_ids_only(store: OpenStore, pg_cluster: Cluster) -> None:
    with psycopg.connect(pg_cluster.superuser_dsn(_dbname(store)), autocommit=True) as spy:
        spy.execute(f"LISTEN {CHANNEL}")
        with store.work() as ctx:
            case_id = create_case(ctx, unit_id=store.unit_id, parent=Parent(name=SECRET))
            answer_gate(ctx, case_id, GateAnswer.JA, siblings=GateAnswer.NEI)
        payloads = [n.payload for n in spy.notifies(timeout=1.0)]
    assert payloads and all(re.fullmatch(r"\d*:[a-z_]+", p) for p in payloads)
    assert f"{case_id}:cases" in payloads and not any("Ánde" in p or "Áile" in p for p in payloads)


@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_the_listener_comes_back_after_the_server_did(store: OpenStore, pg_cluster: Cluster) -> None:
    heard: queue.Queue[list[Change]] = queue.Queue()
    states: queue.Queue[bool] = queue.Queue()
    other = open_store(store.location, login=WORKER, passphrase=WORKER_PASSPHRASE)
    listener = other.listen(heard.put, states.put)
    assert listener is not None
    listener.start()
    try:
        assert states.get(timeout=5) is True
        pg_cluster.stop()
        pg_cluster.start()
        assert states.get(timeout=10) is False
        assert states.get(timeout=15) is True
        _wait(heard, Change(None, ""))  # what was sent meanwhile is lost: reload everything
        store.relogin()
        with store.work() as ctx:
            case_id = create_case(ctx, unit_id=store.unit_id, parent=Parent(name=SECRET))
        _wait(heard, Change(case_id, "cases"))
    finally:
        listener.stop()
        other.close()
