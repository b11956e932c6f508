"""`check` on a server: schema revision, forced row-level security, grants as designed, audit chain.

Run by an administrator or koordinator (they read the whole log). Findings are Norwegian and name
tables and roles, never people or case content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from barnearket.storage import audit
from barnearket.storage.revisions import head_revision
from barnearket.storage.server.policies import CASE_TABLES
from barnearket.storage.server.roles import GROUPS, TABLE_GRANTS

WRITES = frozenset({"UPDATE", "DELETE", "TRUNCATE"})


@dataclass
class ServerCheck:
    """What `check` found; `ok` when nothing."""

    findings: list[str] = field(default_factory=list)
    audit_rows: int = 0

    @property
    def ok(self) -> bool:
        """True when the server is as designed."""
        return not self.findings


def _revision(connection: Connection) -> list[str]:
    rows = [str(r[0]) for r in connection.exec_driver_sql("SELECT version_num FROM alembic_version")]
    return [] if rows == [head_revision()] else [
        f"Databasens versjon ({', '.join(rows) or 'ingen'}) er ikke programmets ({head_revision()})."]


def _row_security(connection: Connection) -> list[str]:
    flags = {str(name): (bool(on), bool(forced)) for name, on, forced in connection.exec_driver_sql(
        "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
        "AND c.relkind = 'r'")}
    findings = [f"Tabellen {t} har ikke radsikkerhet slått på og tvunget."
                for t in CASE_TABLES if flags.get(t) != (True, True)]
    unknown = sorted(set(flags) - set(TABLE_GRANTS))
    findings += [f"Tabellen {t} er ikke med i tilgangsreglene (mangler radsikkerhet og rettigheter)."
                 for t in unknown]
    return findings


# Every table privilege granted to anyone but the owner (read from the catalogue, which everyone may
# read; information_schema shows only grants to roles the reader belongs to). Grantee 0 is PUBLIC.
_ACL = ("SELECT c.relname, coalesce(r.rolname, 'PUBLIC'), a.privilege_type FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace CROSS JOIN LATERAL aclexplode(c.relacl) a "
        "LEFT JOIN pg_roles r ON r.oid = a.grantee "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.grantee <> c.relowner")


def _grants(connection: Connection) -> list[str]:
    actual: dict[tuple[str, str], set[str]] = {}
    for table, grantee, privilege in connection.exec_driver_sql(_ACL):
        actual.setdefault((str(table), str(grantee)), set()).add(str(privilege))
    expected = {(t, g): set(p) for t, rights in TABLE_GRANTS.items() for g, p in rights.items()}
    findings = []
    for key in sorted(set(actual) | set(expected)):
        have, want = actual.get(key, set()), expected.get(key, set())
        if have != want:
            table, grantee = key
            findings.append(f"Rettighetene til {grantee} på {table} er {', '.join(sorted(have)) or 'ingen'}, "
                            f"men skal være {', '.join(sorted(want)) or 'ingen'}.")
    return findings


def _roles(connection: Connection) -> list[str]:
    rows = connection.exec_driver_sql(
        "SELECT r.rolname FROM pg_roles r WHERE (r.rolsuper OR r.rolbypassrls OR r.rolcreaterole) "
        "AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "            WHERE m.member = r.oid AND g.rolname = ANY(%(groups)s))",
        {"groups": list(GROUPS.values())}).all()
    return [f"Rollen {r[0]} er med i en Barnearket-gruppe, men har superbruker-, BYPASSRLS- eller "
            "CREATEROLE-rettighet." for r in rows]


def check_server(session: Session, *, whole_log: bool = True) -> ServerCheck:
    """Every check, in the caller's read session. The audit chain is walked only when the person reads
    the whole log (`whole_log`): a saksbehandler sees only her own rows, which never make a chain."""
    connection = session.connection()
    result = ServerCheck()
    for part in (_revision, _row_security, _grants, _roles):
        result.findings += part(connection)
    if not whole_log:
        return result
    chain = audit.verify(session)
    result.audit_rows = chain.rows
    if chain.broken:
        result.findings.append(f"Hendelsesloggen er brutt ved {len(chain.broken)} rad(er), første "
                               f"nr. {chain.broken[0]}.")
    if chain.head_mismatch:
        result.findings.append("Hendelsesloggens siste ledd stemmer ikke med loggen.")
    return result
