"""A healthy case file with a real family in it, and a backup of it, for the fault tests to copy."""

from __future__ import annotations

import io
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from barnearket.cli.main import run_cli
from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage import backup, kdf
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.opening import create_case_file, open_case_file
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.users import Unit
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE
from tests.reports.built import build_family, set_up_sender

OPEN = ("--user", ADMIN_LOGIN, "--passphrase-stdin")


@dataclass(frozen=True)
class Source:
    """The healthy file, its backup, and the number of the family's case."""

    file: Path
    copy: Path
    number: str


def make_source(folder: Path) -> Source:
    """Build the file (cheap KDF) with one family, the organisation and a backup beside it."""
    path = folder / "kilde.barnearket"
    case_file = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME,
                                 passphrase=ADMIN_PASSPHRASE, kdf_params=kdf.fast_params_for_tests())
    try:
        assert case_file.user is not None
        actor = Actor(case_file.user.id, ADMIN_LOGIN, Role.ADMIN)
        with case_file.session() as session, session.begin():
            unit = Unit(name="Rustjenesten", service="rus")
            session.add(unit)
            session.flush()
            ctx = ServiceContext(session, actor, SystemClock())
            set_up_sender(ctx, actor.user_id)
            number = build_family(ctx, unit.id).number
        backup.backup(case_file, folder / "kilde.kopi")
    finally:
        case_file.close()
    return Source(path, folder / "kilde.kopi", number)


def copy_source(source: Source, folder: Path) -> Source:
    """The same two files (with their key files) in another folder."""
    for path in (source.file, source.copy):
        for part in (path, keyfile_path(path)):
            shutil.copyfile(part, folder / part.name)
    return Source(folder / source.file.name, folder / source.copy.name, source.number)


def run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = ADMIN_PASSPHRASE + "\n") -> int:
    """One command in this process, as `barnearket ARGS` would run it (an escaped exception fails)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return run_cli(list(args))


def count_cases(path: Path) -> int:
    """How many cases the file holds (through a real unlock)."""
    case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        with case_file.read_session() as session:
            return int(session.scalar(select(func.count()).select_from(CaseRow)) or 0)
    finally:
        case_file.close()


def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """`init` and `demo` calibrate Argon2id to this machine; tests use the cheap parameters."""
    monkeypatch.setattr(kdf, "calibrate", lambda *_a, **_k: kdf.fast_params_for_tests())
