"""A real export to derive bad documents from, and an empty file to import them into (import tests)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services import exchange
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE, create_demo_file
from barnearket.services.settings import SYNTHETIC_IDS
from barnearket.storage import kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.opening import create_case_file, open_case_file
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.meta import set_meta
from barnearket.storage.orm.users import Unit, User

TODAY = date(2026, 3, 2)


def real_export(folder: Path, cases: int = 12, seed: int = 7,
                pick: Callable[[dict[str, Any]], list[str]] | None = None) -> dict[str, Any]:
    """A demo file made by the program, exported by the program, as a parsed document.

    `pick` chooses case numbers from the whole export; only those are then exported (with just the
    units and people they name).
    """
    path = folder / "kilde.barnearket"
    create_demo_file(path, cases=cases, seed=seed, today=TODAY)
    source = open_case_file(path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    try:
        with source.session() as session, session.begin():
            assert source.user is not None
            ctx = ServiceContext(session, Actor(source.user.id, DEMO_LOGIN, Role.ADMIN), SystemClock())
            document: dict[str, Any] = json.loads(exchange.dumps(exchange.export_cases(ctx)))
            if pick is not None:
                document = json.loads(exchange.dumps(exchange.export_cases(ctx, pick(document))))
    finally:
        source.close()
    return document


@dataclass
class Target:
    """An empty case file that accepts synthetic identity numbers, like a training file."""

    case_file: CaseFile

    @contextmanager
    def context(self) -> Iterator[ServiceContext]:
        """One transaction that is always rolled back, so every attempt starts from the same file."""
        user = self.case_file.user
        assert user is not None
        with self.case_file.session() as session:
            session.begin()
            try:
                yield ServiceContext(session, Actor(user.id, user.login, Role.ADMIN), SystemClock())
            finally:
                session.rollback()

    def fingerprint(self) -> tuple[int, int, int]:
        """Cases, units and users in the file (must not change when an import is refused)."""
        with self.case_file.read_session() as session:
            return (session.scalar(select(func.count()).select_from(CaseRow)) or 0,
                    session.scalar(select(func.count()).select_from(Unit)) or 0,
                    session.scalar(select(func.count()).select_from(User)) or 0)


def empty_target(folder: Path) -> Target:
    """A new empty file with one admin, marked as a training file."""
    case_file = create_case_file(folder / "mål.barnearket", login="admin", full_name="Ánte Ođđasa-Ærlig",
                                 passphrase="riktig passordfrase æøå", kdf_params=kdf.fast_params_for_tests())
    with case_file.session() as session, session.begin():
        set_meta(session, SYNTHETIC_IDS, "true")
    return Target(case_file)
