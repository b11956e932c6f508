"""Grows a built demo municipality on the server to many times its size with set-based SQL (a helper
of `server.py`, not a benchmark): the demo generator writes through the services, about 30 cases a
second on a busy machine, so 100,000 cases would take an hour; copying its 10,000 cases nine times
inside PostgreSQL takes a minute or two.

Every table that holds case data (`CASE_PATHS`) is copied as it is, with its own id and every foreign
key into another case table moved past the original's largest id, so copy k is a faithful second town
with the same mix of levels, steps, dates and units; case numbers keep their year and get k·10,000
added to their serial. The audit log is not copied (the overview does not read it). It runs as the
cluster's superuser with `session_replication_role = replica`, so no trigger (row versions, checkout
guards, live notices) fires for rows that are a copy of rows that already passed them.
"""

from __future__ import annotations

from typing import Any

SKIP = frozenset({"case_checkouts"})


def multiply(superuser_dsn: str, factor: int) -> int:
    """Make the database `factor` times as large; the number of cases afterwards."""
    import psycopg

    from barnearket.storage.server.policies import CASE_PATHS

    tables = [t for t in CASE_PATHS if t not in SKIP]  # parents come before their children
    with psycopg.connect(superuser_dsn, autocommit=False) as con:
        con.execute("SET session_replication_role = replica")
        offsets = {t: _max_id(con, t) for t in tables}
        links = _case_links(con, set(tables))
        for k in range(1, factor):
            for table in tables:
                con.execute(_copy_sql(con, table, k, offsets, links.get(table, {})))
        for table in (t for t in tables if offsets[t]):
            con.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}")
        con.commit()
        con.autocommit = True
        con.execute("ANALYZE")
        return int(con.execute("SELECT count(*) FROM cases").fetchone()[0])  # type: ignore[index]


def _max_id(con: Any, table: str) -> int:
    has_id = "id" in _columns(con, table)
    return int(con.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]) if has_id else 0


def _case_links(con: Any, tables: set[str]) -> dict[str, dict[str, str]]:
    """table -> {column: referenced case table} for every single-column foreign key between case tables."""
    links: dict[str, dict[str, str]] = {}
    for table, column, target in con.execute(
            """SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text
                 FROM pg_constraint c
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1"""):
        if table in tables and target in tables:
            links.setdefault(table, {})[column] = target
    return links


def _copy_sql(con: Any, table: str, k: int, offsets: dict[str, int], links: dict[str, str]) -> str:
    columns = _columns(con, table)
    values = []
    for column in columns:
        if column == "id":
            values.append(f"id + {k * offsets[table]}")
        elif column in links:
            values.append(f"{column} + {k * offsets[links[column]]}")
        elif table == "cases" and column == "number":
            serial = f"split_part(number, '-', 2)::int + {k * 10_000}"
            values.append(f"split_part(number, '-', 1) || '-' || ({serial})")
        else:
            values.append(column)
    limit = f" WHERE id <= {offsets[table]}" if "id" in columns else ""
    if "id" not in columns:  # a link table: copy the original rows only (those linking to original ids)
        first = next(iter(links))
        limit = f" WHERE {first} <= {offsets[links[first]]}"
    names = ", ".join(columns)
    return f"INSERT INTO {table} ({names}) SELECT {', '.join(values)} FROM {table}{limit}"


def _columns(con: Any, table: str) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position", (table,))]
