"""The role matrix's stores: a pristine demo municipality (no cases) with a coordinator, a case worker and
a spare person, and a fresh copy of it per cell: copied files, or `CREATE DATABASE … TEMPLATE` on the
server (a file copy there too). The cases to import come from a small demo file, split by unit.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from barnearket.domain.roles import Role
from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE, create_demo_file
from barnearket.storage import accounts, kdf, witness
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.location import StoreLocation
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.users import Unit, User
from tests.cli.demo import demo_store
from tests.cli.stores import STORES, CliStore

PHRASES = {DEMO_LOGIN: DEMO_PASSPHRASE, "ola": "olas lange frase æøå", "kari": "karis lange frase ŋđ"}
PEOPLE = (("ola", "Ola Ŋuolas", Role.KOORDINATOR), ("kari", "Kari Čeavrris", Role.SAKSBEHANDLER),
          ("siri", "Siri Æsheim", Role.SAKSBEHANDLER))
SPARE_PHRASE = "siris frase æøå"
OWN_UNIT = "Rustjenesten nord"
DOCUMENTS = ("egen.json", "annen.json")


@dataclass
class Pristine:
    """The store every cell starts from, and where the import documents are."""

    store: CliStore
    folder: Path
    owner: tuple[str, str] | None = None  # the server database's owner and password
    cluster: object | None = None

    def ids(self) -> dict[str, int]:
        """Each person's id."""
        with self.store.work(DEMO_LOGIN) as ctx:
            return {u.login: u.id for u in ctx.session.scalars(select(User))}


@contextmanager
def pristine_store(kind: str, folder: Path, request: pytest.FixtureRequest) -> Iterator[Pristine]:
    """The empty demo municipality with Ola, Kari and Siri (Ola and Kari in OWN_UNIT)."""
    _split_export(folder)
    with demo_store(kind, folder, request, cases=0, seed=3) as store:
        store.phrases.update(PHRASES)
        if kind == "file":
            _people_on_file(store.location.file_path)
            yield Pristine(store, folder)
        else:
            _people_on_server(store)
            owner = next((login, p) for login, p in store.phrases.items() if login.startswith("eier_"))
            yield Pristine(store, folder, owner, request.getfixturevalue("pg_cluster"))


def _people_on_file(path: Path) -> None:
    case_file = open_case_file(path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    try:
        fast = kdf.fast_params_for_tests()
        for login, name, role in PEOPLE:
            accounts.add_user(case_file, login, name, role, PHRASES.get(login, SPARE_PHRASE), fast)
        with case_file.session() as session, session.begin():
            unit = session.scalars(select(Unit).where(Unit.name == OWN_UNIT)).one()
            for login in ("ola", "kari"):
                session.scalars(select(User).where(User.login == login)).one().unit_id = unit.id
    finally:
        case_file.close()


def _people_on_server(store: CliStore) -> None:
    from barnearket.storage.server.setup import add_person

    with store.work(DEMO_LOGIN) as ctx:
        for login, name, role in PEOPLE:
            units = [OWN_UNIT] if login != "siri" else []
            add_person(ctx.session, login, name, role, units, PHRASES.get(login, SPARE_PHRASE))


def _split_export(folder: Path) -> None:
    """Export a small demo file's cases and split them into one document for OWN_UNIT and one for the rest."""
    source = folder / "kilde.barnearket"
    create_demo_file(source, cases=8, seed=3)
    reader = CliStore("file", StoreLocation.file(source), 0, {DEMO_LOGIN: DEMO_PASSPHRASE})
    out = folder / "alt.json"
    assert reader.run("export", str(source), "-o", str(out), who=DEMO_LOGIN).code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    own_key = next(u["key"] for u in doc["units"] if u["name"] == OWN_UNIT)
    own = [c for c in doc["cases"] if c["unit"] == own_key]
    other = [c for c in doc["cases"] if c["unit"] != own_key]
    assert own and other
    for name, cases in zip(DOCUMENTS, (own, other), strict=True):
        (folder / name).write_text(json.dumps({**doc, "cases": cases}), encoding="utf-8")


@pytest.fixture(scope="module", params=STORES)
def pristine(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pristine]:
    """The empty demo municipality with Ola, Kari and Siri: a case file, then a server database."""
    with pristine_store(request.param, tmp_path_factory.mktemp("roller"), request) as made:
        yield made


@contextmanager
def cell_copy(pristine: Pristine, folder: Path) -> Iterator[CliStore]:
    """A fresh copy of the pristine store for one cell, with the import documents beside it."""
    folder.mkdir()
    for doc in DOCUMENTS:
        shutil.copy2(pristine.folder / doc, folder / doc)
    source = pristine.store
    if source.kind == "file":
        # Every cell starts from a copy of the same file, which the witness would rightly report as an
        # older copy put back: each cell starts with no witness.
        shutil.rmtree(witness.default_folder(), ignore_errors=True)
        path = source.location.file_path
        target = folder / path.name
        shutil.copy2(path, target)
        shutil.copy2(keyfile_path(path), keyfile_path(target))
        yield CliStore("file", StoreLocation.file(target), 0, dict(source.phrases))
        return
    yield from _server_copy(pristine, folder.name)


def _server_copy(pristine: Pristine, cell: str) -> Iterator[CliStore]:
    import psycopg

    from barnearket.storage.server.roles import ALL_GROUPS
    from tests.server.cluster import Cluster

    cluster = pristine.cluster
    assert isinstance(cluster, Cluster) and pristine.owner is not None
    url = str(pristine.store.location.url)
    source = url.split("?", maxsplit=1)[0].rsplit("/", 1)[1]
    name = f"{source}_{cell.replace('-', '_')}"
    with psycopg.connect(cluster.superuser_dsn(), autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}" OWNER "{pristine.owner[0]}"')
        con.execute(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
        con.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE "{name}" TO {ALL_GROUPS}')
        # Login roles belong to the cluster, not to a database: a cell that changed a password or
        # removed a person would reach the next cell's copy, so each copy starts with them as made.
        for login, phrase in (*PHRASES.items(), ("siri", SPARE_PHRASE)):
            con.execute(f"ALTER ROLE \"{login}\" LOGIN PASSWORD '{phrase}'")
    try:
        yield CliStore("server", StoreLocation.server(cluster.tcp_url(name)), 0, dict(pristine.store.phrases))
    finally:
        with psycopg.connect(cluster.superuser_dsn(), autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def denied(store: CliStore, file_key: bytes | None) -> dict[int, int]:
    """Refusal rows per person: on a file read with the file key (which no role check concerns), on
    the server through the demo administrator (who reads the whole log)."""
    query = select(AuditEntry.actor_id, func.count()).where(AuditEntry.outcome == "denied").group_by(
        AuditEntry.actor_id)
    if store.kind == "file":
        case_file = open_case_file(store.location.file_path, recovery_key=file_key)
        try:
            with case_file.read_session() as session:
                rows = session.execute(query).all()
        finally:
            case_file.close()
    else:
        with store.work(DEMO_LOGIN) as ctx:
            rows = ctx.session.execute(query).all()
    return {int(actor or 0): int(n) for actor, n in rows}


def file_key(store: CliStore) -> bytes | None:
    """The file's key (a server has none)."""
    if store.kind != "file":
        return None
    case_file = open_case_file(store.location.file_path, login=DEMO_LOGIN, passphrase=DEMO_PASSPHRASE)
    try:
        return case_file.file_key
    finally:
        case_file.close()
