"""Cases taken along on a home visit: `checkout` from the server into a new laptop case file, and an
administrator's release of a checkout that will never come back (check-in is `services/checkin.py`).

Check-out reads the cases as the person herself (row-level security decides what she may read),
marks them in `case_checkouts` (from then on the database refuses every write to them) and writes
them through the exchange format into a new encrypted case file that opens with her own login and
passphrase. The file remembers where it came from in its settings (`checkout.*`): the token the
server knows, the case numbers and the last audit row written at check-out, so check-in knows which
of the file's audit rows are new. The server's transaction commits only after the file is complete;
if the commit fails, the new file is shredded.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import Session

from barnearket.domain.clock import Clock, SystemClock
from barnearket.domain.errors import AccessDeniedError, NotFoundError, ValidationError
from barnearket.domain.language import n_
from barnearket.domain.roles import Role
from barnearket.services import common, exchange
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.serverbackup import OWN_KEYS
from barnearket.storage import kdf
from barnearket.storage.audit import AuditAction
from barnearket.storage.casefile import CaseFile
from barnearket.storage.checkouts import on_server, taken
from barnearket.storage.orm.audit import AuditHead
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.checkouts import CaseCheckoutRow
from barnearket.storage.orm.meta import Meta, set_meta
from barnearket.storage.serverstore import translated
from barnearket.storage.shred import shred_case_file
from barnearket.storage.store import Store

TOKEN, SOURCE, NUMBERS, AUDIT_FROM, TAKEN_AT, LOGIN, IDS = (
    "checkout.token", "checkout.server", "checkout.cases", "checkout.audit_seq", "checkout.taken_at",
    "checkout.login", "checkout.ids")
"""`IDS`: the server's id of each row the copy was made with, as JSON {table: {copy's id: server id}},
so that check-in gives those rows their server ids back (`checkin.py`)."""
SERVER_ONLY = n_("Saker kan bare tas med fra kommunens server.")
ALREADY = n_("En av sakene er allerede tatt med på en bærbar maskin ({number}).")
TRANSFERRED = n_("En av sakene er overført til journal og kan ikke tas med ({number}).")
NOT_WRITABLE = n_("Du kan bare ta med saker du selv kan endre (saker i dine enheter).")
NONE_CHOSEN = n_("Velg minst én sak å ta med.")
NOT_TAKEN = n_("Saken {number} er ikke tatt med, så det er ingenting å frigi.")
ADMIN_ONLY = n_("Bare en administrator kan frigi en sak som er tatt med.")


@dataclass(frozen=True)
class CheckoutResult:
    """What was taken along, and when."""

    numbers: list[str]
    path: Path
    taken_at: datetime


def actor_of(store: Store) -> Actor:
    """The person logged in to the store, as the services see her."""
    user = store.user
    if user is None:
        raise AccessDeniedError(ADMIN_ONLY)
    return Actor(user.id, user.login, Role(user.role))


def check_out(server: Store, numbers: list[str], dest: Path, passphrase: str, *,
              kdf_params: kdf.KdfParams | None = None, clock: Clock | None = None) -> CheckoutResult:
    """Mark the cases as taken along and write them into a new case file at `dest` (atomic)."""
    wanted = sorted({n.strip() for n in numbers if n.strip()})
    if not wanted:
        raise ValidationError(NONE_CHOSEN)
    me, clock = actor_of(server), clock or SystemClock()
    assert server.user is not None
    full_name = server.user.full_name
    made: CaseFile | None = None
    try:
        with translated(), server.session() as session, session.begin():
            if not on_server(session):
                raise ValidationError(SERVER_ONLY)
            ctx = ServiceContext(session, me, clock)
            visits: list[tuple[str, int]] = []
            document = exchange.export_cases(ctx, wanted, lambda table, row: visits.append((table, row)))
            rows = list(session.scalars(select(CaseRow).where(CaseRow.number.in_(wanted))
                                        .order_by(CaseRow.number)))
            _refuse_taken(session, rows)
            token, now = secrets.token_hex(16), clock.now()
            _mark(ctx, rows, token, now)
            settings = {m.key: m.value for m in session.scalars(select(Meta)) if m.key not in OWN_KEYS}
            source = server.location.url or server.location.display()  # never holds a password
            origin = {TOKEN: token, SOURCE: source, NUMBERS: ",".join(wanted), TAKEN_AT: now.isoformat(),
                      LOGIN: me.login}
            made = _laptop_file(dest, me, full_name, passphrase, kdf_params, settings, (document, visits),
                                origin, clock)
    except BaseException:
        if made is not None:  # the server did not commit: the copy must not exist
            made.close()
            shred_case_file(dest)
        raise
    made.close()
    return CheckoutResult(wanted, dest, now)


def _refuse_taken(session: Session, rows: list[CaseRow]) -> None:
    away = taken(session, [r.id for r in rows])
    for row in rows:
        if row.id in away:
            raise ValidationError(ALREADY, number=row.number)
        if row.transferred_on is not None:
            raise ValidationError(TRANSFERRED, number=row.number)


def _mark(ctx: ServiceContext, rows: list[CaseRow], token: str, now: datetime) -> None:
    digest = hashlib.sha256(token.encode()).hexdigest()  # the server keeps only the token's hash
    ctx.session.add_all(CaseCheckoutRow(case_id=r.id, user_id=ctx.actor.user_id, taken_at=now, token=digest)
                        for r in rows)
    try:
        ctx.session.flush()
    except ProgrammingError as exc:  # row security: a koordinator reads every case, writes only her own
        if getattr(exc.orig, "sqlstate", None) == "42501":
            raise AccessDeniedError(NOT_WRITABLE, action="checkout") from None
        raise
    for row in rows:
        common.log(ctx, AuditAction.CHECKOUT, "case", row.id)


def _laptop_file(dest: Path, me: Actor, full_name: str, passphrase: str, params: kdf.KdfParams | None,
                 settings: dict[str, str], exported: tuple[exchange.Document, list[tuple[str, int]]],
                 origin: dict[str, str], clock: Clock) -> CaseFile:
    from barnearket.storage.opening import create_case_file

    document, server_rows = exported

    def fill(case_file: CaseFile) -> None:
        assert case_file.user is not None
        with case_file.session() as session, session.begin():
            for key, value in settings.items():
                set_meta(session, key, value)
            mine = Actor(case_file.user.id, case_file.user.login, Role.ADMIN)
            copied: list[tuple[str, int]] = []
            exchange.import_document(ServiceContext(session, mine, clock), document,
                                     lambda table, row_id: copied.append((table, row_id)))
            session.flush()
            head = session.get(AuditHead, 1)
            kept = {AUDIT_FROM: str(head.seq if head else 0), IDS: _id_map(copied, server_rows)}
            for key, value in {**origin, **kept}.items():
                set_meta(session, key, value)

    return create_case_file(dest, login=me.login, full_name=full_name, passphrase=passphrase,
                            kdf_params=params or kdf.calibrate(), fill=fill)


def _id_map(copied: list[tuple[str, int]], server_rows: list[tuple[str, int]]) -> str:
    """The server id of each row of the copy (exporter and importer walk the document in one order)."""
    if [t for t, _ in copied] != [t for t, _ in server_rows]:
        raise RuntimeError("checkout: the copy was not written in the order it was read")
    ids: dict[str, dict[str, int]] = {}
    for (table, copy_id), (_, server_id) in zip(copied, server_rows, strict=True):
        ids.setdefault(table, {})[str(copy_id)] = server_id
    return json.dumps(ids, separators=(",", ":"))


def release(ctx: ServiceContext, number: str) -> int:
    """An administrator gives a checked-out case back to the server (the laptop copy will be refused
    at check-in); logged. Returns the case's id."""
    if not on_server(ctx.session):
        raise ValidationError(SERVER_ONLY)
    if ctx.actor.role is not Role.ADMIN:  # the caller logs the refusal (common.log_refusal)
        raise AccessDeniedError(ADMIN_ONLY, action="checkout_release")
    released = ctx.session.connection().exec_driver_sql(
        "SELECT barnearket_release_checkout(%s)", (number.strip(),)).scalar()
    if released is None:
        raise NotFoundError(NOT_TAKEN, number=number.strip())
    common.log(ctx, AuditAction.CHECKOUT_RELEASE, "case", int(released))
    return int(released)


def copy_source(ctx: ServiceContext) -> str | None:
    """The server a laptop copy was taken from, as typed at checkout; None on any other store."""
    from barnearket.storage.orm.meta import get_meta

    return (get_meta(ctx.session, SOURCE) or "") if get_meta(ctx.session, TOKEN) else None


def case_numbers(ctx: ServiceContext, case_ids: list[int]) -> dict[int, str]:
    """The case number of each id the person may read (for lists of marks held by id)."""
    rows = ctx.session.execute(select(CaseRow.id, CaseRow.number).where(CaseRow.id.in_(case_ids)))
    return {case_id: str(number) for case_id, number in rows.tuples()}
