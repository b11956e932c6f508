"""The database's guard for cases taken along: no write reaches a checked-out case (SQL as data).

Every case table gets a row trigger that finds the row's case through `CASE_PATHS` and refuses the
write while `case_checkouts` holds that case, unless the writing transaction is the one that set
`checkin_tx` (the check-in bringing the case back). Only the person who took the case along may set
it (with the laptop copy's token), and only an administrator releases one.
"""

from __future__ import annotations

from collections.abc import Iterator

from barnearket.storage.server.policies import CASE_PATHS

TABLE = "case_checkouts"
GUARDED = tuple(t for t in CASE_PATHS if t != TABLE)
REFUSED_STATE = "55006"  # same as storage/checkouts.GUARD_STATE
"""SQLSTATE object_in_use: what the guard raises, so the program can tell it from other refusals."""
MESSAGE = "barnearket: the case is checked out"


def _case_of(table: str, row: str) -> str:
    """SQL for the case id of `row` (NEW or OLD) of `table`, joining up the foreign keys."""
    path = CASE_PATHS[table]
    if not path:
        return f"{row}.id"
    if len(path) == 1:
        return f"{row}.{path[0][1]}"
    joins, current, value = [], path[0][0], f"{row}.{path[0][1]}"
    aliases = [f"p{n}" for n in range(len(path) - 1)]
    joins.append(f"{current} {aliases[0]}")
    for n in range(1, len(path) - 1):
        parent, column = path[n]
        joins.append(f"JOIN {parent} {aliases[n]} ON {aliases[n]}.id = {aliases[n - 1]}.{column}")
    last = f"{aliases[-1]}.{path[-1][1]}"
    return f"(SELECT {last} FROM {' '.join(joins)} WHERE {aliases[0]}.id = {value})"


def guard_sql(table: str) -> Iterator[str]:
    """The guard function and trigger of one case table."""
    name = f"barnearket_vakt_{table}"
    yield f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE held boolean;
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM {TABLE}) THEN
            RETURN coalesce(NEW, OLD);
        END IF;
        SELECT bool_or(c.checkin_tx IS DISTINCT FROM txid_current()) INTO held FROM {TABLE} c
         WHERE (TG_OP <> 'DELETE' AND c.case_id = {_case_of(table, "NEW")})
            OR (TG_OP <> 'INSERT' AND c.case_id = {_case_of(table, "OLD")});
        IF coalesce(held, false) THEN
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = '{REFUSED_STATE}';
        END IF;
        RETURN coalesce(NEW, OLD);
    END $$"""
    yield (f"CREATE TRIGGER barnearket_vakt BEFORE INSERT OR UPDATE OR DELETE ON {table} "
           f"FOR EACH ROW EXECUTE FUNCTION {name}()")


_OWNER = "(SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'users')"
# Beside the ordinary case-table policies (case_table_sql): a new checkout is always the person's own
# and not yet claimed. Nobody updates or deletes a checkout row directly (no such grant): the taker
# claims hers only with the laptop copy's token (`CLAIM`), an administrator releases (`RELEASE`), and
# deleting the case at check-in removes it (the cascade).
OWN_ROWS = (
    f"CREATE POLICY barnearket_egen_ny ON {TABLE} AS RESTRICTIVE FOR INSERT "
    f"WITH CHECK ((user_id = (SELECT barnearket_my_id()) AND checkin_tx IS NULL) OR current_user = {_OWNER})",
)
_DEFINER = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp"
CLAIM = f"""CREATE FUNCTION barnearket_claim_checkout(copy_token text) RETURNS SETOF integer {_DEFINER} AS $$
    BEGIN
        RETURN QUERY UPDATE {TABLE} c SET checkin_tx = txid_current()
            WHERE c.token = encode(sha256(convert_to(copy_token, 'UTF8')), 'hex')
              AND c.user_id = (SELECT id FROM users WHERE login = session_user AND active)
            RETURNING c.case_id;
    END $$"""
"""The check-in claims the taker's checkout rows for its own transaction, given the copy's token (the
server keeps only its SHA-256, so the token is proof of holding the laptop copy)."""
RELEASE = f"""CREATE FUNCTION barnearket_release_checkout(wanted text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE released integer;
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM users WHERE login = session_user AND role = 'admin' AND active) THEN
            RAISE EXCEPTION 'barnearket: only an administrator releases a checkout' USING ERRCODE = '42501';
        END IF;
        DELETE FROM {TABLE} c USING cases k WHERE k.id = c.case_id AND k.number = wanted
            RETURNING c.case_id INTO released;
        RETURN released;
    END $$"""
"""An administrator releases a checkout by case number, also for a case outside her units."""
GRANTS = ("GRANT EXECUTE ON FUNCTION barnearket_release_checkout(text) TO barnearket_admin",
          "GRANT EXECUTE ON FUNCTION barnearket_claim_checkout(text) TO barnearket_saksbehandler, "
          "barnearket_koordinator, barnearket_admin")


def checkout_sql() -> list[str]:
    """Every statement of the guard, after the policies exist (grants included)."""
    statements: list[str] = []
    for table in GUARDED:
        statements += guard_sql(table)
    return [*statements, *OWN_ROWS, CLAIM, RELEASE]
