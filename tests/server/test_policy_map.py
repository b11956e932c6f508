"""Every table the program knows has access rules on a server (no PostgreSQL needed).

A new table holding case data must be added to `policies.CASE_PATHS` (its way up to `cases`), any
other to `roles.TABLE_GRANTS`; otherwise nobody could use it on a server, or worse, RLS would miss it.
"""

from __future__ import annotations

from barnearket.storage.orm.registry import load_all_tables
from barnearket.storage.server.policies import CASE_PATHS, in_my_units, parent_visible
from barnearket.storage.server.roles import TABLE_GRANTS


def test_every_table_has_grants_and_every_case_table_a_path() -> None:
    tables = set(load_all_tables().metadata.tables) | {"alembic_version"}
    assert tables == set(TABLE_GRANTS)
    for table in tables - {"alembic_version"}:
        columns = set(load_all_tables().metadata.tables[table].c.keys())
        if columns & {"case_id", "concern_id"}:
            assert table in CASE_PATHS, table


def test_paths_follow_real_foreign_keys() -> None:
    metadata = load_all_tables().metadata
    for table, path in CASE_PATHS.items():
        current = table
        for parent, column in path:
            targets = {fk.column.table.name for fk in metadata.tables[current].c[column].foreign_keys}
            assert targets == {parent}, (table, column)
            current = parent
        assert current == "cases"
        assert "unit_id" in in_my_units(table) and parent_visible(table)
