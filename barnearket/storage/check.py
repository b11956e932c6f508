"""Verifies an unlocked file end to end: page HMACs, structure, the audit chain and the key slots."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from barnearket.storage import audit, witness
from barnearket.storage.casefile import CaseFile
from barnearket.storage.engine import diagnose
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.keyfile import read_keyfile
from barnearket.storage.orm.users import User


@dataclass
class CheckResult:
    """Norwegian findings; an empty list means the file is healthy."""

    findings: list[str] = field(default_factory=list)
    audit_rows: int = 0

    @property
    def ok(self) -> bool:
        """True when nothing was found."""
        return not self.findings


def check_file(case_file: CaseFile) -> CheckResult:
    """Run every check; a database error on the way is itself a finding."""
    result = CheckResult()
    try:
        _check_pages(case_file, result)
        _check_audit(case_file, result)
        _check_slots(case_file, result)
    except DBAPIError as exc:
        problem = diagnose(exc, case_file.path)
        if problem is not Problem.DAMAGED:  # a full disk or lost access is not damage
            raise CaseFileError(problem) from None
        result.findings.append("Filen kunne ikke leses helt: den er skadet.")
    return result


def _check_pages(case_file: CaseFile, result: CheckResult) -> None:
    with case_file.engine.connect() as conn:
        bad_pages = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
        if bad_pages:
            result.findings.append(f"{len(bad_pages)} krypterte sider har feil kontrollsum.")
        integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if integrity != ["ok"]:
            result.findings.append(f"Databasestrukturen har {len(integrity)} feil.")
        conn.rollback()


def _check_audit(case_file: CaseFile, result: CheckResult) -> None:
    """The chain itself, what the witness check found at this unlock, and alarms of earlier unlocks."""
    with case_file.read_session() as session:
        report = audit.verify(session)
        names = {u.id: u.login for u in session.scalars(select(User))}
        alarms = witness.earlier_alarms(session, names)
    result.audit_rows = report.rows
    result.findings.extend(witness.chain_findings(report))
    result.findings.extend(f for f in case_file.audit_findings if f not in result.findings)
    result.findings.extend(alarms)


def _check_slots(case_file: CaseFile, result: CheckResult) -> None:
    on_disk = read_keyfile(case_file.path)
    if on_disk.to_bytes() != case_file.keyfile.to_bytes():
        result.findings.append("Nøkkelfilen er ikke lik kopien inne i saksfilen.")
    with case_file.read_session() as session:
        active = [u.login for u in session.scalars(select(User).where(User.active))]
        session.execute(text("SELECT 1"))
    missing = [login for login in active if case_file.keyfile.find(login) is None]
    if missing:
        result.findings.append(f"{len(missing)} aktive brukere mangler nøkkelplass.")
    if len(case_file.keyfile.slots) != len(active):
        result.findings.append("Nøkkelfilen har nøkkelplasser for brukere som er fjernet.")
