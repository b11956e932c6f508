"""Changes seen live on the server: triggers that name a changed case by id, and a listener thread.

Every case table has a row trigger that sends `pg_notify(CHANNEL, '<case id>:<table>')` at commit:
ids only, never content (PostgreSQL sends one copy of identical payloads per transaction, and a
rolled-back transaction sends nothing). Anyone connected may LISTEN, so a person learns that some
case id changed, never what; whatever the window then reads goes through row-level security. The
trigger runs as the writer and finds the case id through the table's path to `cases`; a row whose
parent is already gone (a cascade) is sent with an empty case id, meaning "reload everything".

`Listener` holds one connection of its own (as the person, from the store's engine), listens on a
thread, hands batches of `Change`s to a callback and connects again after a lost connection (with
one "anything may have changed" batch, since notifications sent meanwhile are gone).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, Engine, event

from barnearket.storage.server.policies import CASE_PATHS
from barnearket.storage.store import Change

log = logging.getLogger("barnearket.storage.server.live")
CHANNEL = "barnearket_endring"
TRIGGER = "barnearket_endring"
BATCH_S = 0.05  # notifications arriving this close together are handed over as one batch
RETRY_S = (0.2, 0.5, 1.0, 2.0, 5.0)

NOTIFY_FUNCTION = f"""CREATE OR REPLACE FUNCTION barnearket_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE item jsonb; link text; found integer;
    BEGIN
        item := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
        link := item ->> TG_ARGV[1];
        IF TG_ARGV[0] = '' OR link IS NULL THEN
            found := link::integer;
        ELSE
            EXECUTE TG_ARGV[0] INTO found USING link::integer;
        END IF;
        PERFORM pg_notify('{CHANNEL}', coalesce(found::text, '') || ':' || TG_TABLE_NAME);
        RETURN NULL;
    END $$"""


def case_id_query(table: str) -> tuple[str, str]:
    """(query for the case id given the row's first link, the row's linking column) for one table."""
    path = CASE_PATHS[table]
    if not path:
        return "", "id"
    if len(path) == 1:
        return "", path[0][1]
    joins = [f"{path[0][0]} a0"]
    for n in range(1, len(path) - 1):
        joins.append(f"JOIN {path[n][0]} a{n} ON a{n}.id = a{n - 1}.{path[n][1]}")
    last = len(path) - 2
    return f"SELECT a{last}.{path[-1][1]} FROM {' '.join(joins)} WHERE a0.id = $1", path[0][1]


def notify_sql(tables: Iterable[str] = CASE_PATHS) -> list[str]:
    """The function and one trigger per case table; safe to run again (an upgrade re-installs them)."""
    statements = [NOTIFY_FUNCTION]
    for table in tables:
        query, column = case_id_query(table)
        quoted = query.replace("'", "''")
        statements += [f"DROP TRIGGER IF EXISTS {TRIGGER} ON {table}",
                       f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
                       f"EXECUTE FUNCTION barnearket_notify('{quoted}', '{column}')"]
    return statements


def install(connection: Connection) -> None:
    """Create or refresh the notify triggers in the caller's transaction (as the database owner)."""
    for statement in notify_sql():
        connection.exec_driver_sql(statement.replace("%", "%%"))


EVERYTHING = Change(None, "")


def parse(payload: str) -> Change:
    """A notification's payload back into a `Change` (anything malformed means "reload everything")."""
    number, _, table = payload.partition(":")
    return Change(int(number), table) if number.isdigit() else Change(None, table)


def own_backends(engine: Engine) -> set[int]:
    """The backend process ids of this engine's connections, kept up to date: a change this program
    made itself is not news to it (the notification carries the sender's process id)."""
    pids: set[int] = set()

    def remember(dbapi_connection: Any, _record: Any) -> None:
        pids.add(int(dbapi_connection.info.backend_pid))

    event.listen(engine, "connect", remember)
    return pids


class Listener:
    """LISTENs on its own connection in a daemon thread until `stop()`.

    `on_changes(batch)` gets each batch of changes from others; `on_state(True/False)` says whether
    the channel is connected. Both are called on the listener's thread.
    """

    def __init__(self, connect: Callable[[], Any], on_changes: Callable[[list[Change]], None],
                 on_state: Callable[[bool], None], ignore: set[int] | None = None) -> None:
        self._connect, self._on_changes, self._on_state = connect, on_changes, on_state
        self._ignore = ignore if ignore is not None else set()
        self._stop = threading.Event()
        self._connection: Any = None
        self._thread = threading.Thread(target=self._run, name="barnearket-live", daemon=True)

    def start(self) -> None:
        """Begin listening (returns at once)."""
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop listening and close the connection."""
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        failures = 0
        first = True
        while not self._stop.is_set():
            try:
                connection = self._connect()
            except Exception:  # server away: try again a little later
                log.info("live channel: no connection")
                self._stop.wait(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures += 1
                continue
            if self._stop.is_set():  # stopped while connecting
                _close(connection)
                break
            try:
                connection.autocommit = True
                connection.execute(f"LISTEN {CHANNEL}")
                self._on_state(True)
                if not first:
                    self._on_changes([EVERYTHING])  # what was sent while away is lost
                first, failures = False, 0
                self._listen(connection)
            except Exception:
                log.info("live channel lost")
                self._on_state(False)
            finally:
                _close(connection)

    def _listen(self, connection: Any) -> None:
        while not self._stop.is_set():
            batch = self._changes(connection, 0.5, 1)
            if batch:  # more may follow from the same moment: take them along
                self._on_changes(batch + self._changes(connection, BATCH_S, None))

    def _changes(self, connection: Any, wait_s: float, most: int | None) -> list[Change]:
        return [parse(note.payload) for note in connection.notifies(timeout=wait_s, stop_after=most)
                if note.pid not in self._ignore]


def _close(connection: Any) -> None:
    try:
        connection.close()
    except Exception:  # already gone with the server
        log.debug("live channel: close failed")


def engine_connector(engine: Engine) -> Callable[[], Any]:
    """A function giving a new psycopg connection as the person, outside the engine's pool."""
    def connect() -> Any:
        pooled = engine.raw_connection()
        pooled.detach()
        return pooled.dbapi_connection

    return connect


def listener_for(store: object, on_changes: Callable[[list[Change]], None],
                 on_state: Callable[[bool], None]) -> Listener | None:
    """A listener for a server store, logged in as its person; None for a case file (no live channel)."""
    from barnearket.storage.serverstore import ServerStore

    if not isinstance(store, ServerStore) or store.closed:
        return None
    return Listener(engine_connector(store.engine), on_changes, on_state, store.own_pids)
