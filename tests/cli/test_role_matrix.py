"""Every command × every role: allowed or refused as issue 12 (point 3) says, each refusal logged, on a
case file and on the server.

The commands run in this process through `run_cli` (the same code path as the installed command,
without a new Python per cell). The store is a small demo municipality with a coordinator and a case
worker added; each cell runs on a fresh copy (tests/cli/matrix.py), so no cell depends on another.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from barnearket.domain.roles import Role
from barnearket.services.demo import DEMO_LOGIN
from barnearket.storage.location import StoreLocation
from tests.cli.matrix import Pristine, cell_copy, denied, file_key
from tests.cli.stores import CliStore

NEW = "en helt ny frase med fire ord"


@dataclass(frozen=True)
class Cell:
    """One command line (after the store and the login) and the roles that may run it."""

    name: str
    args: tuple[str, ...]
    allowed: frozenset[Role]
    extra_stdin: tuple[str, ...] = ()
    on_server: frozenset[Role] | None = None  # when the server allows other roles (None: the same)
    not_on_server: str = ""  # why the cell has no server run (where the server's side is tested)

    def allowed_on(self, kind: str) -> frozenset[Role]:
        """The roles allowed on this kind of store."""
        return self.allowed if kind == "file" or self.on_server is None else self.on_server


ALL = frozenset(Role)
ADMIN = frozenset({Role.ADMIN})
OVERSEERS = frozenset({Role.ADMIN, Role.KOORDINATOR})
LOGIN_OF = {Role.ADMIN: DEMO_LOGIN, Role.KOORDINATOR: "ola", Role.SAKSBEHANDLER: "kari"}
CELLS = (
    Cell("check", ("check", "{file}"), ALL),
    Cell("cases", ("cases", "{file}"), ALL),
    Cell("export", ("export", "{file}", "-o", "{dir}/ut.json"), ALL),
    Cell("audit", ("audit", "{file}"), ALL),
    # On the server a case worker sees only her own rows, so only those who read the whole log check it.
    Cell("audit-verify", ("audit", "{file}", "--verify"), ALL, on_server=OVERSEERS),
    Cell("audit-head", ("audit", "{file}", "--head"), ALL, on_server=OVERSEERS),
    Cell("users-list", ("users", "{file}", "list"), ADMIN),
    Cell("users-add", ("users", "{file}", "add", "per", "--name", "Per Åsheim", "--role", "saksbehandler"),
         ADMIN, (NEW,)),
    Cell("users-remove", ("users", "{file}", "remove", "siri"), ADMIN),
    Cell("users-passwd-other", ("users", "{file}", "passwd", "siri"), ADMIN, (NEW,)),
    Cell("users-passwd-own", ("users", "{file}", "passwd", "{login}"), ALL, (NEW,)),
    Cell("users-recovery-key", ("users", "{file}", "recovery-key"), ADMIN,
         not_on_server="a server has no file key: refused for everyone (tests/cli/test_store_seam_cli.py)"),
    Cell("backup", ("backup", "{file}", "{dir}/kopi.barnearket"), ADMIN,
         not_on_server="runs with the database owner's password (tests/seam/test_server_backup.py)"),
    Cell("restore", ("restore", "{file}", "{dir}/tilbake.barnearket"), ADMIN,
         not_on_server="a server is restored with its own tools (tests/cli/test_store_seam_cli.py)"),
    Cell("settings", ("settings", "{file}"), ADMIN),
    Cell("import-own-unit", ("import", "{file}", "{dir}/egen.json"), ALL),
    Cell("import-other-unit", ("import", "{file}", "{dir}/annen.json"), ADMIN),
)


def _argv(cell: Cell, store: CliStore, folder: Path, login: str) -> tuple[str, ...]:
    return tuple(a.format(file=store.where, dir=folder, login=login) for a in cell.args)


def _backup_of(store: CliStore, folder: Path) -> CliStore:
    """What `restore` starts from: a backup, taken by the administrator."""
    backup = folder / "b.barnearket"
    assert store.run("backup", store.where, str(backup), who=DEMO_LOGIN).code == 0
    return CliStore("file", StoreLocation.file(backup), 0, store.phrases)


def _one_cell(cell: Cell, role: Role, pristine: Pristine, folder: Path, ids: dict[str, int]) -> str | None:
    """Run one cell on a fresh copy; what went wrong, or None."""
    login = LOGIN_OF[role]
    with cell_copy(pristine, folder) as copy:
        key = file_key(copy)
        store = _backup_of(copy, folder) if cell.name == "restore" else copy
        ran = store.run(*_argv(cell, store, folder, login), who=login, more=cell.extra_stdin)
        allowed = role in cell.allowed_on(store.kind)
        if allowed:
            return None if ran.code == 0 else f"{cell.name}: refused ({ran.code}) {ran.err.strip()[:160]}"
        logged = denied(store, key).get(ids[login], 0)
    if ran.code == 0:
        return f"{cell.name}: allowed"
    if logged != 1:
        return f"{cell.name}: refused but logged {logged} times ({ran.err.strip()[:120]})"
    if "administrator" not in ran.err and "egen enhet" not in ran.err:
        return f"{cell.name}: unclear message {ran.err.strip()[:160]}"
    return None


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_every_command_for_every_role(role: Role, pristine: Pristine, tmp_path: Path) -> None:
    ids = pristine.ids()
    assert denied(pristine.store, file_key(pristine.store)) == {}
    cells = [c for c in CELLS if not (c.not_on_server and pristine.store.on_server)]
    found = (_one_cell(cell, role, pristine, tmp_path / cell.name, ids) for cell in cells)
    wrong = [problem for problem in found if problem]
    assert wrong == [], "\n".join(wrong)


@pytest.mark.slow
def test_a_case_worker_reads_only_her_own_audit_rows(pristine: Pristine, tmp_path: Path) -> None:
    with cell_copy(pristine, tmp_path / "logg") as store:
        kari = store.run("audit", store.where, who="kari")
        assert kari.code == 0
        assert "Du ser bare dine egne rader" in kari.err
        rows = [line for line in kari.out.splitlines() if "UTC" in line]
        assert rows and all("(kari)" in line for line in rows)
        ola = store.run("audit", store.where, who="ola")
        assert ola.code == 0
        assert "(demo)" in ola.out and "(kari)" in ola.out
