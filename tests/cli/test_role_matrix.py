"""Every command × every role: allowed or refused as issue 12 (point 3) says, each refusal logged.

The commands run in this process through `run_cli` (the same code path as the installed command,
without a new Python per cell). The file is a small demo file with a coordinator and a case
worker added; each cell runs on a fresh copy, so no cell depends on another.
"""

from __future__ import annotations

import io
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from barnearket.cli.main import run_cli
from barnearket.domain.roles import Role
from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE, create_demo_file
from barnearket.storage import accounts, kdf, witness
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.users import Unit, User

PHRASES = {DEMO_LOGIN: DEMO_PASSPHRASE, "ola": "olas lange frase æøå", "kari": "karis lange frase ŋđ"}
NEW = "en helt ny frase med fire ord"
OWN_UNIT = "Rustjenesten nord"


@dataclass(frozen=True)
class Cell:
    """One command line (after the file and the login) and the roles that may run it."""

    name: str
    args: tuple[str, ...]
    allowed: frozenset[Role]
    extra_stdin: tuple[str, ...] = ()


ALL = frozenset(Role)
ADMIN = frozenset({Role.ADMIN})
LOGIN_OF = {Role.ADMIN: DEMO_LOGIN, Role.KOORDINATOR: "ola", Role.SAKSBEHANDLER: "kari"}
CELLS = (
    Cell("check", ("check", "{file}"), ALL),
    Cell("cases", ("cases", "{file}"), ALL),
    Cell("export", ("export", "{file}", "-o", "{dir}/ut.json"), ALL),
    Cell("audit", ("audit", "{file}"), ALL),
    Cell("audit-verify", ("audit", "{file}", "--verify"), ALL),
    Cell("audit-head", ("audit", "{file}", "--head"), ALL),
    Cell("users-list", ("users", "{file}", "list"), ADMIN),
    Cell("users-add", ("users", "{file}", "add", "per", "--name", "Per Åsheim", "--role", "saksbehandler"),
         ADMIN, (NEW,)),
    Cell("users-remove", ("users", "{file}", "remove", "siri"), ADMIN),
    Cell("users-passwd-other", ("users", "{file}", "passwd", "siri"), ADMIN, (NEW,)),
    Cell("users-passwd-own", ("users", "{file}", "passwd", "{login}"), ALL, (NEW,)),
    Cell("users-recovery-key", ("users", "{file}", "recovery-key"), ADMIN),
    Cell("backup", ("backup", "{file}", "{dir}/kopi.barnearket"), ADMIN),
    Cell("restore", ("restore", "{file}", "{dir}/tilbake.barnearket"), ADMIN),
    Cell("settings", ("settings", "{file}"), ADMIN),
    Cell("import-own-unit", ("import", "{file}", "{dir}/egen.json"), ALL),
    Cell("import-other-unit", ("import", "{file}", "{dir}/annen.json"), ADMIN),
)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty demo file (units only) with a coordinator, a case worker and a spare user."""
    folder = tmp_path_factory.mktemp("roller")
    source = folder / "kilde.barnearket"
    create_demo_file(source, cases=8, seed=3)
    path = folder / "saker.barnearket"
    create_demo_file(path, cases=0, seed=3)
    case_file = open_case_file(path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    try:
        fast = kdf.fast_params_for_tests()
        accounts.add_user(case_file, "ola", "Ola Ŋuolas", Role.KOORDINATOR, PHRASES["ola"], fast)
        accounts.add_user(case_file, "kari", "Kari Čeavrris", Role.SAKSBEHANDLER, PHRASES["kari"], fast)
        accounts.add_user(case_file, "siri", "Siri Æsheim", Role.SAKSBEHANDLER, "siris frase æøå", fast)
        with case_file.session() as session, session.begin():
            unit = session.scalars(select(Unit).where(Unit.name == OWN_UNIT)).one()
            for login in ("ola", "kari"):
                session.scalars(select(User).where(User.login == login)).one().unit_id = unit.id
    finally:
        case_file.close()
    _split_export(source, folder)
    return path


def _split_export(source: Path, folder: Path) -> None:
    """Export the source's cases and split them into one document for OWN_UNIT and one for the rest."""
    out = folder / "alt.json"
    assert _run(("export", str(source), "-o", str(out)), DEMO_LOGIN, DEMO_PASSPHRASE) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    own_key = next(u["key"] for u in doc["units"] if u["name"] == OWN_UNIT)
    own = [c for c in doc["cases"] if c["unit"] == own_key]
    other = [c for c in doc["cases"] if c["unit"] != own_key]
    assert own and other
    for name, cases in (("egen.json", own), ("annen.json", other)):
        (folder / name).write_text(json.dumps({**doc, "cases": cases}), encoding="utf-8")


def _run(argv: tuple[str, ...], login: str, passphrase: str, extra: tuple[str, ...] = ()) -> int:
    stdin = io.StringIO("".join(f"{line}\n" for line in (passphrase, *extra)))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", stdin)
        return run_cli([*argv[:2], "--user", login, "--passphrase-stdin", *argv[2:]])


def _denied(path: Path) -> dict[int, int]:
    """Refusal rows per person (read with the recovery key, which no role check concerns)."""
    case_file = open_case_file(path, recovery_key=_FILE_KEY[path.parent.parent])
    try:
        with case_file.read_session() as session:
            rows = session.execute(select(AuditEntry.actor_id, func.count()).where(
                AuditEntry.outcome == "denied").group_by(AuditEntry.actor_id)).all()
            return {int(actor or 0): int(n) for actor, n in rows}
    finally:
        case_file.close()


_FILE_KEY: dict[Path, bytes] = {}  # per test folder: the copies' file key


def _ids_and_key(path: Path) -> tuple[dict[str, int], bytes]:
    case_file = open_case_file(path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    try:
        with case_file.read_session() as session:
            ids = {u.login: u.id for u in session.scalars(select(User))}
            denied = session.scalar(select(func.count()).select_from(AuditEntry)
                                    .where(AuditEntry.outcome == "denied"))
        assert denied == 0
        return ids, case_file.file_key
    finally:
        case_file.close()


def _copy(source: Path, folder: Path) -> Path:
    # Every cell starts from a copy of the same file, which the witness would rightly report as an
    # older copy put back: each cell starts with no witness.
    shutil.rmtree(witness.default_folder(), ignore_errors=True)
    folder.mkdir()
    target = folder / source.name
    shutil.copy2(source, target)
    shutil.copy2(keyfile_path(source), keyfile_path(target))
    for doc in ("egen.json", "annen.json"):
        shutil.copy2(source.parent / doc, folder / doc)
    return target


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_every_command_for_every_role(role: Role, pristine: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    login = LOGIN_OF[role]
    ids, _FILE_KEY[tmp_path] = _ids_and_key(pristine)
    wrong: list[str] = []
    for cell in CELLS:
        folder = tmp_path / cell.name
        path = _copy(pristine, folder)
        if cell.name == "restore":  # restore needs a backup, taken by the admin
            assert _run(("backup", str(path), str(folder / "b.barnearket")), DEMO_LOGIN, DEMO_PASSPHRASE) == 0
            path = folder / "b.barnearket"
        argv = tuple(a.format(file=path, dir=folder, login=login) for a in cell.args)
        code = _run(argv, login, PHRASES[login], cell.extra_stdin)
        out = capsys.readouterr()
        assert "Traceback" not in out.err
        allowed = role in cell.allowed
        if allowed and code != 0:
            wrong.append(f"{cell.name}: refused ({code}) {out.err.strip()[:120]}")
        if not allowed:
            logged = _denied(path).get(ids[login], 0)
            if code == 0:
                wrong.append(f"{cell.name}: allowed")
            elif logged != 1:
                wrong.append(f"{cell.name}: refused but logged {logged} times")
            elif "administrator" not in out.err and "egen enhet" not in out.err:
                wrong.append(f"{cell.name}: unclear message {out.err.strip()[:120]}")
    assert wrong == []


@pytest.mark.slow
def test_a_case_worker_reads_only_her_own_audit_rows(pristine: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = _copy(pristine, tmp_path / "logg")
    assert _run(("audit", str(path)), "kari", PHRASES["kari"]) == 0
    kari = capsys.readouterr()
    assert "Du ser bare dine egne rader" in kari.err
    rows = [line for line in kari.out.splitlines() if "UTC" in line]
    assert rows and all("(kari)" in line for line in rows)
    assert _run(("audit", str(path)), "ola", PHRASES["ola"]) == 0
    ola = capsys.readouterr()
    assert "(demo)" in ola.out and "(kari)" in ola.out
