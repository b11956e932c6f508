"""A server backend killed in the middle of a unit of work: a clear message (command line and the
window's save status), nothing half-written."""

from __future__ import annotations

import argparse

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from barnearket.cli.faults import server_fault
from barnearket.domain.clock import SystemClock
from barnearket.domain.model import Parent
from barnearket.services.cases import create_case
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.server.connect import translate
from barnearket.storage.server.errors import ServerProblem
from barnearket.ui.autosave import save_failure
from barnearket.ui.context import UiContext
from tests.seam.stores import OpenStore
from tests.server.cluster import Cluster


def _kill(cluster: Cluster, pid: int) -> None:
    with psycopg.connect(cluster.superuser_dsn(), autocommit=True) as con:
        assert con.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone() == (True,)


@pytest.mark.parametrize("store", ["server"], indirect=True)
def test_a_killed_backend_loses_the_whole_unit_of_work(store: OpenStore, pg_cluster: Cluster) -> None:
    with pytest.raises(DBAPIError) as caught, store.work() as ctx:
        create_case(ctx, unit_id=store.unit_id, parent=Parent(name="Ánde Guttorm"))
        pid = ctx.session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        _kill(pg_cluster, int(pid))
        create_case(ctx, unit_id=store.unit_id, parent=Parent(name="Risten Guttorm"))
    known = translate(caught.value)
    assert known is not None and known.kind is ServerProblem.CONNECTION_LOST
    assert "ble ikke skrevet" in known.message
    args = argparse.Namespace(file=str(store.location.url))
    said = server_fault(caught.value, args)
    assert said is not None and said.message == known.message
    window = UiContext(store.store, store.actor, SystemClock(), None, None)
    shown = save_failure(caught.value, window)  # what the status bar says, and the edits are kept
    assert shown is not None and shown.startswith(known.message) and "skadet" not in shown
    with store.relogin().read_session() as session:
        assert session.scalar(select(func.count()).select_from(CaseRow)) == 0
