"""Typed text survives the program being killed one second later (no save button, no clean exit)."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

from barnearket.domain.clock import SystemClock
from barnearket.domain.model import GateAnswer, Parent, SheetStatus
from barnearket.domain.roles import Role
from barnearket.services.cases import answer_gate, create_case
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage import kdf
from barnearket.storage.mapping import load_case
from barnearket.storage.opening import create_case_file, open_case_file
from barnearket.ui.units import add_unit
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE

PROBE = Path(__file__).with_name("typing_probe.py")
NOTES = "Mormor Ánde henter barna – æøå ÆØÅ, Ŋuvvos og Đ"
ANSWER = "Sliten om kveldene – Máret sover lite; ŧ"
READY_TIMEOUT_S = 25.0


def _case_on_file(path: Path) -> int:
    """A file with one case (gate answered), made through the services and closed again."""
    case_file = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                                 kdf_params=kdf.fast_params_for_tests())
    try:
        user = case_file.user
        assert user is not None
        with case_file.session() as session, session.begin():
            sctx = ServiceContext(session, Actor(user.id, user.login, Role(user.role)), SystemClock())
            unit = add_unit(sctx, "Rustjenesten Øst", "rus")
            case_id = create_case(sctx, unit_id=unit, parent=Parent(name="Máret Ŋuolas"))
            answer_gate(sctx, case_id, GateAnswer.JA, siblings=GateAnswer.NEI)
    finally:
        case_file.close()
    return case_id


def _wait_for_line(process: subprocess.Popen[str], marker: str, timeout: float) -> None:
    """Read the child's output until `marker` (fails on timeout or when the child ends first)."""
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not selector.select(timeout=max(deadline - time.monotonic(), 0)):
                break
            line = process.stdout.readline()
            if line.strip() == marker:
                return
            if line == "":
                raise AssertionError(f"the program ended (code {process.wait()}) before {marker}")
    raise AssertionError(f"no {marker} within {timeout} s")


def test_text_typed_one_second_before_a_kill_is_in_the_file(case_path: Path, tmp_path: Path) -> None:
    case_id = _case_on_file(case_path)
    errors = tmp_path / "probe-stderr.txt"
    job = {"login": ADMIN_LOGIN, "passphrase": ADMIN_PASSPHRASE, "case_id": case_id,
           "notes": NOTES, "answer": ANSWER}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    with errors.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen([sys.executable, str(PROBE), str(case_path)], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=stderr, env=env, text=True,
                                   encoding="utf-8")
        try:
            assert process.stdin is not None
            process.stdin.write(json.dumps(job) + "\n")
            process.stdin.close()
            try:
                _wait_for_line(process, "TYPED", READY_TIMEOUT_S)
            except AssertionError as problem:
                raise AssertionError(f"{problem}\n{errors.read_text(encoding='utf-8')[-3000:]}") from None
            time.sleep(1.0)  # the second between typing and the kill is the scenario, not a wait for anything
            assert process.poll() is None, "the program must still be running when it is killed"
            process.send_signal(signal.SIGKILL)
            assert process.wait(timeout=10) == -signal.SIGKILL
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)
            if process.stdout is not None:
                process.stdout.close()

    reopened = open_case_file(case_path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        with reopened.read_session() as session:
            case = load_case(session, case_id)
    finally:
        reopened.close()
    (sheet,) = case.sheets
    assert sheet.status is SheetStatus.DRAFT
    assert sheet.quick_notes == NOTES
    assert sheet.answer("parent_situation") == ANSWER
