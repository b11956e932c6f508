"""Helpers every use-case shares: the audit call, lookups with access checks, cleaning, dates."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Integer, Row, Select, bindparam, delete, select
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import InstrumentedAttribute, object_session
from sqlalchemy.orm.util import identity_key

from barnearket.domain import text
from barnearket.domain.errors import AccessDeniedError, NotFoundError, ReadOnlyCaseError, ValidationError
from barnearket.domain.language import n_, t
from barnearket.services.context import ServiceContext
from barnearket.storage import audit, versions
from barnearket.storage.audit import AuditAction, Outcome
from barnearket.storage.checkouts import CHECKED_OUT, is_away, seen_home
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.checkouts import CaseCheckoutRow
from barnearket.storage.orm.concerns import ConcernRow
from barnearket.storage.orm.teamwork import UserFunctionRow
from barnearket.storage.orm.users import User

T = TypeVar("T")
LEADING_FUNCTIONS = ("teamleder", "barneansvarlig")
"""Functions of the routine (`domain/functions.py`) that let a person see their unit's cases."""
_ID = re.compile(r"^[a-z][a-z0-9_.-]{0,59}$")


def log(ctx: ServiceContext, action: AuditAction, object_type: str, object_id: int | None,
        fields: Iterable[str] = (), outcome: Outcome = Outcome.OK) -> None:
    """One audit row in the caller's transaction: ids and field names only, never values."""
    audit.record(ctx.session, actor_id=ctx.actor.user_id, action=action, object_type=object_type,
                 object_id=object_id, fields=fields, outcome=outcome, at=ctx.clock.now())


def get(ctx: ServiceContext, model: type[T], row_id: int, message: str) -> T:
    """The row with this primary key, or NotFoundError with `message`."""
    row = ctx.session.get(model, row_id)
    if row is None:
        raise NotFoundError(message)
    return row


def may_see(ctx: ServiceContext, case: CaseRow) -> bool:
    """Coordinators and admins see every unit; others their own unit, the units they lead as teamleder
    or barneansvarlig, and cases they are responsible for."""
    if ctx.actor.role.sees_all_units or case.responsible_id == ctx.actor.user_id:
        return True
    user = ctx.session.get(User, ctx.actor.user_id)
    if user is not None and user.unit_id == case.unit_id:
        return True
    return ctx.session.scalar(select(UserFunctionRow.id).where(
        UserFunctionRow.user_id == ctx.actor.user_id, UserFunctionRow.unit_id == case.unit_id,
        UserFunctionRow.function.in_(LEADING_FUNCTIONS)).limit(1)) is not None


def flush_or_refuse(ctx: ServiceContext, refusal: AccessDeniedError) -> None:
    """Write the pending rows; where the server's row security or grants refuse them (SQLSTATE
    42501, e.g. a case in a unit the person is not a member of), raise `refusal` instead."""
    try:
        ctx.session.flush()
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":
            raise refusal from None
        raise


def log_refusal(ctx: ServiceContext, refusal: AccessDeniedError) -> None:
    """Log a refusal in the caller's (new) transaction, after the refused one was rolled back."""
    log(ctx, AuditAction(refusal.action), refusal.object_type or "case", refusal.object_id,
        outcome=Outcome.DENIED)


def case_row(ctx: ServiceContext, case_id: int) -> CaseRow:
    """The case row, after checking the actor may work on it (a refusal is logged)."""
    row = get(ctx, CaseRow, case_id, "Fant ikke saken.")
    if not may_see(ctx, row):
        log(ctx, AuditAction.VIEW, "case", case_id, outcome=Outcome.DENIED)
        raise AccessDeniedError("Du har ikke tilgang til denne saken.", object_type="case",
                                object_id=case_id)
    return row


_CHECKED_CASES = "barnearket.checked_cases"


def concern_row(ctx: ServiceContext, concern_id: int) -> ConcernRow:
    """The concern row, after checking access to its case."""
    _held = preload(ctx, ConcernRow, concern_id)
    row = get(ctx, ConcernRow, concern_id, "Fant ikke bekymringen.")
    # the session holds its rows weakly: keep the case for the `touch` that follows, or it is read again
    ctx.session.info.setdefault(_CHECKED_CASES, {})[row.case_id] = case_row(ctx, row.case_id)
    return row


_WITH_CASE: dict[type[Any], Select[Any, CaseRow, User, int]] = {}


def preload(ctx: ServiceContext, model: type[Any], row_id: int) -> Row[Any, CaseRow, User, int] | None:
    """Put a row of `model` (a table with `case_id`), its case, the actor's user row and whether the case
    is away into the session in one statement (each is a round trip on the server) for the `get`,
    `case_row` and `writable` that follow, unless the session holds the row already. The caller keeps
    the returned row until it has used them: the session holds rows weakly."""
    if ctx.session.identity_map.get(identity_key(model, row_id)) is not None:
        return None
    if model not in _WITH_CASE:
        wanted, me = bindparam("row", type_=Integer), bindparam("me", type_=Integer)
        _WITH_CASE[model] = (select(model, CaseRow, User, CaseCheckoutRow.case_id)
                             .join(CaseRow, CaseRow.id == model.case_id)
                             .outerjoin(User, User.id == me)
                             .outerjoin(CaseCheckoutRow, CaseCheckoutRow.case_id == CaseRow.id)
                             .where(model.id == wanted))
    found = ctx.session.execute(_WITH_CASE[model], {"row": row_id, "me": ctx.actor.user_id}).first()
    if found is not None and found[3] is None:
        seen_home(ctx.session, found[1].id)
    return found


READ_ONLY = n_("Saken er overført til journal og kan ikke endres lenger.")
NOT_MY_UNIT = n_("Saken hører til en enhet du ikke er med i. Du kan lese den, men bare endre saker i dine "
                 "egne enheter.")
"""On the server a koordinator reads every case but writes only in her units: the row is not changed."""


def touch(ctx: ServiceContext, case_id: int) -> None:
    """Mark the case as changed now; a case transferred to the patient record refuses every change
    (the caller's transaction is rolled back, so nothing of the change is kept)."""
    row = ctx.session.get(CaseRow, case_id)
    if row is not None:
        writable(row)
        row.updated_at = ctx.clock.now()


def writable(row: CaseRow) -> CaseRow:
    """The row, or ReadOnlyCaseError when the case is transferred to the patient record or taken
    along to a laptop (checked out from the server)."""
    if row.transferred_on is not None:
        raise ReadOnlyCaseError(READ_ONLY)
    session = object_session(row)
    if session is not None and is_away(session, row.id):
        raise ReadOnlyCaseError(CHECKED_OUT)
    return row


def name(value: str) -> str:
    """A person's name, cleaned by the documented text rule."""
    return text.clean_name(value).text


def line(value: str, limit: int = text.SHORT_TEXT_LIMIT) -> str:
    """A single line of text, cleaned."""
    return text.clean_line(value, limit=limit).text


def note(value: str) -> str:
    """A multi-line free text, cleaned."""
    return text.clean_note(value).text


_WHAT = {
    "categories": n_("kategorier"), "services": n_("tjenester"), "recipients": n_("mottakere"),
    "service_id": n_("tjenester"), "form_id": n_("skjemaer"), "question_id": n_("spørsmål"),
}


def ids(values: Iterable[str], field: str) -> frozenset[str]:
    """Catalogue ids (categories, services, questions...): lowercase identifiers, checked for `field`."""
    found = frozenset(values)
    if any(not _ID.match(v) for v in found):
        raise ValidationError("Ugyldig verdi i listen over {what}.", field=field,
                              what=t(_WHAT.get(field, field)))
    return found


def day(ctx: ServiceContext, value: date | None, field: str) -> date:
    """The given date (default today), refused when it lies in the future."""
    today = ctx.clock.today()
    chosen = today if value is None else value
    if chosen > today:
        raise ValidationError("Datoen kan ikke ligge fram i tid.", field=field)
    return chosen


def changed(row: Any, values: Mapping[str, Any], base: int | None = None) -> list[str]:
    """Set the attributes that differ and return their names (for the audit row). `base`: the row's
    version the person's edit began from; if anything differs and someone has stored a newer
    version since, nothing is set and `EditConflictError` is raised (without a base nothing is checked)."""
    names = [k for k, v in values.items() if getattr(row, k) != v]
    if names and base is not None:
        versions.based_on(row, base)
        if not set(names) & set(versions.EDITED.get(row.__tablename__, ())):
            versions.bump(row)  # e.g. only the answers to a step's added questions
    for key in names:
        setattr(row, key, values[key])
    return names


def replace_ids(ctx: ServiceContext, owner: InstrumentedAttribute[int], owner_id: int,
                column: InstrumentedAttribute[str], wanted: frozenset[str]) -> bool:
    """Make the owner's rows in a link table hold exactly `wanted`; True when something changed."""
    model: Any = owner.class_
    current = set(ctx.session.scalars(select(column).where(owner == owner_id)))
    if current == wanted:
        return False
    ctx.session.execute(delete(model).where(owner == owner_id))
    ctx.session.add_all(model(**{owner.key: owner_id, column.key: v}) for v in sorted(wanted))
    ctx.session.flush()
    return True
