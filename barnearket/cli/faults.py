"""Names a disk or database-driver fault that escaped a command for what it is, checking the
surroundings of the files the command was given before anything is blamed on a file."""

from __future__ import annotations

import argparse
from pathlib import Path

from barnearket.storage.engine import DRIVER_ERRORS, classify
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.faults import blame, os_error_problem
from barnearket.storage.location import looks_like_server

PATH_ARGUMENTS = ("file", "dest", "backup", "output", "document")


def paths_of(args: argparse.Namespace) -> list[Path]:
    """The files a command was given (a `-` for standard output and a server URL are not files)."""
    values = (getattr(args, name, None) for name in PATH_ARGUMENTS)
    return [Path(v) for v in values if isinstance(v, str) and v != "-" and not looks_like_server(v)]


def problem_for(exc: Exception, args: argparse.Namespace) -> Problem | None:
    """The known problem behind an escaped exception, or None for a bug."""
    if isinstance(exc, OSError):
        problem = os_error_problem(exc)
    elif isinstance(exc, DRIVER_ERRORS):
        problem = classify(exc)
    else:
        return None
    for path in paths_of(args):
        problem = blame(problem, path)
    return problem


def server_fault(exc: Exception, args: argparse.Namespace) -> CaseFileError | None:
    """A driver error met while a command worked on a server (e.g. the connection was cut),
    as the server's own known problem; None when the command was not on a server or it is a bug."""
    where = getattr(args, "file", None)
    if not (isinstance(where, str) and looks_like_server(where)):
        return None
    import psycopg
    from sqlalchemy.exc import DBAPIError

    from barnearket.storage.server.connect import translate

    return translate(exc) if isinstance(exc, DBAPIError | psycopg.Error) else None
