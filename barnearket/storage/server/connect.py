"""Turns a server address and a person's login into a SQLAlchemy engine on PostgreSQL (psycopg 3).

The API the store seam calls:

- `is_server_location(text)`: True for a `postgresql:` address (anything else is a file path).
- `ServerLocation.parse(text)`: one of the three forms `postgresql://host:port/db`,
  `postgresql:///db?host=/socket/dir&port=N` or `postgresql:///?service=NAME` (pg_service.conf);
  other query parameters are passed to libpq. A password in the address is refused: passwords are
  asked for, never stored.
- `server_engine(location, login, password, ca_file=None)`: a pooled engine whose every connection
  is checked: TCP only with TLS (`sslmode=verify-full` against the municipality's CA: `sslrootcert`
  from the address, else `ca_file`, else libpq's own default `~/.postgresql/root.crt` or
  `PGSSLROOTCERT`); a Unix socket needs none. `sslmode=disable/allow/prefer/require` is refused
  before anything is sent. Writers run side by side (READ COMMITTED); the audit chain is serialised
  only at commit (see `audit.py`), and new case numbers under a lock of their own.
- `open_checked(engine)`: connects once and compares the schema, raising a `ServerError` for every
  known fault (server down, wrong password or unknown role, no TLS, wrong CA, not Barnearket's,
  newer or older schema); `translate(exc)` does the same for a driver error met later.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, DisconnectionError

from barnearket.storage.revisions import SchemaState, schema_state
from barnearket.storage.server.errors import ServerError, ServerProblem

SCHEMES = ("postgresql:", "postgres:")
WEAK_SSLMODES = frozenset({"disable", "allow", "prefer", "require"})
CONNECT_TIMEOUT_S = 10
_FORBIDDEN_PARAMS = frozenset({"password", "passfile", "user"})


def is_server_location(text: str) -> bool:
    """True when `text` names a PostgreSQL server rather than a case file."""
    return text.strip().lower().startswith(SCHEMES)


@dataclass(frozen=True)
class ServerLocation:
    """A parsed server address: where to connect, never who or with which password."""

    host: str | None = None
    port: int | None = None
    dbname: str | None = None
    service: str | None = None
    user: str | None = None
    params: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> ServerLocation:
        """Read one of the three address forms; anything else is `BAD_LOCATION`."""
        if not is_server_location(text):
            raise ServerError(ServerProblem.BAD_LOCATION)
        try:
            parts = urlsplit(text.strip())
            port_in_netloc = parts.port
        except ValueError as exc:
            raise ServerError(ServerProblem.BAD_LOCATION) from exc
        if parts.password is not None:
            raise ServerError(ServerProblem.BAD_LOCATION, "Adressen kan ikke inneholde et passord. "
                              "Passordet blir spurt om når du kobler til.")
        query: dict[str, str | None] = dict(parse_qsl(parts.query, keep_blank_values=False))
        if _FORBIDDEN_PARAMS & {k.lower() for k in query}:
            raise ServerError(ServerProblem.BAD_LOCATION)
        host = query.pop("host", None) or (unquote(parts.hostname) if parts.hostname else None)
        port_text = query.pop("port", None)
        port = port_in_netloc if port_text is None else _port(port_text)
        dbname = unquote(parts.path.lstrip("/")) or query.pop("dbname", None)
        service = query.pop("service", None)
        if dbname is None and service is None:
            raise ServerError(ServerProblem.BAD_LOCATION)
        rest = {key: value for key, value in query.items() if value is not None}
        location = cls(host, port, dbname, service, unquote(parts.username) if parts.username else None,
                       rest)
        location.refuse_weak_tls()
        return location

    @property
    def is_socket(self) -> bool:
        """True when the address is a local Unix socket folder (no TLS needed)."""
        return self.host is not None and self.host.startswith("/")

    def refuse_weak_tls(self) -> None:
        """A request for an unverified or unencrypted connection is refused before connecting."""
        if self.params.get("sslmode", "verify-full").lower() in WEAK_SSLMODES:
            raise ServerError(ServerProblem.WEAK_TLS)

    def display(self) -> str:
        """The address as shown to people and remembered: no login, no password."""
        if self.service is not None and self.host is None and self.dbname is None:
            return f"postgresql:///?service={self.service}"
        if self.is_socket:
            port = f"&port={self.port}" if self.port else ""
            return f"postgresql:///{self.dbname or ''}?host={self.host}{port}"
        port = f":{self.port}" if self.port else ""
        return f"postgresql://{self.host or ''}{port}/{self.dbname or ''}"

    def conninfo(self, login: str | None, password: str | None, ca_file: Path | None = None
                 ) -> dict[str, Any]:
        """The keyword arguments for libpq (psycopg.connect)."""
        args: dict[str, Any] = {k: v for k, v in self.params.items() if k not in ("sslmode",)}
        for key, value in (("host", self.host), ("port", self.port), ("dbname", self.dbname),
                           ("service", self.service), ("user", login or self.user),
                           ("password", password)):
            if value is not None:
                args[key] = value
        args["sslmode"] = self.params.get("sslmode", "verify-full")
        if "sslrootcert" not in args and ca_file is not None:
            args["sslrootcert"] = str(ca_file)
        args.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
        args.setdefault("application_name", "barnearket")
        return args


def _port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ServerError(ServerProblem.BAD_LOCATION)
    return int(text)


# libpq's messages are English and stable across versions; the first match wins.
_PATTERNS: tuple[tuple[re.Pattern[str], ServerProblem], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind) for pattern, kind in (
        (r"root certificate file .* does not exist|could not read root certificate",
         ServerProblem.CA_MISSING),
        (r"does not match host name|server certificate for .* does not match", ServerProblem.WRONG_HOST),
        (r"certificate verify failed|SSL error", ServerProblem.WRONG_CA),
        (r"no encryption|server does not support SSL", ServerProblem.NO_TLS),
        (r"password authentication failed|role .* does not exist|authentication failed"
         r"|no password supplied|fe_sendauth", ServerProblem.WRONG_PASSWORD),
        (r"no pg_hba\.conf entry|pg_hba\.conf rejects|permission denied for database"
         r"|not permitted to log in", ServerProblem.NOT_ALLOWED_FROM_HERE),
        (r"database .* does not exist", ServerProblem.NO_DATABASE),
        (r"definition of service .* not found|service file .* not found", ServerProblem.BAD_LOCATION),
        (r"terminating connection|server closed the connection|connection is closed"
         r"|consuming input failed|SSL SYSCALL error|connection to server was lost",
         ServerProblem.CONNECTION_LOST),
        (r"connection refused|could not translate host name|timeout expired|no such file or directory"
         r"|could not connect|network is unreachable|no route to host", ServerProblem.SERVER_DOWN),
        (r"permission denied|row-level security", ServerProblem.DENIED),
    )
)


def translate(exc: BaseException) -> ServerError | None:
    """The known problem behind a driver error, or None when it is not one we know (a bug)."""
    if isinstance(exc, ServerError):
        return exc
    inner = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text = str(inner)
    for pattern, kind in _PATTERNS:
        if pattern.search(text):
            return ServerError(kind)
    return None


def _require_tls(dbapi_connection: Any, _record: Any) -> None:
    """Every new connection: a TCP one without TLS is closed before it is used."""
    info = dbapi_connection.info
    if not str(info.host).startswith("/") and not dbapi_connection.pgconn.ssl_in_use:
        dbapi_connection.close()
        raise ServerError(ServerProblem.NO_TLS)


# A pooled connection used again within this many seconds is not pinged first: a save is about ten
# round trips, and the ping before each one was one more. One idle longer is pinged (and replaced when
# the server went away meanwhile), as `pool_pre_ping` would.
PING_AFTER_IDLE_S = 2.0


def _checked_in(_dbapi_connection: Any, record: Any) -> None:
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(engine: Engine) -> Any:
    def ping(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < PING_AFTER_IDLE_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:  # any failure: the pool throws this connection away and makes another
            raise DisconnectionError() from exc
        if not alive:
            raise DisconnectionError()
    return ping


def server_engine(location: ServerLocation, login: str | None, password: str | None, *,
                  ca_file: Path | None = None, pool_size: int = 2, max_overflow: int = 4) -> Engine:
    """A pooled engine for one person on the server; nothing is sent until it connects."""
    location.refuse_weak_tls()
    engine = create_engine("postgresql+psycopg://", connect_args=location.conninfo(login, password, ca_file),
                           pool_size=pool_size, max_overflow=max_overflow)
    event.listen(engine, "connect", _require_tls)
    event.listen(engine, "checkin", _checked_in)
    event.listen(engine, "checkout", _ping_if_idle(engine))
    return engine


def connect_checked(engine: Engine) -> Connection:
    """One connection, with every connection fault translated to a `ServerError`."""
    try:
        return engine.connect()
    except DBAPIError as exc:
        known = translate(exc)
        if known is None:
            raise
        raise known from None


def _tables(connection: Connection) -> set[str]:
    return {str(row[0]) for row in connection.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}


_REFUSED = {SchemaState.EMPTY: ServerProblem.EMPTY, SchemaState.OLDER: ServerProblem.OLDER_SCHEMA,
            SchemaState.NEWER: ServerProblem.NEWER_SCHEMA, SchemaState.CURRENT: ServerProblem.ALREADY_MADE}


def open_checked(engine: Engine, *, allow: frozenset[SchemaState] = frozenset({SchemaState.CURRENT})
                 ) -> SchemaState:
    """Connect once and compare the schema; a state outside `allow` is a `ServerError`.

    A database with tables but without Barnearket's (`alembic_version`, `meta`, `audit_log`) is
    `NOT_BARNEARKET`, never `EMPTY`, so `init` does not build into someone else's database.
    """
    try:
        with connect_checked(engine) as connection:
            tables = _tables(connection)
            state = schema_state(connection)
            connection.rollback()
    except DBAPIError as exc:
        known = translate(exc)
        if known is None:
            raise
        raise known from None
    if tables and not {"alembic_version", "meta", "audit_log"} <= tables:
        raise ServerError(ServerProblem.NOT_BARNEARKET)
    if state not in allow:
        raise ServerError(_REFUSED[state])
    return state
