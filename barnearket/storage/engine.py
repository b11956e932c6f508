"""Opens the SQLCipher 4 database with the raw file key and sets up every connection the same way.

Journal mode is WAL with synchronous=FULL: readers on worker threads never block the writer, and
every commit the user was told about survives a power cut. Transactions begin explicitly (the
pysqlite default would start them late), and writing sessions take the write lock up front.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.faults import blame

DRIVER_ERRORS: tuple[type[Exception], ...] = (DBAPIError, sqlcipher.Error)

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA busy_timeout = 5000",
)


def connect_raw(path: Path, file_key: bytes) -> Any:
    """One DB-API connection keyed with the raw 256-bit file key, checked to be really encrypted."""
    con = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = \"x'{file_key.hex()}'\"")
        if not con.execute("PRAGMA cipher_version").fetchone():
            raise RuntimeError("SQLCipher is not active; refusing to use plain SQLite")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in CONNECTION_PRAGMAS:
            con.execute(pragma).fetchall()
    except BaseException:
        con.close()
        raise
    return con


def classify(exc: Exception) -> Problem:
    """Map a driver error to a known problem (the key was already verified by the caller)."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return Problem.IN_USE
    if "full" in text:
        return Problem.DISK_FULL
    if "unable to open" in text or "readonly" in text or "permission" in text:
        return Problem.NO_ACCESS
    return Problem.DAMAGED


def diagnose(exc: Exception, path: Path) -> Problem:
    """A driver error during work on `path`: the disk and folder are ruled out before the file."""
    return blame(classify(exc), path)


def make_engine(path: Path, file_key: bytes) -> Engine:
    """A pooled engine over the encrypted file; connections are shared across threads safely."""
    engine = create_engine(
        "sqlite://", creator=lambda: connect_raw(path, file_key), module=sqlcipher,
        poolclass=QueuePool, pool_size=2, max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def header_is_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file: never accepted as a case file."""
    with path.open("rb") as handle:
        return handle.read(16) == PLAIN_SQLITE_HEADER


def read_salt(path: Path) -> bytes:
    """SQLCipher keeps the database's random salt in the first 16 bytes."""
    with path.open("rb") as handle:
        salt = handle.read(16)
    if len(salt) < 16:
        raise CaseFileError(Problem.DAMAGED)
    return salt
