"""Reading a file while its unlock finishes (issue 16): nothing is written before every page is checked.

`open_case_file(readable=...)` hands the file out for reading before `PRAGMA cipher_integrity_check`;
a writing session asked for meanwhile waits for the check, and a file found damaged refuses it.
"""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from barnearket.storage.casefile import CaseFile
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.users import User
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.helpers import mutations
from tests.storage.damaged_templates import fingerprint

WAITED_S = 0.3


def _write_attempt(case_file: CaseFile, got: list[str]) -> threading.Thread:
    """Ask for a writing session on another thread; `got` says when and how it ended."""

    def attempt() -> None:
        try:
            with case_file.session() as session, session.begin():
                got.append("session")
        except CaseFileError as exc:
            got.append(exc.problem.value)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    return thread


def test_file_is_readable_before_the_check_and_writes_wait_for_it(closed_file: Path) -> None:
    seen: list[object] = []
    got: list[str] = []
    writer: list[threading.Thread] = []

    def readable(case_file: CaseFile) -> None:
        with case_file.read_session() as session:
            seen.append(session.scalar(select(func.count()).select_from(User)))
        assert case_file.user is not None and case_file.user.login == ADMIN_LOGIN
        with case_file.read_session() as session:  # nor through a reading session
            session.add(User(login="ikke", full_name="Ikke Lagret", role="saksbehandler"))
            with pytest.raises(RuntimeError, match="integrity check"):
                session.flush()
        writer.append(_write_attempt(case_file, got))
        writer[0].join(WAITED_S)
        seen.append(list(got))  # still waiting: the check has not run yet
        seen.append(case_file)

    opened = open_case_file(closed_file, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE, readable=readable)
    try:
        writer[0].join(10)
        assert seen[0] == 1
        assert seen[1] == [], "a writing session was given before every page was checked"
        assert seen[2] is opened, "the file handed out early is the one returned"
        assert got == ["session"]
        assert opened.audit_findings == [] and opened.keyfile is not None
    finally:
        opened.close()


@pytest.mark.timeout(120)
def test_file_found_damaged_after_it_was_handed_out_refuses_every_write(
        originals: mutations.Originals, tmp_path: Path) -> None:
    handed: list[CaseFile] = []
    refused_late = 0
    for seed in range(40):  # damage at random pages: some are read at login, others only by the check
        folder = tmp_path / f"s{seed}"
        folder.mkdir()
        damaged = mutations.m_zero_random_page(originals, random.Random(seed), folder)
        path = folder / "saker.barnearket"
        path.write_bytes(damaged.case)
        keyfile_path(path).write_bytes(originals.keys)
        before = fingerprint(path)
        handed.clear()
        with pytest.raises(CaseFileError) as refused:
            open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE, readable=handed.append)
        assert fingerprint(path) == before, f"seed {seed}: the damaged file was written to"
        if handed:
            refused_late += 1
            assert refused.value.problem is Problem.DAMAGED
            got: list[str] = []
            _write_attempt(handed[0], got).join(10)
            assert got == [Problem.DAMAGED.value], "a file refused at unlock still gave a writing session"
    assert refused_late >= 3, "too few damaged pages were left for the check to find"
