"""Row-level security on every table holding case data, keyed on `current_user` (SQL as data).

Each case table reaches `cases.unit_id` through a chain of foreign keys (`CASE_PATHS`). A person
writes a row when its case belongs to one of her units (`barnearket_my_units()`); a koordinator also
reads every case. Policies are per group role. RLS is ENABLED and FORCED, so even the database
owner goes through a policy (`barnearket_eier`, for `init`, `demo` and migrations).
"""

from __future__ import annotations

from collections.abc import Iterator

# table -> [(parent table, this table's column pointing at it), ...] up to `cases`
CASE_PATHS: dict[str, tuple[tuple[str, str], ...]] = {
    "cases": (),
    "case_categories": (("cases", "case_id"),),
    "children": (("cases", "case_id"),),
    "child_services": (("children", "child_id"), ("cases", "case_id")),
    "sheets": (("cases", "case_id"),),
    "sheet_answers": (("sheets", "sheet_id"), ("cases", "case_id")),
    "concerns": (("cases", "case_id"),),
    "concern_categories": (("concerns", "concern_id"), ("cases", "case_id")),
    "level_changes": (("concerns", "concern_id"), ("cases", "case_id")),
    "concern_events": (("concerns", "concern_id"), ("cases", "case_id")),
    "observations": (("concerns", "concern_id"), ("cases", "case_id")),
    "consultations": (("concerns", "concern_id"), ("cases", "case_id")),
    "parent_conversations": (("concerns", "concern_id"), ("cases", "case_id")),
    "decisions": (("concerns", "concern_id"), ("cases", "case_id")),
    "decision_recipients": (("decisions", "decision_id"), ("concerns", "concern_id"), ("cases", "case_id")),
    "actions": (("concerns", "concern_id"), ("cases", "case_id")),
    "evaluations": (("actions", "action_id"), ("concerns", "concern_id"), ("cases", "case_id")),
    "consents": (("cases", "case_id"),),
    "consent_recipients": (("consents", "consent_id"), ("cases", "case_id")),
    "reports": (("concerns", "concern_id"), ("cases", "case_id")),
    "report_sections": (("reports", "report_id"), ("concerns", "concern_id"), ("cases", "case_id")),
    "pregnancies": (("children", "child_id"), ("cases", "case_id")),
    "responsibility_members": (("children", "child_id"), ("cases", "case_id")),
    "plan_deliveries": (("sheets", "sheet_id"), ("cases", "case_id")),
    "case_checkouts": (("cases", "case_id"),),
}
CASE_TABLES = tuple(CASE_PATHS)

MINE = "unit_id = ANY ((SELECT barnearket_my_units())::integer[])"
KOORDINATOR = "barnearket_koordinator"
CASE_WORKERS = "barnearket_saksbehandler, barnearket_admin"


def in_my_units(table: str) -> str:
    """A condition true for rows of `table` whose case is in one of the current person's units,
    joining up to `cases` (used for the koordinator, who sees every parent row)."""
    path = CASE_PATHS[table]
    if not path:
        return MINE
    aliases = [f"p{n}" for n in range(len(path))]
    joins = [f"{path[0][0]} {aliases[0]}"]
    for n in range(1, len(path)):
        parent, column = path[n]
        joins.append(f"JOIN {parent} {aliases[n]} ON {aliases[n]}.id = {aliases[n - 1]}.{column}")
    return (f"EXISTS (SELECT 1 FROM {' '.join(joins)} WHERE {aliases[0]}.id = {table}.{path[0][1]} "
            f"AND {aliases[-1]}.{MINE})")


def parent_visible(table: str) -> str:
    """The row's parent row is visible: the parent's own policy decides (chained row security).
    For a saksbehandler or admin, seeing a parent means it is in her units."""
    path = CASE_PATHS[table]
    if not path:
        return MINE
    parent, column = path[0]
    return f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {table}.{column})"


def case_table_sql(table: str, owner: str) -> Iterator[str]:
    """Enable and force RLS on one case table and give it its policies.

    Permissive policies add up (OR): the koordinator reads every row (a policy of plain `true`, so
    the overview costs nothing extra) and writes only in her units; a saksbehandler and an admin
    read and write rows whose parent they see, which ends in `cases.unit_id` of their units.
    """
    yield f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"
    yield f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"
    yield f'CREATE POLICY barnearket_eier ON {table} TO "{owner}" USING (true) WITH CHECK (true)'
    yield f"CREATE POLICY barnearket_les_alle ON {table} FOR SELECT TO {KOORDINATOR} USING (true)"
    mine = in_my_units(table)
    yield (f"CREATE POLICY barnearket_koordinator ON {table} TO {KOORDINATOR} "
           f"USING ({mine}) WITH CHECK ({mine})")
    visible = parent_visible(table)
    yield (f"CREATE POLICY barnearket_egne ON {table} TO {CASE_WORKERS} "
           f"USING ({visible}) WITH CHECK ({visible})")


# users: everyone reads; admins write any row, others only their own profile columns (see grants).
# audit_log: everyone appends; admins and koordinators read all rows, others their own.
OTHER_POLICIES = (
    "ALTER TABLE users ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY barnearket_les ON users FOR SELECT USING (true)",
    "CREATE POLICY barnearket_ny ON users FOR INSERT WITH CHECK ((SELECT barnearket_is_admin()))",
    "CREATE POLICY barnearket_endre ON users FOR UPDATE "
    "USING ((SELECT barnearket_is_admin()) OR login = current_user) "
    "WITH CHECK ((SELECT barnearket_is_admin()) OR login = current_user)",
    "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY barnearket_les ON audit_log FOR SELECT "
    "USING ((SELECT barnearket_reads_whole_log()) OR actor_id = (SELECT barnearket_my_id()))",
    "CREATE POLICY barnearket_ny ON audit_log FOR INSERT "
    "WITH CHECK (actor_id IS NULL OR actor_id = (SELECT barnearket_my_id()))",
)


def policy_sql(owner: str) -> list[str]:
    """Every RLS statement of the schema, in order."""
    statements: list[str] = []
    for table in CASE_TABLES:
        statements += case_table_sql(table, owner)
    return statements + list(OTHER_POLICIES)
