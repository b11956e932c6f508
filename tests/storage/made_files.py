"""Case files some storage tests build before they start: an audit log with a history, a file for the
crash worker, hot write-ahead logs, a closed file."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.units import add_unit
from barnearket.storage import accounts, audit, kdf
from barnearket.storage.keyfile import KeyFile
from barnearket.storage.opening import create_case_file
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE
from tests.helpers.crash_worker import ForkServer
from tests.helpers.hotlog import Template, make_hot_file


@pytest.fixture(scope="module")
def logged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, KeyFile]:
    """A cleanly closed file with about 50 audit rows of many kinds."""
    path = tmp_path_factory.mktemp("logg") / "logg.barnearket"
    case_file = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                                 kdf_params=kdf.fast_params_for_tests())
    try:
        fast = kdf.fast_params_for_tests()
        accounts.add_user(case_file, "kari", "Kari Nordmann", Role.SAKSBEHANDLER, "karis frase", fast)
        accounts.change_passphrase(case_file, "kari", "karis nye frase", fast)
        rng = random.Random(5)
        # (an alarm row is itself a finding, so the fixture leaves it out)
        actions = [a for a in audit.AuditAction if a is not audit.AuditAction.AUDIT_ALARM]
        with case_file.session() as session, session.begin():
            for i in range(44):
                audit.record(session, actor_id=rng.choice([1, 2, None]), action=rng.choice(actions),
                             object_type=rng.choice([None, "case", "child"]), object_id=i,
                             fields=rng.sample(["navn", "adresse", "notat", "status"], rng.randint(0, 3)),
                             outcome=rng.choice(list(audit.Outcome)))
        file_key, keys = case_file.file_key, case_file.keyfile
        with case_file.read_session() as session:
            assert 45 <= audit.verify(session).rows <= 55
    finally:
        case_file.close()
    return path, file_key, keys


@pytest.fixture
def worker_file(tmp_path: Path) -> Iterator[tuple[Path, ForkServer]]:
    """A fresh case file (cheap KDF) with one unit, and a fork server writing into it."""
    path = tmp_path / "krasj.barnearket"
    case_file = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                                 kdf_params=kdf.fast_params_for_tests())
    try:
        assert case_file.user is not None
        actor = Actor(case_file.user.id, case_file.user.login, Role(case_file.user.role))
        with case_file.session() as session, session.begin():
            add_unit(ServiceContext(session, actor, SystemClock()), name="Psykisk helse Nord",
                     service="psykisk_helse")
    finally:
        case_file.close()
    worker = ForkServer(path, tmp_path, ADMIN_LOGIN, ADMIN_PASSPHRASE)
    try:
        yield path, worker
    finally:
        worker.close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> list[Template]:
    """Two hot write-ahead logs to damage: a plain one and one written after a restart."""
    base = tmp_path_factory.mktemp("hot-logs")
    return [make_hot_file(base / "plain"), make_hot_file(base / "restarted", restart=True)]


@pytest.fixture
def closed_file(case_path: Path) -> Path:
    """A new case file (cheap KDF), closed again."""
    create_case_file(case_path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                     kdf_params=kdf.fast_params_for_tests()).close()
    return case_path
