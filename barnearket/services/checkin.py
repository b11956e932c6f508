"""`checkin FILE URL`: the laptop copy of checked-out cases comes back to the server, whole or not at all.

In one server transaction, as the person who took the cases along: her checkout rows are claimed for
this transaction (`checkin_tx`, the only transaction the database's guard lets write to them), the
server's copies are deleted and the laptop's cases written in their place through the exchange
format (so every entry, answer and document record made offline comes along), and the laptop's own
audit rows since the checkout are appended to the server's log with their ids mapped to the new
server ids (both sides walk the same document in the same order, which pairs the rows). Every row
the copy was made with gets its server id back (the copy remembers them, `checkout.IDS`), so the
audit log, links and open windows keep naming the same case, concern and entries; rows made on the
laptop get new ids. Each versioned row comes back with a version above any the server has given in
that table, so an edit based on the case as it was before the checkout is refused, never applied
over the laptop's work. Deleting the case also removes its checkout rows: the mark is gone when the
transaction commits. Only then is the laptop copy shredded.

If the checkout was released by an administrator (or the cases were taken along again), nothing is
merged: the check-in is refused with a report of what the copy holds, and the copy is left as it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select

from barnearket.domain.clock import Clock, SystemClock
from barnearket.domain.errors import ValidationError
from barnearket.domain.language import n_
from barnearket.services import common, exchange
from barnearket.services.checkout import AUDIT_FROM, IDS, LOGIN, TOKEN, actor_of
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.exchange.exporter import build_document
from barnearket.services.exchange.importer import CaseWriter, Renumbering
from barnearket.services.exchange.spec import CASE, tables_in_order
from barnearket.services.exchange.targets import check_header, resolve
from barnearket.storage import audit
from barnearket.storage.audit import AuditAction, Outcome
from barnearket.storage.casefile import CaseFile
from barnearket.storage.checkouts import on_server
from barnearket.storage.location import StoreLocation
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.meta import get_meta
from barnearket.storage.serverstore import translated
from barnearket.storage.shred import shred_case_file
from barnearket.storage.store import Store, file_only, open_store

NOT_A_COPY = n_("Denne saksfilen er ikke en kopi av saker tatt med fra serveren.")
OTHER_PERSON = n_("Kopien ble tatt med av en annen bruker; logg inn på serveren som henne.")
REFUSED = n_("Innsjekkingen er avvist: sakene er frigitt av en administrator (eller tatt med på nytt) etter "
           "at denne kopien ble laget. Ingenting er endret på serveren, og kopien er ikke rørt. "
           "Den inneholder {cases} sak(er) ({numbers}), {new} nye registreringer og {changed} endringer "
           "siden den ble tatt med. Ta kontakt med administratoren for å avgjøre hva som skal skje med dem.")
# audit object types whose ids are rows of the case tree, and the tables those rows live in
OBJECT_TABLES = {
    "case": "cases", "child": "children", "sheet": "sheets", "concern": "concerns", "consent": "consents",
    "observation": "observations", "consultation": "consultations",
    "parent_conversation": "parent_conversations", "decision": "decisions", "action": "actions",
    "evaluation": "evaluations", "report": "reports", "pregnancy": "pregnancies",
    "responsibility_member": "responsibility_members", "plan_delivery": "plan_deliveries",
}


@dataclass(frozen=True)
class CopyReport:
    """What a laptop copy holds (ids and counts only)."""

    numbers: list[str]
    new_entries: int
    changes: int


class CheckinRefusedError(ValidationError):
    """The server no longer holds this copy's checkout; `report` says what the copy holds."""

    def __init__(self, report: CopyReport) -> None:
        super().__init__(REFUSED, cases=len(report.numbers), numbers=", ".join(report.numbers),
                         new=report.new_entries, changed=report.changes)
        self.report = report


@dataclass(frozen=True)
class CheckinResult:
    """What came back."""

    numbers: list[str]
    audit_rows: int
    removed: list[Path]


@dataclass
class _Copy:
    token: str
    login: str
    numbers: list[str]
    document: exchange.Document
    visits: list[tuple[str, int]]
    entries: list[AuditEntry]
    me: int
    server_ids: dict[tuple[str, int], int]
    """The server's id of each row the copy was made with (empty for a copy made before they were kept)."""

    def report(self) -> CopyReport:
        ok = [e for e in self.entries if e.outcome == Outcome.OK.value]
        return CopyReport(self.numbers, sum(e.action == AuditAction.CREATE.value for e in ok),
                          sum(e.action == AuditAction.UPDATE.value for e in ok))


def read_copy(laptop: CaseFile) -> _Copy:
    """Everything of the laptop copy that goes back: its cases (in document order), its new audit rows."""
    if laptop.user is None:
        raise ValidationError(NOT_A_COPY)
    with laptop.read_session() as session, session.begin():
        token = get_meta(session, TOKEN)
        if not token:
            raise ValidationError(NOT_A_COPY)
        visits: list[tuple[str, int]] = []
        ids = list(session.scalars(select(CaseRow.id).order_by(CaseRow.number)))
        document = build_document(session, ids, lambda table, row_id: visits.append((table, row_id)))
        since = int(get_meta(session, AUDIT_FROM) or 0)
        login = get_meta(session, LOGIN) or ""
        kept = json.loads(get_meta(session, IDS) or "{}")
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.seq > since)
                                       .order_by(AuditEntry.seq)))
        session.expunge_all()
    numbers = [c["number"] for c in document["cases"]]
    server_ids = {(table, int(copy_id)): int(server_id)
                  for table, ids in kept.items() for copy_id, server_id in ids.items()}
    for entry in entries:  # a row deleted on the laptop: a new row may have been given its id since
        if entry.action == AuditAction.DELETE.value and entry.object_type in OBJECT_TABLES:
            server_ids.pop((OBJECT_TABLES[entry.object_type], entry.object_id or 0), None)
    return _Copy(token, login, numbers, document, visits, entries, laptop.user.id, server_ids)


def copy_report(laptop: Store) -> CopyReport:
    """What the laptop copy holds (for the window before a check-in); a server is refused (`file_only`)."""
    return read_copy(file_only(laptop)).report()


def check_in(laptop: CaseFile, server: Store, *, clock: Clock | None = None) -> CheckinResult:
    """Bring the copy back in one server transaction, then shred it; refused whole if released."""
    me, clock = actor_of(server), clock or SystemClock()
    copy = read_copy(laptop)
    if copy.login != me.login:
        raise ValidationError(OTHER_PERSON)
    try:
        with translated(), server.session() as session, session.begin():
            if not on_server(session):
                raise ValidationError(NOT_A_COPY)
            ctx = ServiceContext(session, me, clock)
            _claim(ctx, copy)
            carried = _replace(ctx, copy)
    except CheckinRefusedError:
        _log_refusal(server, me, clock)
        raise
    path = laptop.path
    laptop.close()
    return CheckinResult(copy.numbers, carried, shred_case_file(path))


def check_in_at(laptop: Store, server_at: StoreLocation, *, login: str, password: str,
                clock: Clock | None = None) -> CheckinResult:
    """Log in to the server as `login`, bring the copy back (`check_in`) and log out again.

    Refusals are the project's own errors: a `CaseFileError` or `ServerError` for the login, a
    `DomainError` (e.g. `CheckinRefusedError`) for the check-in itself.
    """
    server = open_store(server_at, login=login, passphrase=password)
    try:
        return check_in(file_only(laptop), server, clock=clock)
    finally:
        server.close()


def _claim(ctx: ServiceContext, copy: _Copy) -> None:
    """Claim this copy's checkout rows for this transaction; all of them must still be there."""
    claimed = list(ctx.session.connection().exec_driver_sql(
        "SELECT barnearket_claim_checkout(%s)", (copy.token,)).scalars())
    numbers = set(ctx.session.scalars(select(CaseRow.number).where(CaseRow.id.in_(claimed))))
    if numbers != set(copy.numbers):
        raise CheckinRefusedError(copy.report())


def _replace(ctx: ServiceContext, copy: _Copy) -> int:
    """The server's copies out, the laptop's in (on the server's ids), the laptop's audit rows after;
    returns rows carried."""
    versions = _versions_above(ctx)
    ctx.session.execute(delete(CaseRow).where(CaseRow.number.in_(copy.numbers)))
    doc = check_header(copy.document)
    visits: list[tuple[str, int]] = []

    def renumber() -> Renumbering:
        if [t for t, _ in visits] != [t for t, _ in copy.visits]:
            raise RuntimeError("check-in: the document was not written in the order it was read")
        kept: dict[str, dict[int, int]] = {}
        for (table, copy_id), (_, new_id) in zip(copy.visits, visits, strict=True):
            if (server_id := copy.server_ids.get((table, copy_id))) is not None:
                kept.setdefault(table, {})[new_id] = server_id
        return Renumbering(kept, versions)

    writer = CaseWriter(ctx, resolve(ctx, doc), action=AuditAction.CHECKIN,
                        visit=lambda table, row_id: visits.append((table, row_id)), renumber=renumber)
    writer.write(doc["cases"])
    ids = {(table, copy_id): (table, copy.server_ids.get((table, copy_id), new_id))
           for (table, copy_id), (_, new_id) in zip(copy.visits, visits, strict=True)}
    return _carry_log(ctx, copy, ids)


def _versions_above(ctx: ServiceContext) -> dict[str, int]:
    """For each versioned case table, a version above every one stored in it now: what the rows that
    come back start at, so no one's edit based on an earlier version can match them by chance."""
    found: dict[str, int] = {}
    for table in tables_in_order(CASE):
        if "row_version" in table.c:
            found[table.name] = int(ctx.session.scalar(select(func.max(table.c.row_version))) or 0) + 1
    return found


def _carry_log(ctx: ServiceContext, copy: _Copy, ids: dict[tuple[str, int], tuple[str, int]]) -> int:
    """Append the laptop's own audit rows (hers only), object ids mapped; ids not in the cases are dropped."""
    carried = 0
    for entry in copy.entries:
        if entry.actor_id != copy.me or entry.action not in {a.value for a in AuditAction}:
            continue
        object_id = None
        if entry.object_id is not None and entry.object_type in OBJECT_TABLES:
            mapped = ids.get((OBJECT_TABLES[entry.object_type], entry.object_id))
            object_id = mapped[1] if mapped else None
        elif entry.object_type == "user" and entry.object_id == copy.me:
            object_id = ctx.actor.user_id
        audit.record(ctx.session, actor_id=ctx.actor.user_id, action=AuditAction(entry.action),
                     object_type=entry.object_type, object_id=object_id,
                     fields=[f for f in entry.fields.split(",") if f], outcome=Outcome(entry.outcome),
                     at=entry.at)
        carried += 1
    return carried


def _log_refusal(server: Store, me: Actor, clock: Clock) -> None:
    with server.session() as session, session.begin():
        common.log(ServiceContext(session, me, clock), AuditAction.CHECKIN, "case", None,
                   outcome=Outcome.DENIED)


