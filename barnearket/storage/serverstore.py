"""The server side of the store seam: a person logged in to the municipality's PostgreSQL database.

Each person connects as their own PostgreSQL login role, so row-level security on the server decides
what they see; this module only finds who they are in the `users` table, logs the login, and hands
out sessions like a case file does. Connecting, TLS and the driver's error texts are in
`storage/server/connect.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from barnearket.storage import audit
from barnearket.storage.casefile import LoggedIn
from barnearket.storage.checkouts import refuse_in_norwegian
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.localjournal import LocalJournal
from barnearket.storage.location import StoreLocation
from barnearket.storage.opening import check_login
from barnearket.storage.orm.users import User
from barnearket.storage.store import Change, Listening

NO_USER_ROW = ("Du er logget inn på serveren, men er ikke registrert som bruker i Barnearket der. "
               "Be administratoren legge deg til.")


@dataclass
class ServerStore:
    """An open connection pool to the server for one person (the `Store` seam).

    Attributes:
        location: the server's URL (without password).
        engine: a pooled engine whose connections log in as the person's own role.
        user: who logged in.
    """

    location: StoreLocation
    engine: Engine = field(repr=False)
    user: LoggedIn | None
    failed_attempts: list[datetime] = field(default_factory=list)
    audit_findings: list[str] = field(default_factory=list)
    own_pids: set[int] = field(default_factory=set, repr=False)  # this program's backends (live.py)
    journal: LocalJournal | None = field(default=None, repr=False)  # unsaved typing, kept encrypted
    _closed: bool = field(default=False, repr=False)

    def session(self) -> Session:
        """A new session for a unit of work that writes (the server links its audit rows into the
        chain at commit, under the chain's lock, so writers do not queue for the whole transaction)."""
        return Session(self.engine, expire_on_commit=False, info={"actor_id": self.actor_id})

    def read_session(self) -> Session:
        """A new session for reading (e.g. on a worker thread)."""
        return Session(self.engine, expire_on_commit=False)

    @property
    def actor_id(self) -> int | None:
        """The audit log's id for whoever is logged in."""
        return self.user.id if self.user else None

    @property
    def closed(self) -> bool:
        """True once `close()` has run."""
        return self._closed

    def close(self) -> None:
        """Close every pooled connection (the password is not kept anywhere)."""
        if not self._closed:
            self.engine.dispose()
            self._closed = True

    def listen(self, on_changes: Callable[[list[Change]], None],
               on_state: Callable[[bool], None]) -> Listening | None:
        """A listener on a connection of its own, as this person (`server/live.py`); None once closed."""
        from barnearket.storage.server.live import listener_for

        return listener_for(self, on_changes, on_state)


def open_server(location: StoreLocation, *, login: str, password: str,
                ca_file: Path | None = None) -> ServerStore:
    """Log in as `login`'s own role, check the schema, find them among Barnearket's users, log it.

    Every known fault (server down, wrong password or unknown role, no TLS, wrong CA, not
    Barnearket's database, another schema version) is a `ServerError`, and nothing is written.
    """
    from barnearket.storage.server.connect import ServerLocation, open_checked, server_engine

    check_login(login)
    assert location.url is not None
    engine = server_engine(ServerLocation.parse(location.url), login, password, ca_file=ca_file)
    from barnearket.storage.server.live import own_backends

    pids = own_backends(engine)
    refuse_in_norwegian(engine)
    try:
        open_checked(engine)
        with translated(), Session(engine) as session, session.begin():
            user = _login_user(session, login)
            audit.record(session, actor_id=user.id, action=audit.AuditAction.UNLOCK)
    except BaseException:
        engine.dispose()
        raise
    return ServerStore(location, engine, user, own_pids=pids)


@contextmanager
def translated() -> Iterator[None]:
    """A driver error that is a known server fault becomes its `ServerError` (bugs stay as they are)."""
    from barnearket.storage.server.connect import translate

    try:
        yield
    except DBAPIError as exc:
        known = translate(exc)
        if known is None:
            raise
        raise known from None


def _login_user(session: Session, login: str) -> LoggedIn:
    user = session.scalars(select(User).where(User.login == login.casefold())).first()
    if user is None or not user.active:
        raise CaseFileError(Problem.USER_UNKNOWN, NO_USER_ROW)
    return LoggedIn(user.id, user.login, user.full_name, user.role)
