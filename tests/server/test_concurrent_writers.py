"""20 processes × 100 writes through the services on overlapping cases, on a real server."""

from __future__ import annotations

from sqlalchemy.orm import Session

from barnearket.services.serverdemo import create_demo_database
from barnearket.storage import audit
from barnearket.storage.server.setup import person_engine
from tests.server.fixtures import PgDatabase
from tests.server.helpers import Made
from tests.server.writers import Job, run_writers

PROCESSES, WRITES = 20, 100


def test_every_acknowledged_write_is_there_and_the_chain_holds(pg_database: PgDatabase) -> None:
    made = Made(pg_database)
    create_demo_database(made.location, pg_database.owner, pg_database.password, cases=40, seed=5)
    with made.owner() as con:
        concerns = tuple(r[0] for r in con.execute("SELECT id FROM concerns ORDER BY id LIMIT 4"))
        rows_before = con.execute("SELECT count(*) FROM observations").fetchone()
    assert len(concerns) == 4
    jobs = [Job(pg_database.socket_url, "demo", "demo", concerns[i % 2: i % 2 + 3], WRITES, f"p{i:02d}")
            for i in range(PROCESSES)]
    results = run_writers(jobs)

    failures = [f for written in results for f in written.failures]
    assert not failures, failures
    acknowledged = {(w.tag, n): row_id for w in results for n, row_id in w.acknowledged}
    assert len(acknowledged) == PROCESSES * WRITES
    with made.owner() as con:
        stored = {r[0]: r[1] for r in con.execute("SELECT id, text FROM observations")}
        seqs = [r[0] for r in con.execute("SELECT seq FROM audit_log ORDER BY seq")]
        created = con.execute("SELECT count(*) FROM audit_log WHERE object_type = 'observation' "
                              "AND action = 'create'").fetchone()
    for (tag, n), row_id in acknowledged.items():
        assert stored.get(row_id) == f"{tag} skriving {n}"
    assert rows_before is not None and len(stored) == rows_before[0] + PROCESSES * WRITES
    assert seqs == list(range(1, len(seqs) + 1)), "no gap and no duplicate sequence number"
    assert created is not None and created[0] >= PROCESSES * WRITES
    engine = person_engine(made.location, "demo", "demo")
    try:
        with Session(engine) as session:
            report = audit.verify(session)
        assert report.ok and report.rows == len(seqs)
    finally:
        engine.dispose()
