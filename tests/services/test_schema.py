"""Migration 0002 builds exactly the tables, indexes and keys the ORM declares."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.schema import CreateIndex

from barnearket.storage.casefile import CaseFile
from barnearket.storage.migrate import current_revision, head_revision
from barnearket.storage.orm.registry import load_all_tables

MINE = {
    "cases", "case_categories", "children", "child_services", "sheets", "sheet_answers", "concerns",
    "concern_categories", "level_changes", "concern_events", "observations", "consultations",
    "parent_conversations", "decisions", "decision_recipients", "actions", "evaluations", "consents",
    "consent_recipients", "reports", "report_sections",
}


def test_migrated_file_matches_the_orm(case_file: CaseFile) -> None:
    base = load_all_tables()
    with case_file.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, base.metadata) == []


@pytest.mark.file_only("reads SQLite's own catalogue; the server's grants and policies: tests/server")
def test_indexes_have_the_declared_definitions(case_file: CaseFile) -> None:
    base = load_all_tables()
    with case_file.engine.connect() as conn:
        stored: dict[str, str] = dict(conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")).all())
        for table in MINE:
            for index in base.metadata.tables[table].indexes:
                expected = str(CreateIndex(index).compile(conn)).strip()
                assert " ".join(stored[str(index.name)].split()) == " ".join(expected.split())


def test_all_tables_exist(case_file: CaseFile) -> None:
    with case_file.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    assert names >= MINE


@pytest.mark.file_only("a downgrade is for old files; a server's schema is only ever upgraded by its owner")
def test_downgrade_to_0001_and_back(case_file: CaseFile) -> None:
    from alembic import command
    from alembic.config import Config

    from barnearket.storage.migrate import MIGRATIONS

    with case_file.engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        tables = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
        assert not tables & MINE and "users" in tables
        command.upgrade(config, "head")
        assert current_revision(conn) == head_revision()
