"""Who has taken which case along (`case_checkouts`), read for the case list, the case view and the
services' refusal; only a server holds such rows (a case file is never checked out from)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, event, select
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session

from barnearket.domain.errors import ReadOnlyCaseError
from barnearket.domain.language import n_
from barnearket.storage.orm.checkouts import CaseCheckoutRow
from barnearket.storage.orm.users import User

CHECKED_OUT = n_("Saken er tatt med på en bærbar maskin og kan bare leses til den er levert tilbake "
               "(eller en administrator frigir den).")


GUARD_STATE = "55006"
"""SQLSTATE the database's guard raises for a write to a checked-out case (server/checkouts.py)."""


def refuse_in_norwegian(engine: Engine) -> None:
    """A write the database's guard refused reaches the caller as ReadOnlyCaseError with our message
    (the services check first where they can; an insert below a case meets the guard first)."""
    event.listen(engine, "handle_error", _guarded)


def _guarded(context: ExceptionContext) -> BaseException | None:
    if getattr(context.original_exception, "sqlstate", None) == GUARD_STATE:
        return ReadOnlyCaseError(CHECKED_OUT)
    return None


@dataclass(frozen=True)
class Taken:
    """A case that is away: who took it and when."""

    case_id: int
    login: str
    full_name: str
    taken_at: datetime


def on_server(session: Session) -> bool:
    """True when the session talks to PostgreSQL (only there can a case be checked out)."""
    return session.get_bind().dialect.name == "postgresql"


_HOME = "barnearket.cases_at_home"


def seen_home(session: Session, case_id: int) -> None:
    """Note that this session read the case with no checkout row, so `is_away` need not ask again (the
    database's guard still refuses a write should the case be taken along meanwhile)."""
    session.info.setdefault(_HOME, set()).add(case_id)


def is_away(session: Session, case_id: int) -> bool:
    """True when the case is checked out and this transaction is not the one bringing it back."""
    if not on_server(session) or case_id in session.info.get(_HOME, ()):
        return False
    row = session.get(CaseCheckoutRow, case_id)
    if row is None:
        return False
    return row.checkin_tx != session.connection().exec_driver_sql("SELECT txid_current()").scalar()


def taken(session: Session, case_ids: Iterable[int] | None = None) -> dict[int, Taken]:
    """The checked-out cases among `case_ids` (all when None), with the taker's name and the time."""
    if not on_server(session):
        return {}
    query = (select(CaseCheckoutRow.case_id, User.login, User.full_name, CaseCheckoutRow.taken_at)
             .join(User, User.id == CaseCheckoutRow.user_id))
    if case_ids is not None:
        query = query.where(CaseCheckoutRow.case_id.in_(list(case_ids)))
    return {r.case_id: Taken(r.case_id, r.login, r.full_name, r.taken_at) for r in session.execute(query)}
