"""The store hands out its own live channel: a case file has none, a server store listens as its person."""

from __future__ import annotations

import queue

from barnearket.domain.model import GateAnswer, Parent
from barnearket.services.cases import answer_gate, create_case
from barnearket.storage.store import Change, open_store
from tests.seam.stores import WORKER, WORKER_PASSPHRASE, OpenStore


def test_only_the_server_has_a_live_channel_and_it_hears_another_login(store: OpenStore) -> None:
    heard: queue.Queue[list[Change]] = queue.Queue()
    states: queue.Queue[bool] = queue.Queue()
    other = open_store(store.location, login=WORKER, passphrase=WORKER_PASSPHRASE) \
        if store.kind == "server" else None
    try:
        channel = (other or store.store).listen(heard.put, states.put)
        if store.kind == "file":
            assert channel is None
            return
        assert channel is not None
        channel.start()
        try:
            assert states.get(timeout=5) is True
            with store.work() as ctx:
                case_id = create_case(ctx, unit_id=store.unit_id, parent=Parent(name="Ánde Ŋuolas"))
                answer_gate(ctx, case_id, GateAnswer.JA)
            found = [c.case_id for c in heard.get(timeout=5)]
            assert case_id in found
        finally:
            channel.stop()
    finally:
        if other is not None:
            other.close()


def test_a_closed_server_store_gives_no_channel(store: OpenStore) -> None:
    store.store.close()
    assert store.store.listen(lambda _batch: None, lambda _up: None) is None
