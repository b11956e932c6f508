"""Benchmarks of working together on one server (issue 14), on a throwaway PostgreSQL cluster (skipped
when none is installed).

together.conflict_detect_ms: one save based on an older version of an answer, from the start of its
unit of work until `EditConflictError` is raised and the transaction rolled back, median of 30
(baseline: the median of an accepted save of the same answer).

together.conflict_refused_share: 20 clients (threads, each logged in with its own connections) edit
at random the same three records of one case (an answer, the concern level, an action), 15 saves
each: read the record, think 0–40 ms as a person would only much faster, save on what was read. The
share of saves refused as conflicts (baseline: the number of saves; a refusal counts whether the
services found the newer version or the database's trigger refused a race). It is high by design:
20 people hammering the same three fields
within milliseconds means most saves meet a version someone else stored after the read. Every refused
save is one that would have silently overwritten another person's words before issue 14. In real work
two or three people at most have the same case open, and seconds or minutes pass between reading and
saving a field, so a refusal is rare; the figure is the worst case, not the expected one.
"""

from __future__ import annotations

import random
import statistics
import threading
import time
from datetime import date, timedelta
from typing import Any

from benchmarks.common import figure

CLIENTS, SAVES = 20, 15
RECORDS = ("answer", "level", "action")
WORKER, WORKER_PASS = "kari", "Kari sitt lange passord æøå"


def run() -> list[dict[str, Any]]:
    """Start a cluster, build a small municipality, measure, stop."""
    from tests.server.cluster import create_cluster, destroy_cluster, find_bindir

    bindir = find_bindir()
    if bindir is None:
        return []
    cluster = create_cluster(bindir)
    try:
        name, owner, password = cluster.new_database()
        url = cluster.socket_url(name)
        ids = _build(url, owner, password)
        return [*_detect(url, ids), _refused_share(url, ids)]
    finally:
        destroy_cluster(cluster)


def _build(url: str, owner: str, password: str) -> dict[str, int]:
    from barnearket.domain.clock import SystemClock
    from barnearket.domain.model import ChildDetails, GateAnswer, Parent
    from barnearket.domain.roles import Role
    from barnearket.services import concerns
    from barnearket.services.actions import add_action
    from barnearket.services.cases import answer_gate, create_case
    from barnearket.services.children import add_child
    from barnearket.services.context import Actor, ServiceContext
    from barnearket.services.sheets import start_sheet
    from barnearket.services.units import add_unit
    from barnearket.storage.location import StoreLocation
    from barnearket.storage.server.connect import ServerLocation
    from barnearket.storage.server.setup import add_person, init_database
    from barnearket.storage.store import open_store

    init_database(ServerLocation.parse(url), owner, password, admin_login="admin", admin_name="Ánte Admin",
                  admin_password="admin sitt passord æøå")
    location = StoreLocation.server(url)
    admin = open_store(location, login="admin", passphrase="admin sitt passord æøå")
    try:
        assert admin.user is not None
        me = Actor(admin.user.id, "admin", Role.ADMIN)
        with admin.session() as session, session.begin():
            unit = add_unit(ServiceContext(session, me, SystemClock()), name="Rustjenesten", service="rus")
        with admin.session() as session, session.begin():
            add_person(session, WORKER, "Kari Ødegård", Role.SAKSBEHANDLER, ["Rustjenesten"], WORKER_PASS)
    finally:
        admin.close()
    kari = open_store(location, login=WORKER, passphrase=WORKER_PASS)
    try:
        assert kari.user is not None
        with kari.session() as session, session.begin():
            ctx = ServiceContext(session, Actor(kari.user.id, WORKER, Role.SAKSBEHANDLER), SystemClock())
            case_id = create_case(ctx, unit_id=unit, parent=Parent(name="Áilu Čeavrris"))
            answer_gate(ctx, case_id, GateAnswer.JA)
            child = add_child(ctx, case_id, ChildDetails(name="Máret Ŋuolas", birth_date=date(2015, 4, 9)))
            concern = concerns.open_concern(ctx, case_id, child, level=2)
            action = add_action(ctx, concern, "Samtale hver uke", responsible="Helsesykepleier",
                                evaluate_on=date.today() + timedelta(days=30))
            sheet = start_sheet(ctx, case_id, form_id="barnearket", form_version=1)
    finally:
        kari.close()
    return {"case": case_id, "concern": concern, "action": action, "sheet": sheet}


class _Client:
    """One person's login and what she last read of each record."""

    def __init__(self, url: str, ids: dict[str, int]) -> None:
        from barnearket.storage.location import StoreLocation
        from barnearket.storage.store import open_store

        self.store = open_store(StoreLocation.server(url), login=WORKER, passphrase=WORKER_PASS)
        self.ids = ids

    def work(self) -> Any:
        from contextlib import contextmanager

        from barnearket.domain.clock import SystemClock
        from barnearket.domain.roles import Role
        from barnearket.services.context import Actor, ServiceContext

        user = self.store.user
        assert user is not None

        @contextmanager
        def unit() -> Any:
            with self.store.session() as session, session.begin():
                yield ServiceContext(session, Actor(user.id, WORKER, Role.SAKSBEHANDLER), SystemClock())

        return unit()

    def read(self, record: str) -> int:
        from barnearket.services.conflicts import version

        with self.work() as ctx:
            if record == "answer":
                return answer_version(ctx, self.ids["sheet"], "parent_situation")
            if record == "level":
                return version(ctx, "concerns", self.ids["concern"])
            return version(ctx, "actions", self.ids["action"])

    def save(self, record: str, base: int, n: int) -> None:
        from barnearket.domain.model import ActionStatus
        from barnearket.services import concerns
        from barnearket.services.corrections import update_action
        from barnearket.services.sheets import answer_question

        with self.work() as ctx:
            if record == "answer":
                answer_question(ctx, self.ids["sheet"], "parent_situation", f"Utkast {n}", base=base)
            elif record == "level":
                concerns.set_level(ctx, self.ids["concern"], 1 + n % 3, base=base)
            else:
                update_action(ctx, self.ids["action"], f"Samtale {n}", responsible="", deadline=None,
                              evaluate_on=None, status=ActionStatus.PLANNED, base=base)


def _detect(url: str, ids: dict[str, int]) -> list[dict[str, Any]]:
    from barnearket.domain.conflicts import EditConflictError

    client = _Client(url, ids)
    try:
        accepted, refused = [], []
        for n in range(30):
            base = client.read("answer")
            started = time.perf_counter()
            client.save("answer", base, 2 * n)
            accepted.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            try:
                client.save("answer", base, 2 * n + 1)
            except EditConflictError:
                refused.append((time.perf_counter() - started) * 1000)
        assert len(refused) == 30, "every stale save must be refused"
    finally:
        client.store.close()
    accept = round(statistics.median(accepted), 3)
    return [figure("together.conflict_detect_ms", statistics.median(refused), "ms", baseline=accept)]


def _refused_share(url: str, ids: dict[str, int]) -> dict[str, Any]:
    from barnearket.domain.conflicts import EditConflictError
    from barnearket.storage.versions import is_stale

    counts = {"saved": 0, "refused": 0, "raced": 0, "failed": 0}
    lock = threading.Lock()
    clients = [_Client(url, ids) for _ in range(CLIENTS)]
    start = threading.Barrier(CLIENTS)

    def person(index: int) -> None:
        rng = random.Random(index)
        client = clients[index]
        start.wait()
        for n in range(SAVES):
            record = rng.choice(RECORDS)
            base = client.read(record)
            time.sleep(rng.uniform(0, 0.04))
            try:
                client.save(record, base, index * 100 + n)
                outcome = "saved"
            except EditConflictError:
                outcome = "refused"
            except Exception as exc:  # the database's own refusal of a race, or a fault counted as such
                outcome = "raced" if is_stale(exc) else "failed"
            with lock:
                counts[outcome] += 1

    threads = [threading.Thread(target=person, args=(i,)) for i in range(CLIENTS)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        for client in clients:
            client.store.close()
    assert counts["failed"] == 0, counts
    total = sum(counts.values())
    refused = counts["refused"] + counts["raced"]
    return figure("together.conflict_refused_share", refused / total, "share", baseline=total)


def answer_version(ctx: Any, sheet_id: int, question_id: str) -> int:
    """The stored version of one parent answer (0 when it has none)."""
    from sqlalchemy import select

    from barnearket.storage.orm.sheets import SheetAnswerRow

    found = ctx.session.scalar(select(SheetAnswerRow.row_version).where(
        SheetAnswerRow.sheet_id == sheet_id, SheetAnswerRow.question_id == question_id,
        SheetAnswerRow.child_id.is_(None)))
    return int(found or 0)
