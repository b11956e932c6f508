"""After a case is purged: on a case file, checkpoint the write-ahead log into the file, rebuild the
file without free pages, and empty the log, so none of the deleted content is left in any page of the
file or its log (secure_delete has already overwritten the deleted cells); on the server, VACUUM."""

from __future__ import annotations

import time
from enum import Enum
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


class Scrubbed(Enum):
    """What the store could do about the purged case's remains after the commit."""

    CLEARED = "cleared"      # nothing of it is left in the store's files
    LOG_BUSY = "log_busy"    # a case file whose log a reader holds: emptied when the file closes
    SERVER_LATER = "later"   # a server: autovacuum, or IT's `purge URL --vacuum`, clears the dead rows


def scrub_store(store: Store) -> Scrubbed:
    """Scrub a case file after a purge; on the server, VACUUM the case tables if the login may.

    On PostgreSQL the rows are gone for every reader at commit, but their dead versions stay in the
    tables' pages until a VACUUM, which only the tables' owner may run (`storage/server/vacuum.py`);
    for a person's login that is autovacuum's job, or IT's. How long the server's WAL and backups
    keep them is IT's rotation (`docs/server.md`).
    """
    from barnearket.storage.casefile import CaseFile

    if isinstance(store, CaseFile):
        return Scrubbed.CLEARED if scrub(store.engine) else Scrubbed.LOG_BUSY
    from barnearket.storage.server.vacuum import vacuum_case_tables
    from barnearket.storage.serverstore import ServerStore

    if isinstance(store, ServerStore) and vacuum_case_tables(store.engine):
        return Scrubbed.CLEARED
    return Scrubbed.SERVER_LATER
