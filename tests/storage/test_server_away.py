"""Which store faults mean «the server is away» (a form then keeps what was typed and retries) and which
are refusals or other faults shown as before."""

from __future__ import annotations

import psycopg
from sqlalchemy.exc import OperationalError

from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.server.errors import ServerError, ServerProblem
from barnearket.storage.storefaults import server_away


def _driver(text: str) -> OperationalError:
    return OperationalError("SELECT 1", {}, psycopg.OperationalError(text))


def test_a_lost_or_refused_connection_is_the_server_away() -> None:
    assert server_away(ServerError(ServerProblem.SERVER_DOWN))
    assert server_away(ServerError(ServerProblem.CONNECTION_LOST))
    assert server_away(_driver("connection failed: Connection refused"))
    assert server_away(_driver("server closed the connection unexpectedly"))


def test_refusals_and_other_faults_are_not() -> None:
    assert not server_away(ServerError(ServerProblem.DENIED))
    assert not server_away(_driver("permission denied for table cases"))
    assert not server_away(CaseFileError(Problem.NOT_A_CASE_FILE))
    assert not server_away(OSError("disk full"))
    assert not server_away(ValueError("a bug"))
