"""After a case is purged: checkpoint the write-ahead log into the file, rebuild the file without free
pages, and empty the log, so none of the deleted content is left in any page of the file or its log
(secure_delete has already overwritten the deleted cells)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

CHECKPOINT = "PRAGMA wal_checkpoint(TRUNCATE)"

if TYPE_CHECKING:
    from barnearket.storage.store import Store


def scrub(engine: Engine, attempts: int = 20) -> bool:
    """Checkpoint, VACUUM, checkpoint again; False if a reader kept the log from being emptied."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        _checkpoint(raw, attempts)
        raw.execute("VACUUM")
        return _checkpoint(raw, attempts)


def _checkpoint(raw: Any, attempts: int) -> bool:
    for _ in range(attempts):
        busy, _, _ = raw.execute(CHECKPOINT).fetchone()
        if not busy:
            return True
        time.sleep(0.05)
    return False


def scrub_store(store: Store) -> bool:
    """Scrub a case file after a purge; on the server the deleted rows need nothing more from the app.

    On PostgreSQL the rows are gone at commit and autovacuum reclaims their space; how long the
    server's own backups and WAL archive keep them is IT's rotation (`docs/server.md`).
    """
    from barnearket.storage.casefile import CaseFile

    if isinstance(store, CaseFile):
        return scrub(store.engine)
    return True
