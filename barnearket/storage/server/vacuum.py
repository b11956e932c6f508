"""After a purge on the server: VACUUM the case tables, so the deleted rows' dead versions leave the
tables' and indexes' pages, when the login may (only the tables' owner may VACUUM on PostgreSQL 15).

A person's own login is never the owner, so after a purge from the app the dead row versions wait for
autovacuum; IT (or a nightly job) clears them at once with `barnearket purge URL --vacuum` as the
owner. `VACUUM FULL` rewrites each table and its indexes and TOAST into new files and truncates the
old ones, so nothing of the deleted rows is left in the database's files (the WAL and the server's
own backups are another matter: docs/server.md). It holds each table's lock for the time it takes
(well under a second per table for a municipality), so it suits a quiet hour.
"""

from __future__ import annotations

from sqlalchemy import Engine

from barnearket.storage.server.policies import CASE_TABLES

_NOT_MINE = ("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
             "AND tablename = ANY(%s) AND NOT pg_has_role(current_user, tableowner, 'USAGE')")


def may_vacuum(engine: Engine) -> bool:
    """True when the login owns every case table (the database owner)."""
    with engine.connect() as connection:
        foreign = connection.exec_driver_sql(_NOT_MINE, (list(CASE_TABLES),)).scalar_one()
        connection.rollback()
    return int(foreign) == 0


def vacuum_case_tables(engine: Engine, *, full: bool = True) -> bool:
    """VACUUM (FULL) every case table; False, doing nothing, when the login is not their owner."""
    if not may_vacuum(engine):
        return False
    how = "(FULL, ANALYZE)" if full else "(ANALYZE)"
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in CASE_TABLES:
            connection.exec_driver_sql(f"VACUUM {how} {table}")
    return True
