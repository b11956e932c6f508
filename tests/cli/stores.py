"""The CLI suite's one store fixture, `cli`: a test that asks for it runs on a case file and on the server.

Both stores hold the same small municipality (tests/seam/stores.py): the administrator `admin`, the
unit «Rustjenesten» with the administrator and Kari (a saksbehandler) as members. A test gets the
command line's address (`where`: a path or a URL), the login options and secrets to feed on
standard input, and seeds data through the services as any person. On the server each person logs
in with her own role, so row-level security is in force; the server is a clone of the session's
template database (tests/server/template.py), no new cluster. A test about the file by its nature
carries `@pytest.mark.file_only("why")`, and tests/conftest.py deselects its server run.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from barnearket.cli.main import run_cli
from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage import accounts, kdf, memberships
from barnearket.storage.location import StoreLocation
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.users import User
from barnearket.storage.store import open_store
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.seam.stores import STORES, UNIT, WORKER, WORKER_NAME, WORKER_PASSPHRASE, _file_store, _server_store

__all__ = ["ADMIN_LOGIN", "STORES", "UNIT", "WORKER", "WORKER_NAME", "CliStore", "Ran", "cli", "make_store"]
TIMEOUT = 180
WITH_ACTIONS = ("users", "report", "consents")  # commands whose own actions come after the address


@dataclass(frozen=True)
class Ran:
    """What one command did: its exit code and what it printed."""

    code: int
    out: str
    err: str

    @property
    def said(self) -> str:
        """Standard output and standard error together."""
        return self.out + self.err


@dataclass
class CliStore:
    """A store ready for the command line, and the people who can log in to it."""

    kind: str
    location: StoreLocation
    unit_id: int
    phrases: dict[str, str] = field(default_factory=dict)

    @property
    def where(self) -> str:
        """The command line's FILE argument: a path or the server's URL."""
        return str(self.location.path) if self.location.path else str(self.location.url)

    @property
    def on_server(self) -> bool:
        """Whether this is the server run."""
        return self.kind == "server"

    def login(self, who: str = ADMIN_LOGIN) -> tuple[str, ...]:
        """The options that log `who` in with her secret on standard input."""
        return ("--user", who, "--passphrase-stdin")

    def stdin(self, who: str = ADMIN_LOGIN, *more: str) -> str:
        """`who`'s secret, then any further lines (new passphrases), one per line."""
        return "".join(f"{line}\n" for line in (self.phrases[who], *more))

    def argv(self, args: tuple[str, ...], who: str | None) -> list[str]:
        """The command with `who`'s login options: right after the store's address when an action word
        follows it (`users FILE --user … add`), else at the end (`teamleder FILE cases --user …`)."""
        argv = list(args)
        if who is None:
            return argv
        at = argv.index(self.where) + 1 if argv[0] in WITH_ACTIONS and self.where in argv else len(argv)
        return [*argv[:at], *self.login(who), *argv[at:]]

    def run(self, *args: str, who: str | None = ADMIN_LOGIN, more: tuple[str, ...] = ()) -> Ran:
        """Run a command in this process (as the installed command does, without a new Python); `who`
        logs in with her secret as the first line on standard input, `more` are the lines after it."""
        out, err = io.StringIO(), io.StringIO()
        with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(out), \
                contextlib.redirect_stderr(err):
            patch.setattr("sys.stdin", io.StringIO(self.stdin(who, *more) if who else "".join(
                f"{line}\n" for line in more)))
            try:
                code = run_cli(self.argv(args, who))
            except SystemExit as stopped:
                code = int(stopped.code or 0)
        return self._checked(Ran(code, out.getvalue(), err.getvalue()))

    def run_process(self, *args: str, who: str | None = ADMIN_LOGIN, more: tuple[str, ...] = ()) -> Ran:
        """Run `python -m barnearket …` as a subprocess (what reads the user's folders afresh)."""
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run([sys.executable, "-m", "barnearket", *self.argv(args, who)],
                              input=self.stdin(who, *more) if who else "".join(f"{line}\n" for line in more),
                              capture_output=True, text=True,
                              env=env, timeout=TIMEOUT, check=False)
        return self._checked(Ran(done.returncode, done.stdout, done.stderr))

    def _checked(self, ran: Ran) -> Ran:
        assert "Traceback" not in ran.err, ran.err
        leaked = [login for login, phrase in self.phrases.items() if len(phrase) > 4 and phrase in ran.said]
        assert not leaked, f"the secret of {leaked} was printed"
        return ran

    @contextlib.contextmanager
    def work(self, who: str = ADMIN_LOGIN) -> Iterator[ServiceContext]:
        """One committed unit of work through the services as `who` (logged out afterwards)."""
        store = open_store(self.location, login=who, passphrase=self.phrases[who])
        try:
            assert store.user is not None
            actor = Actor(store.user.id, store.user.login, Role(store.user.role))
            with store.session() as session, session.begin():
                yield ServiceContext(session, actor, SystemClock())
        finally:
            store.close()

    def add_person(self, login: str, name: str, role: Role, phrase: str, units: tuple[str, ...] = (UNIT,)
                   ) -> int:
        """A new person in `units`, added by the administrator; returns her user id."""
        if self.on_server:
            from barnearket.storage.server.setup import add_person

            with self.work() as ctx:
                add_person(ctx.session, login, name, role, list(units), phrase)
        else:
            case_file = open_case_file(self.location.file_path, login=ADMIN_LOGIN,
                                       passphrase=self.phrases[ADMIN_LOGIN])
            try:
                accounts.add_user(case_file, login, name, role, phrase, kdf.fast_params_for_tests())
                with case_file.session() as session, session.begin():
                    user_id = session.scalars(select(User.id).where(User.login == login)).one()
                    memberships.add_memberships(session, user_id, memberships.unit_ids(session, units))
            finally:
                case_file.close()
        self.phrases[login] = phrase
        return self.user_id(login)

    def user_id(self, login: str) -> int:
        """A person's id (as the administrator reads it)."""
        with self.work() as ctx:
            return ctx.session.scalars(select(User.id).where(User.login == login)).one()


def _admin_joins_the_unit(opened: CliStore) -> None:
    """The administrator is a member of the unit, so she may write its cases on the server too."""
    with opened.work() as ctx:
        memberships.add_memberships(ctx.session, ctx.actor.user_id, [opened.unit_id])


def make_store(kind: str, request: pytest.FixtureRequest, folder: Path) -> CliStore:
    """The administrator and Kari in «Rustjenesten» on a new file in `folder`, or on a template clone."""
    from tests.server.helpers import ADMIN, PASSWORD

    assert (ADMIN, PASSWORD) == (ADMIN_LOGIN, ADMIN_PASSPHRASE), "one administrator login on both stores"
    folder.mkdir(parents=True, exist_ok=True)
    location, unit = _file_store(folder) if kind == "file" else _server_store(request)
    opened = CliStore(kind, location, unit, {ADMIN_LOGIN: ADMIN_PASSPHRASE, WORKER: WORKER_PASSPHRASE})
    _admin_joins_the_unit(opened)
    return opened


@pytest.fixture(params=STORES)
def cli(request: pytest.FixtureRequest, tmp_path: Path) -> CliStore:
    """The administrator and Kari in «Rustjenesten», on a case file and then on the server."""
    return make_store(request.param, request, tmp_path / "lager")
