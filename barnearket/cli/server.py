"""`init`, `demo`, `users` and `check` on a server address (`postgresql://…`).

`admin.py` and `exchange.py` hand a command over here when its location is a server address. The
database owner's password is read first (for `init` and `demo`), then any new passphrase; nothing
comes from arguments or the environment.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from barnearket.cli import peopleservices, profile
from barnearket.cli.prompts import Secrets
from barnearket.domain.language import t
from barnearket.domain.roles import Role
from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE
from barnearket.services.serverdemo import create_demo_database
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.orm.meta import get_meta
from barnearket.storage.server import setup
from barnearket.storage.server.check import check_server
from barnearket.storage.server.connect import ServerLocation, is_server_location, translate

__all__ = ["cmd_check", "cmd_demo", "cmd_init", "cmd_users", "is_server_location"]


def _secrets(args: argparse.Namespace) -> Secrets:
    return Secrets(from_stdin=bool(getattr(args, "passphrase_stdin", False)))


def _owner_password(secrets: Secrets, location: ServerLocation) -> str:
    who = location.user or "databaseeieren"
    return secrets.passphrase(t('Passord for {who} på serveren: ', who=who))


def cmd_init(args: argparse.Namespace) -> int:
    """Build the schema, roles and policies, and the first administrator as a login role."""
    location = ServerLocation.parse(args.file)
    secrets = _secrets(args)
    owner_password = _owner_password(secrets, location)
    password = secrets.new_passphrase(t('Ny passordfrase for {user}: ', user=args.user), login=args.user,
                                      full_name=args.name)
    setup.init_database(location, None, owner_password, admin_login=args.user, admin_name=args.name,
                        admin_password=password)
    print(t('Databasen er klar: {location}\n{user} er administrator. Legg til folk med «barnearket users '
            '{location} --user {user} add …».',
            location=location.display(), user=args.user))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """The demo municipality on an empty database; every login has the passphrase demo."""
    location = ServerLocation.parse(args.file)
    owner_password = _owner_password(_secrets(args), location)

    def progress(done: int, total: int) -> None:
        if total >= 1000:
            print(t('  {done} av {total} saker ...', done=done, total=total), file=sys.stderr)
    today = date.today() if args.today is None else args.today
    create_demo_database(location, None, owner_password, cases=args.cases, seed=args.seed, today=today,
                         progress=progress)
    print(t('Demodatabasen er laget: {location}\nAlt i den er oppdiktet. Logg inn med brukernavn '
            '{DEMO_LOGIN} (eller koordinator, saksbehandler01, …) og passordfrase {DEMO_PASSPHRASE}.',
            location=location.display(), DEMO_LOGIN=DEMO_LOGIN, DEMO_PASSPHRASE=DEMO_PASSPHRASE))
    return 0


@contextmanager
def _as_person(args: argparse.Namespace, secrets: Secrets, *, write: bool) -> Iterator[Session]:
    """A session as the logged-in person (the server checks her rights); committed when `write`."""
    if not args.user:
        raise CaseFileError(Problem.INVALID, "Oppgi --user LOGIN.")
    location = ServerLocation.parse(args.file)
    password = secrets.passphrase(t('Passordfrase for {user}: ', user=args.user))
    engine = setup.person_engine(location, args.user, password)
    try:
        with Session(engine, expire_on_commit=False) as session:
            try:
                yield session
                if write:
                    session.commit()
            except DBAPIError as exc:
                session.rollback()
                known = translate(exc)
                if known is None:
                    raise
                raise known from None
    finally:
        engine.dispose()


def cmd_users(args: argparse.Namespace) -> int:
    """List, add, remove or re-password people on the server; a profile and the routine's functions
    through the services, as on a case file."""
    secrets = _secrets(args)
    if args.action in ("profile", "function"):
        return peopleservices.on_store(args, secrets)
    with _as_person(args, secrets, write=args.action != "list") as session:
        if args.action == "list":
            _print_people(setup.list_people(session), as_json=bool(getattr(args, "json", False)))
        elif args.action == "add":
            municipality = get_meta(session, "org.municipality_name") or ""
            password = secrets.new_passphrase(t('Ny passordfrase for {login}: ',
                                                login=args.login), login=args.login,
                                              full_name=args.name, municipality=municipality)
            setup.add_person(session, args.login, args.name, Role(args.role),
                             list(getattr(args, "profile_unit", None) or []), password)
            if profile.given(args):  # title, phone and e-mail, in the same transaction
                peopleservices.profile_in(session, args)
            print(t('Brukeren {login} er lagt til.', login=args.login))
        elif args.action == "remove":
            setup.remove_person(session, args.login)
            print(t('Brukeren {login} er fjernet og kan ikke logge inn lenger.', login=args.login))
        elif args.action == "passwd":
            password = secrets.new_passphrase(t('Ny passordfrase for {login}: ',
                                                login=args.login), login=args.login)
            setup.change_password(session, args.login, password)
            print(t('Passordfrasen for {login} er byttet.', login=args.login))
        else:
            raise CaseFileError(Problem.INVALID, "Dette gjelder bare saksfiler, ikke kommunens server.")
    return 0


def _print_people(people: list[setup.Person], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps([asdict(p) for p in people], ensure_ascii=False, indent=2))
        return
    for p in people:
        state = t("aktiv") if p.active else t("fjernet")
        units = ", ".join(p.units) or t("ingen enhet")
        print(f"{p.login:<20} {p.role:<14} {state:<8} {p.full_name}  ({units})")


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 when the server is as designed, 1 with findings."""
    with _as_person(args, _secrets(args), write=False) as session:
        whole_log = Role(setup.me(session).role).reads_whole_audit_log
        result = check_server(session, whole_log=whole_log)
    if result.ok and not whole_log:
        print(t('Serveren er i orden: versjon, radsikkerhet på alle sakstabeller og rettigheter er '
                'kontrollert. Hendelsesloggen kontrolleres av en administrator eller koordinator.'))
        return 0
    if result.ok:
        print(t('Serveren er i orden: versjon, radsikkerhet på alle sakstabeller, rettigheter og '
                'hendelseslogg ({audit_rows} rader) er kontrollert.',
                audit_rows=result.audit_rows))
        return 0
    print(t("Serveren er ikke som den skal være:"), file=sys.stderr)
    for finding in result.findings:
        print(f"  - {finding}", file=sys.stderr)
    return 1
