"""Benchmarks of cases taken along (issue 14 point 4) on a throwaway PostgreSQL cluster.

together.checkout_100_s: one saksbehandler takes 100 of her cases along into a new laptop file
(export through row-level security, the checkout rows, the new encrypted file written and filled);
the key derivation runs once with parameters calibrated beforehand (calibrating, ~1–2 s, is left out,
as the app does it while the person types). together.checkin_100_s: the same 100 cases back, after
one offline observation in each: the server copies replaced, the laptop's audit rows carried over,
the copy shredded. Wall time of one run each; the demo municipality has BARNEARKET_CHECKOUT_CASES
cases (default 800) so the person has 100 of her own.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import figure
from benchmarks.demoserver import demo_server

CASES = int(os.environ.get("BARNEARKET_CHECKOUT_CASES", "800"))
TAKEN = 100


def run() -> list[dict[str, Any]]:
    """Start a cluster, build the demo database, take 100 cases along and back, stop."""
    with demo_server(CASES, seed=5) as server:
        if server is None:
            return []
        login, numbers = _busiest_worker(server.cluster, server.name, server.owner, server.password)
        return _measure(server.url, login, numbers)


def _busiest_worker(cluster: Any, name: str, owner: str, password: str) -> tuple[str, list[str]]:
    import psycopg

    with psycopg.connect(host=str(cluster.socket_dir), port=cluster.port, dbname=name, user=owner,
                         password=password) as con:
        busiest = con.execute(
            "SELECT u.login FROM users u JOIN user_units m ON m.user_id = u.id JOIN cases c "
            "ON c.unit_id = m.unit_id WHERE u.role = 'saksbehandler' AND u.active "
            "GROUP BY u.login ORDER BY count(*) DESC LIMIT 1").fetchone()
        assert busiest is not None, "the demo municipality has no saksbehandler"
        login = busiest[0]
        numbers = [r[0] for r in con.execute(
            "SELECT c.number FROM cases c JOIN user_units m ON m.unit_id = c.unit_id JOIN users u "
            "ON u.id = m.user_id WHERE u.login = %s AND c.transferred_on IS NULL ORDER BY c.number LIMIT %s",
            (login, TAKEN))]
    return str(login), numbers


def _measure(url: str, login: str, numbers: list[str]) -> list[dict[str, Any]]:
    from barnearket.services.checkin import check_in
    from barnearket.services.checkout import check_out
    from barnearket.services.demo import DEMO_PASSPHRASE
    from barnearket.storage import kdf
    from barnearket.storage.location import StoreLocation
    from barnearket.storage.opening import open_case_file
    from barnearket.storage.store import open_store

    location, params = StoreLocation.parse(url), kdf.calibrate()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "med.barnearket"
        server = open_store(location, login=login, passphrase=DEMO_PASSPHRASE)
        try:
            started = time.perf_counter()
            check_out(server, numbers, path, DEMO_PASSPHRASE, kdf_params=params)
            out_s = time.perf_counter() - started
        finally:
            server.close()
        laptop = open_case_file(path, login=login, passphrase=DEMO_PASSPHRASE)
        _work_offline(laptop)
        server = open_store(location, login=login, passphrase=DEMO_PASSPHRASE)
        try:
            started = time.perf_counter()
            check_in(laptop, server)
            in_s = time.perf_counter() - started
        finally:
            server.close()
            laptop.close()
    assert len(numbers) == TAKEN, f"the busiest worker has only {len(numbers)} cases"
    return [figure("together.checkout_100_s", out_s, "s"), figure("together.checkin_100_s", in_s, "s")]


def _work_offline(laptop: Any) -> None:
    from sqlalchemy import select

    from barnearket.domain.clock import SystemClock
    from barnearket.domain.errors import DomainError
    from barnearket.domain.roles import Role
    from barnearket.services import steps
    from barnearket.services.context import Actor, ServiceContext
    from barnearket.storage.orm.concerns import ConcernRow

    user = laptop.user
    with laptop.session() as session, session.begin():
        ctx = ServiceContext(session, Actor(user.id, user.login, Role(user.role)), SystemClock())
        seen: set[int] = set()
        for concern_id, case_id in session.execute(select(ConcernRow.id, ConcernRow.case_id)).all():
            if case_id not in seen:
                try:
                    steps.add_observation(ctx, concern_id, "Hjemmebesøk: observert på laptopen")
                    seen.add(case_id)
                except DomainError:  # a closed concern takes no new entries; the next one may
                    continue
