"""Group roles, grants, helper functions and the audit-chain triggers of a server database.

Every person is a PostgreSQL LOGIN role named as their login, a member of one group role
(`GROUPS`). Table privileges go to the groups; row-level security (`policies.py`) narrows them to
the person's units, read from the `users` table by `current_user`. Admins get no CREATEROLE:
they add, disable and re-password people through SECURITY DEFINER functions owned by the database
owner, which accept only logins that are Barnearket people. The audit tables can only be appended
to: a deferred trigger numbers, links and hashes each new row at commit under the chain's advisory
lock (so the serialised part is only the commit) and advances the head; UPDATE, DELETE and
TRUNCATE are refused by triggers even for the owner.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from barnearket.domain.roles import Role
from barnearket.storage.audit import CHAIN_LOCK
from barnearket.storage.server.policies import CASE_TABLES, policy_sql

GROUPS: dict[Role, str] = {
    Role.SAKSBEHANDLER: "barnearket_saksbehandler",
    Role.KOORDINATOR: "barnearket_koordinator",
    Role.ADMIN: "barnearket_admin",
}
ALL_GROUPS = ", ".join(GROUPS.values())
ADMIN = GROUPS[Role.ADMIN]
NON_ADMINS = f"{GROUPS[Role.SAKSBEHANDLER]}, {GROUPS[Role.KOORDINATOR]}"
AUDIT_TABLES = ("audit_log", "audit_head")

_PERSON = "SELECT {what} FROM users WHERE login = current_user AND active"
_MY_UNITS = """SELECT coalesce(array_agg(DISTINCT unit), '{}') FROM (
                  SELECT m.unit_id AS unit FROM user_units m JOIN users u ON u.id = m.user_id
                   WHERE u.login = current_user AND u.active
                  UNION ALL
                  SELECT unit_id FROM users WHERE login = current_user AND active AND unit_id IS NOT NULL
              ) mine"""


def _helper(name: str, returns: str, query: str) -> str:
    """A person helper in PL/pgSQL: its query is planned once per connection and then kept, where a
    SQL function (not inlinable: it reads tables) is planned again in every statement, once for each
    place a policy calls it, which made a save's chained policies cost milliseconds on the server."""
    return f"""CREATE OR REPLACE FUNCTION {name}() RETURNS {returns} LANGUAGE plpgsql STABLE
        AS $$ BEGIN RETURN ({query}); END $$"""


HELPERS = (
    _helper("barnearket_my_id", "integer", _PERSON.format(what="id")),
    _helper("barnearket_my_role", "text", _PERSON.format(what="role")),
    _helper("barnearket_my_units", "integer[]", _MY_UNITS),
    _helper("barnearket_reads_all", "boolean",
            "SELECT coalesce(barnearket_my_role() = 'koordinator', false)"),
    _helper("barnearket_is_admin", "boolean", "SELECT coalesce(barnearket_my_role() = 'admin', false)"),
    _helper("barnearket_reads_whole_log", "boolean",
            "SELECT coalesce(barnearket_my_role() IN ('admin', 'koordinator'), false)"),
)

# The few SQLite functions the overview and figures use, given the same meaning on PostgreSQL (dates
# are DATE there and text in SQLite): day numbers for differences, and parts of an ISO date.
COMPAT = (
    """CREATE FUNCTION julianday(day text) RETURNS double precision LANGUAGE sql IMMUTABLE
        AS $$ SELECT extract(julian FROM day::timestamp)::double precision $$""",
    """CREATE FUNCTION julianday(day date) RETURNS double precision LANGUAGE sql IMMUTABLE
        AS $$ SELECT extract(julian FROM day::timestamp)::double precision $$""",
    """CREATE FUNCTION julianday(day timestamp) RETURNS double precision LANGUAGE sql IMMUTABLE
        AS $$ SELECT extract(julian FROM day)::double precision $$""",
    """CREATE FUNCTION json_extract(doc text, path text) RETURNS text LANGUAGE sql IMMUTABLE
        AS $$ SELECT CASE WHEN path = '$' THEN doc::jsonb #>> '{}'
                          ELSE doc::jsonb #>> string_to_array(substr(path, 3), '.') END $$""",
    """CREATE FUNCTION substr(day date, start integer, count integer) RETURNS text LANGUAGE sql
        IMMUTABLE AS $$ SELECT substr(to_char(day, 'YYYY-MM-DD'), start, count) $$""",
    """CREATE FUNCTION substr(moment timestamp, start integer, count integer) RETURNS text
        LANGUAGE sql IMMUTABLE
        AS $$ SELECT substr(to_char(moment, 'YYYY-MM-DD HH24:MI:SS'), start, count) $$""",
)
COMPAT_FUNCTIONS = ("json_extract(text, text)", "julianday(text)", "julianday(date)", "julianday(timestamp)",
                    "substr(date, integer, integer)", "substr(timestamp, integer, integer)")

_AT_TEXT = """to_char(NEW.at, 'YYYY-MM-DD"T"HH24:MI:SS.US')"""
# The row's link, exactly as `audit._link_values` computes it in Python (the log holds identifiers
# only, so JSON escaping is the same in both).
_PAYLOAD = f"""'[' || (head_seq + 1) || ',' || to_json({_AT_TEXT})::text || ','
        || coalesce(NEW.actor_id::text, 'null') || ',' || to_json(NEW.action)::text || ','
        || coalesce(to_json(NEW.object_type)::text, 'null') || ',' || coalesce(NEW.object_id::text, 'null')
        || ',' || to_json(NEW.fields)::text || ',' || to_json(NEW.outcome)::text || ','
        || to_json(head_hash)::text || ']'"""
AUDIT_TRIGGERS = (
    "CREATE SEQUENCE barnearket_audit_pending",
    f"""CREATE FUNCTION barnearket_audit_link() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE head_seq integer; head_hash text; digest text;
    BEGIN
        PERFORM pg_advisory_xact_lock({CHAIN_LOCK});
        SELECT seq, hash INTO head_seq, head_hash FROM audit_head WHERE id = 1 FOR UPDATE;
        IF NOT FOUND THEN
            head_seq := 0; head_hash := repeat('0', 64);
        END IF;
        digest := encode(sha256(convert_to({_PAYLOAD}, 'UTF8')), 'hex');
        UPDATE audit_log SET seq = head_seq + 1, prev_hash = head_hash, hash = digest WHERE seq = NEW.seq;
        INSERT INTO audit_head (id, seq, hash) VALUES (1, head_seq + 1, digest)
            ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash;
        RETURN NULL;
    END $$""",
    """CREATE CONSTRAINT TRIGGER barnearket_audit_link AFTER INSERT ON audit_log
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION barnearket_audit_link()""",
    """CREATE FUNCTION barnearket_audit_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF pg_trigger_depth() < 2 THEN  -- only the link trigger numbers and hashes a new row
            RAISE EXCEPTION 'barnearket: the audit log can only be appended to' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE FUNCTION barnearket_audit_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'barnearket: the audit log can only be appended to' USING ERRCODE = '42501';
    END $$""",
    """CREATE TRIGGER barnearket_audit_sealed BEFORE UPDATE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION barnearket_audit_sealed()""",
    """CREATE TRIGGER barnearket_audit_frozen BEFORE DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION barnearket_audit_frozen()""",
    """CREATE TRIGGER barnearket_audit_frozen_all BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION barnearket_audit_frozen()""",
    """CREATE FUNCTION barnearket_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF pg_trigger_depth() < 2 THEN  -- only the link trigger on audit_log moves the head
            RAISE EXCEPTION 'barnearket: the audit head moves only with a new row' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER barnearket_head_guard BEFORE INSERT OR UPDATE ON audit_head
        FOR EACH ROW EXECUTE FUNCTION barnearket_head_guard()""",
    """CREATE TRIGGER barnearket_head_frozen BEFORE DELETE ON audit_head
        FOR EACH ROW EXECUTE FUNCTION barnearket_audit_frozen()""",
    """CREATE TRIGGER barnearket_head_frozen_all BEFORE TRUNCATE ON audit_head
        FOR EACH STATEMENT EXECUTE FUNCTION barnearket_audit_frozen()""",
)

# The caller is `session_user` (inside a SECURITY DEFINER function `current_user` is the owner).
_CALLER_MAY = """
    IF NOT (session_user = (SELECT tableowner FROM pg_tables WHERE schemaname = 'public'
                                                         AND tablename = 'users')
            OR EXISTS (SELECT 1 FROM users WHERE login = session_user AND role = 'admin' AND active)) THEN
        RAISE EXCEPTION 'barnearket: only an administrator manages people' USING ERRCODE = '42501';
    END IF;"""
MARK = "barnearket-person"
_TARGET_IS_PERSON = f"""
    IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = target AND NOT r.rolsuper
                   AND NOT r.rolcreaterole AND NOT r.rolbypassrls
                   AND shobj_description(r.oid, 'pg_authid') = '{MARK}') THEN
        RAISE EXCEPTION 'barnearket: not a Barnearket person' USING ERRCODE = '42501';
    END IF;"""
_DEFINER = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp"
_GROUP_OK = f"""
    IF grp NOT IN ('{"', '".join(GROUPS.values())}') THEN
        RAISE EXCEPTION 'barnearket: unknown group' USING ERRCODE = '22023';
    END IF;"""
NUMBERS = (
    """CREATE FUNCTION barnearket_last_case_number(prefix text) RETURNS text LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ SELECT max(number) FROM cases WHERE number LIKE prefix || '%' $$""",
)
PEOPLE = (
    f"""CREATE FUNCTION barnearket_create_login(target text, verifier text, grp text) RETURNS void
        {_DEFINER} AS $$
    DECLARE other text;
    BEGIN {_CALLER_MAY} {_GROUP_OK}
        IF target !~ '^[a-z0-9][a-z0-9._-]{{1,63}}$' THEN
            RAISE EXCEPTION 'barnearket: bad login' USING ERRCODE = '22023';
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = target) THEN
            {_TARGET_IS_PERSON}
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', target, verifier);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', target, verifier);
            EXECUTE format('COMMENT ON ROLE %I IS %L', target, '{MARK}');
        END IF;
        FOREACH other IN ARRAY ARRAY['{"', '".join(GROUPS.values())}'] LOOP
            IF other <> grp AND pg_has_role(target, other, 'MEMBER') THEN
                EXECUTE format('REVOKE %I FROM %I', other, target);
            END IF;
        END LOOP;
        EXECUTE format('GRANT %I TO %I', grp, target);
    END $$""",
    f"""CREATE FUNCTION barnearket_set_group(target text, grp text) RETURNS void {_DEFINER} AS $$
    DECLARE other text;
    BEGIN {_CALLER_MAY} {_TARGET_IS_PERSON} {_GROUP_OK}
        FOREACH other IN ARRAY ARRAY['{"', '".join(GROUPS.values())}'] LOOP
            IF other <> grp AND pg_has_role(target, other, 'MEMBER') THEN
                EXECUTE format('REVOKE %I FROM %I', other, target);
            END IF;
        END LOOP;
        EXECUTE format('GRANT %I TO %I', grp, target);
    END $$""",
    f"""CREATE FUNCTION barnearket_disable_login(target text) RETURNS void {_DEFINER} AS $$
    DECLARE other text;
    BEGIN {_CALLER_MAY} {_TARGET_IS_PERSON}
        EXECUTE format('ALTER ROLE %I NOLOGIN', target);
        FOREACH other IN ARRAY ARRAY['{"', '".join(GROUPS.values())}'] LOOP
            IF pg_has_role(target, other, 'MEMBER') THEN
                EXECUTE format('REVOKE %I FROM %I', other, target);
            END IF;
        END LOOP;
    END $$""",
    f"""CREATE FUNCTION barnearket_set_password(target text, verifier text) RETURNS void
        {_DEFINER} AS $$
    BEGIN
        IF target <> session_user THEN {_CALLER_MAY} END IF;
        {_TARGET_IS_PERSON}
        EXECUTE format('ALTER ROLE %I PASSWORD %L', target, verifier);
    END $$""",
)
PEOPLE_FUNCTIONS = ("barnearket_create_login(text, text, text)", "barnearket_set_group(text, text)",
                    "barnearket_disable_login(text)")


def _group_roles() -> Iterable[str]:
    for group in GROUPS.values():
        yield f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN
                CREATE ROLE {group} NOLOGIN;
            END IF; END $$"""


READ = frozenset({"SELECT"})
CASE_RIGHTS = frozenset({"SELECT", "INSERT", "UPDATE", "DELETE"})


def _same(rights: frozenset[str]) -> dict[str, frozenset[str]]:
    return dict.fromkeys(GROUPS.values(), rights)


def _admin_more(extra: set[str]) -> dict[str, frozenset[str]]:
    return {**_same(READ), ADMIN: READ | extra}


# table -> group -> privileges, as designed; `check` compares the server's grants with this.
TABLE_GRANTS: dict[str, dict[str, frozenset[str]]] = {
    **{table: _same(CASE_RIGHTS) for table in CASE_TABLES if table != "case_checkouts"},
    # claimed and released only through functions (server/checkouts.py), never changed directly
    "case_checkouts": _same(READ | {"INSERT"}),
    "units": _admin_more({"INSERT", "UPDATE"}),
    "users": _admin_more({"INSERT", "UPDATE"}),
    "user_units": _admin_more({"INSERT", "DELETE"}),
    "user_functions": _admin_more({"INSERT", "UPDATE", "DELETE"}),
    # the resource group's notes name cases by number only (or anonymously): no row security
    "resource_meetings": _same(READ | {"INSERT", "UPDATE", "DELETE"}),
    "resource_meeting_cases": _same(READ | {"INSERT", "UPDATE", "DELETE"}),
    "meta": _same(READ | {"INSERT", "UPDATE", "DELETE"}),
    "alembic_version": _same(READ),
    "audit_log": _same(READ | {"INSERT"}),
    "audit_head": _same(READ),
}
PROFILE_COLUMNS = ("full_name", "job_title", "phone", "email")


def grant_sql(database: str) -> list[str]:
    """Privileges: table rights to the groups (RLS narrows them), nothing to PUBLIC."""
    statements = [
        f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC',
        f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO {ALL_GROUPS}',
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {ALL_GROUPS}",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        "REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
    ]
    for table, rights in TABLE_GRANTS.items():
        for group, privileges in rights.items():
            statements.append(f"GRANT {', '.join(sorted(privileges))} ON {table} TO {group}")
    return [
        *statements,
        f"GRANT UPDATE ({', '.join(PROFILE_COLUMNS)}) ON users TO {NON_ADMINS}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {ALL_GROUPS}",
        "GRANT EXECUTE ON FUNCTION barnearket_my_id(), barnearket_my_role(), barnearket_my_units(), "
        f"barnearket_reads_all(), barnearket_is_admin(), barnearket_reads_whole_log() TO {ALL_GROUPS}",
        f"GRANT EXECUTE ON FUNCTION {', '.join(PEOPLE_FUNCTIONS)} TO {ADMIN}",
        f"GRANT EXECUTE ON FUNCTION {', '.join(COMPAT_FUNCTIONS)} TO {ALL_GROUPS}",
        f"GRANT EXECUTE ON FUNCTION barnearket_last_case_number(text) TO {ALL_GROUPS}",
        f"GRANT EXECUTE ON FUNCTION barnearket_set_password(text, text) TO {ALL_GROUPS}",
        f"GRANT EXECUTE ON FUNCTION barnearket_case_log(integer) TO {ALL_GROUPS}",  # caselog.py
    ]


# meta: admins write every setting; others only their own saved overview filters.
META_POLICIES = (
    "ALTER TABLE meta ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY barnearket_les ON meta FOR SELECT USING (true)",
    "CREATE POLICY barnearket_skriv ON meta FOR ALL "
    "USING ((SELECT barnearket_is_admin()) OR key = 'overview.filters.' || (SELECT barnearket_my_id())) "
    "WITH CHECK ((SELECT barnearket_is_admin()) OR key = 'overview.filters.' || (SELECT barnearket_my_id()))",
)


def security_sql(owner: str, database: str) -> list[str]:
    """Everything `init` runs after the tables exist, in order."""
    from barnearket.storage.server.checkouts import GRANTS, checkout_sql

    return [*_group_roles(), *HELPERS, *COMPAT, *NUMBERS, *AUDIT_TRIGGERS, *PEOPLE, *policy_sql(owner),
            *META_POLICIES, *checkout_sql(), *grant_sql(database), *GRANTS]


def install(connection: Connection, owner: str, database: str) -> None:
    """Create roles, functions, triggers, policies and grants in the caller's transaction."""
    for statement in security_sql(owner, database):
        connection.exec_driver_sql(statement.replace("%", "%%"))


def scram_verifier(connection: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of a password, computed here so the password never reaches SQL."""
    raw = connection.connection.dbapi_connection
    assert raw is not None
    verifier: bytes = raw.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    return verifier.decode()


def create_login(connection: Connection, login: str, password: str, role: Role) -> None:
    """Make (or re-enable) the person's LOGIN role in the group of their role."""
    connection.exec_driver_sql("SELECT barnearket_create_login(%s, %s, %s)",
                               (login, scram_verifier(connection, login, password), GROUPS[role]))


def set_group(connection: Connection, login: str, role: Role) -> None:
    """Move a person to the group of a new role."""
    connection.exec_driver_sql("SELECT barnearket_set_group(%s, %s)", (login, GROUPS[role]))


def disable_login(connection: Connection, login: str) -> None:
    """The person can no longer log in; the role stays, so the log and pg_stat_activity name them."""
    connection.exec_driver_sql("SELECT barnearket_disable_login(%s)", (login,))


def set_password(connection: Connection, login: str, password: str) -> None:
    """A new password for a person (their own, or anyone's for an admin)."""
    connection.exec_driver_sql("SELECT barnearket_set_password(%s, %s)",
                               (login, scram_verifier(connection, login, password)))
