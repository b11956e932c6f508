"""On a server, the person helpers the row-level policies call become PL/pgSQL (their plans are kept).

A SQL function that reads tables is not inlined, and its body was planned again in every statement,
once for each place a policy called it: a save's chained policies spent most of their time there.
PL/pgSQL keeps the plan for the connection's lifetime. Same names, arguments and results, so no
policy changes; a case file (SQLite) has none of these functions and is not touched.

Revision ID: 0013_perf13
Revises: 0009_checkout
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_perf13"
down_revision = "0009_checkout"
branch_labels = None
depends_on = None

_PERSON = "SELECT {what} FROM users WHERE login = current_user AND active"
_MY_UNITS = """SELECT coalesce(array_agg(DISTINCT unit), '{}') FROM (
    SELECT m.unit_id AS unit FROM user_units m JOIN users u ON u.id = m.user_id
     WHERE u.login = current_user AND u.active
    UNION ALL
    SELECT unit_id FROM users WHERE login = current_user AND active AND unit_id IS NOT NULL) mine"""
# name -> (result type, query); frozen here as this revision wrote them
_HELPERS = {
    "barnearket_my_id": ("integer", _PERSON.format(what="id")),
    "barnearket_my_role": ("text", _PERSON.format(what="role")),
    "barnearket_my_units": ("integer[]", _MY_UNITS),
    "barnearket_reads_all": ("boolean", "SELECT coalesce(barnearket_my_role() = 'koordinator', false)"),
    "barnearket_is_admin": ("boolean", "SELECT coalesce(barnearket_my_role() = 'admin', false)"),
    "barnearket_reads_whole_log": ("boolean",
                                   "SELECT coalesce(barnearket_my_role() IN ('admin', 'koordinator'), false)"),
}


def _on_set_up_server(bind: sa.Connection) -> bool:
    return bind.dialect.name == "postgresql" and bool(bind.exec_driver_sql(
        "SELECT to_regprocedure('barnearket_my_id()') IS NOT NULL").scalar())


def upgrade() -> None:
    bind = op.get_bind()
    if not _on_set_up_server(bind):
        return
    for name, (returns, query) in _HELPERS.items():
        bind.exec_driver_sql(f"""CREATE OR REPLACE FUNCTION {name}() RETURNS {returns} LANGUAGE plpgsql
            STABLE AS $$ BEGIN RETURN ({query}); END $$""".replace("%", "%%"))


def downgrade() -> None:
    bind = op.get_bind()
    if not _on_set_up_server(bind):
        return
    for name, (returns, query) in _HELPERS.items():
        bind.exec_driver_sql(f"""CREATE OR REPLACE FUNCTION {name}() RETURNS {returns} LANGUAGE sql
            STABLE AS $$ {query} $$""".replace("%", "%%"))
