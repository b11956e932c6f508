"""`backup URL DEST`: the server's cases (all, or one unit's) as an encrypted case file of our own format.

The cases are read as the database owner, whose policy sees every unit (an administrator reads case
content only in her own units), through the exchange format, and written into a new case file that
opens with the administrator's login and the passphrase she gives it. The export is logged on the
server under her name, one row per case, like any export. The new file is built under a hidden name
and renamed into place only when complete (`storage/newfile.py`), so an interruption leaves nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import NotFoundError
from barnearket.domain.roles import Role
from barnearket.services import exchange
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage import kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.opening import create_case_file
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.meta import Meta, set_meta
from barnearket.storage.orm.users import Unit, User
from barnearket.storage.server.connect import ServerLocation, open_checked, server_engine
from barnearket.storage.serverstore import translated

OWN_KEYS = frozenset({"file_id", "created_at", "keyfile", "store"})
"""Settings that describe the store itself, not the municipality: the new file has its own."""
NOT_AN_ADMIN = ("Sikkerhetskopien lages for en aktiv administrator på serveren. "
                "Oppgi brukernavnet hennes med --user.")


@dataclass(frozen=True)
class BackupResult:
    """What went into the copy."""

    cases: int
    units: int
    recovery_key: bytes


def backup_server(location: ServerLocation, owner_password: str | None, *, admin_login: str,
                  passphrase: str, dest: Path, unit: str | None = None,
                  kdf_params: kdf.KdfParams | None = None, ca_file: Path | None = None) -> BackupResult:
    """Copy the server's cases (or those of the unit named `unit`) into a new case file at `dest`."""
    engine = server_engine(location, None, owner_password, ca_file=ca_file, pool_size=1)
    try:
        open_checked(engine)
        with translated(), Session(engine) as session, session.begin():
            admin = _admin(session, admin_login)
            ctx = ServiceContext(session, Actor(admin.id, admin.login, Role.ADMIN), SystemClock())
            numbers = _numbers(session, unit)
            settings = {m.key: m.value for m in session.scalars(select(Meta)) if m.key not in OWN_KEYS}
            document = exchange.export_cases(ctx, numbers)
    finally:
        engine.dispose()

    def fill(case_file: CaseFile) -> None:
        assert case_file.user is not None
        with case_file.session() as session, session.begin():
            for key, value in settings.items():  # the organisation, rules and ID settings come along
                set_meta(session, key, value)
            me = Actor(case_file.user.id, case_file.user.login, Role.ADMIN)
            exchange.import_document(ServiceContext(session, me, SystemClock()), document)

    made = create_case_file(dest, login=admin.login, full_name=admin.full_name, passphrase=passphrase,
                            kdf_params=kdf_params or kdf.calibrate(), fill=fill)
    key = made.file_key
    made.close()
    return BackupResult(len(document["cases"]), len(document["units"]), key)


def _admin(session: Session, login: str) -> User:
    user = session.scalars(select(User).where(User.login == login.casefold())).first()
    if user is None or not user.active or user.role != Role.ADMIN.value:
        raise CaseFileError(Problem.NOT_ALLOWED, NOT_AN_ADMIN)
    session.expunge(user)
    return user


def _numbers(session: Session, unit: str | None) -> list[str] | None:
    """None for every case; else the numbers of the named unit's cases (the unit must exist)."""
    if unit is None:
        return None
    found = session.scalars(select(Unit.id).where(Unit.name == unit.strip())).first()
    if found is None:
        raise NotFoundError("Fant ingen enhet med det navnet på serveren.")
    numbers = select(CaseRow.number).where(CaseRow.unit_id == found).order_by(CaseRow.number)
    return list(session.scalars(numbers))
