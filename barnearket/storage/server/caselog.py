"""The audit rows of one case for whoever may see the case, on the server.

Row-level security lets a saksbehandler read only her own rows of the audit log, but a family's
innsyn must list everyone who opened or changed their case. `barnearket_case_log(case)` is a
SECURITY DEFINER function owned by the database owner: it returns nothing unless the caller
(`session_user`) may see the case exactly as the case tables' policies say (a koordinator every case,
others the cases of their units), and then every audit row about the case or one of its parts, found
through the same foreign-key chains as the policies (`CASE_PATHS`). The log holds ids and field names
only, so this shows no content of any case.
"""

from __future__ import annotations

from barnearket.storage.server.policies import CASE_PATHS

# the audit log's object types -> their tables
OBJECT_TABLES = {"case": "cases", "child": "children", "sheet": "sheets", "consent": "consents",
                 "concern": "concerns", "observation": "observations", "consultation": "consultations",
                 "parent_conversation": "parent_conversations", "decision": "decisions",
                 "action": "actions", "evaluation": "evaluations", "report": "reports"}
SIGNATURE = "barnearket_case_log(integer)"
GROUPS = "barnearket_saksbehandler, barnearket_koordinator, barnearket_admin"


def ids_in_case(table: str) -> str:
    """A query for the ids of `table`'s rows that belong to case `case_no`."""
    path = CASE_PATHS[table]
    if not path:
        return "SELECT case_no"
    joins, previous = [f"{table} t"], "t"
    for n, (parent, column) in enumerate(path):
        joins.append(f"JOIN {parent} p{n} ON p{n}.id = {previous}.{column}")
        previous = f"p{n}"
    return f"SELECT t.id FROM {' '.join(joins)} WHERE {previous}.id = case_no"


def function_sql() -> str:
    """CREATE OR REPLACE the function (plpgsql, so it can be made before the tables it reads)."""
    about = " OR ".join(f"(l.object_type = '{kind}' AND l.object_id IN ({ids_in_case(table)}))"
                        for kind, table in OBJECT_TABLES.items())
    return f"""CREATE OR REPLACE FUNCTION {SIGNATURE.replace("integer", "case_no integer")}
        RETURNS SETOF audit_log LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
    BEGIN
        IF NOT EXISTS (
            SELECT 1 FROM cases c JOIN users u ON u.login = session_user AND u.active
             WHERE c.id = case_no
               AND (u.role = 'koordinator' OR c.unit_id = u.unit_id
                    OR c.unit_id IN (SELECT m.unit_id FROM user_units m WHERE m.user_id = u.id))) THEN
            RETURN;
        END IF;
        RETURN QUERY SELECT l.* FROM audit_log l WHERE {about} ORDER BY l.seq;
    END $$"""


def install_sql() -> list[str]:
    """The function, closed to PUBLIC and open to the three groups (when they exist yet)."""
    return [
        function_sql(),
        f"REVOKE EXECUTE ON FUNCTION {SIGNATURE} FROM PUBLIC",
        f"""DO $$ BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'barnearket_admin') THEN
                GRANT EXECUTE ON FUNCTION {SIGNATURE} TO {GROUPS};
            END IF; END $$""",
    ]
