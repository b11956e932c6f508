"""`checkout`, `checkin` and `checkout-release`: cases taken along on a laptop (services/checkout.py,
services/checkin.py). One passphrase is asked: the person's own, which opens both the server and the
laptop copy (the copy is made with it)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from barnearket.cli.session import add_open_arguments, secrets_for
from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import AccessDeniedError, DomainError
from barnearket.services.checkin import CheckinRefusedError, check_in
from barnearket.services.checkout import actor_of, check_out, release
from barnearket.services.common import log_refusal
from barnearket.services.context import ServiceContext
from barnearket.storage import kdf
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.location import StoreLocation, looks_like_server
from barnearket.storage.opening import open_case_file
from barnearket.storage.store import Store, open_store

SERVER_FIRST = "Oppgi serveradressen (postgresql://…) {where}."
TAKEN = """\
Tok med {count} sak(er) til {path}: {numbers}.
Kopien er kryptert og åpnes med brukernavnet ditt og den samme passordfrasen.
På serveren kan sakene bare leses til du leverer dem tilbake:
    barnearket checkin {path} ADRESSE --user {login}
"""
BACK = """\
Leverte tilbake {count} sak(er): {numbers} ({rows} rader i hendelsesloggen fulgte med).
Kopien på denne maskinen er overskrevet og slettet ({files} filer).
"""


def _server(url: str, where: str) -> StoreLocation:
    if not looks_like_server(url):
        raise CaseFileError(Problem.INVALID, SERVER_FIRST.format(where=where))
    return StoreLocation.parse(url)


def _need_user(args: argparse.Namespace) -> str:
    if not args.user:
        raise CaseFileError(Problem.INVALID, "Oppgi --user med brukernavnet ditt.")
    return str(args.user)


def cmd_checkout(args: argparse.Namespace) -> int:
    """Take the cases along into a new laptop file."""
    location, login = _server(args.url, "først"), _need_user(args)
    passphrase = secrets_for(args).passphrase(f"Passordfrase for {login} (serveren og kopien): ")
    server = open_store(location, login=login, passphrase=passphrase)
    try:
        print("Tilpasser nøkkelutledningen til denne maskinen ...", file=sys.stderr)
        result = check_out(server, args.case, Path(args.file), passphrase, kdf_params=kdf.calibrate())
    except DomainError as exc:
        return _refused(server, exc)
    finally:
        server.close()
    print(TAKEN.format(count=len(result.numbers), path=result.path, numbers=", ".join(result.numbers),
                       login=login))
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    """Bring the laptop copy back; refused whole (the copy untouched) if the checkout was released."""
    location, login = _server(args.url, "som mål"), _need_user(args)
    passphrase = secrets_for(args).passphrase(f"Passordfrase for {login} (kopien og serveren): ")
    laptop = open_case_file(Path(args.file), login=login, passphrase=passphrase)
    try:
        server = open_store(location, login=login, passphrase=passphrase)
        try:
            result = check_in(laptop, server)
        except CheckinRefusedError as exc:
            print(f"barnearket: {exc.message}", file=sys.stderr)
            return 1
        except DomainError as exc:
            return _refused(server, exc)
        finally:
            server.close()
    finally:
        laptop.close()
    print(BACK.format(count=len(result.numbers), numbers=", ".join(result.numbers), rows=result.audit_rows,
                      files=len(result.removed)))
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    """An administrator makes a checked-out case writable on the server again (logged)."""
    location, login = _server(args.url, "først"), _need_user(args)
    server = open_store(location, login=login, passphrase=secrets_for(args).passphrase(
        f"Passord for {login} på serveren: "))
    try:
        with server.session() as session, session.begin():
            release(ServiceContext(session, actor_of(server), SystemClock()), args.case)
    except DomainError as exc:
        return _refused(server, exc)
    finally:
        server.close()
    print(f"Sak {args.case.strip()} er frigitt og kan endres på serveren igjen. En kopi som sjekkes inn "
          "senere, blir avvist.")
    return 0


def _refused(server: Store, exc: DomainError) -> int:
    if isinstance(exc, AccessDeniedError):
        with server.session() as session, session.begin():  # the refused work was rolled back
            log_refusal(ServiceContext(session, actor_of(server), SystemClock()), exc)
    print(f"barnearket: {exc.message}", file=sys.stderr)
    return 2


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `checkout`, `checkin` and `checkout-release`."""
    p = sub.add_parser("checkout", help="ta med saker fra serveren i en kryptert saksfil på denne maskinen")
    p.add_argument("url", metavar="ADRESSE")
    p.add_argument("file", metavar="FIL", help="den nye saksfilen (finnes ikke fra før)")
    p.add_argument("--case", action="append", required=True, metavar="NR", help="saksnummer (kan gjentas)")
    add_open_arguments(p)
    p.set_defaults(func=cmd_checkout)
    p = sub.add_parser("checkin", help="lever saker tatt med tilbake til serveren og slett kopien")
    p.add_argument("file", metavar="FIL")
    p.add_argument("url", metavar="ADRESSE")
    add_open_arguments(p)
    p.set_defaults(func=cmd_checkin)
    p = sub.add_parser("checkout-release",
                       help="(administrator) frigi en sak som er tatt med og ikke kommer tilbake")
    p.add_argument("url", metavar="ADRESSE")
    p.add_argument("--case", required=True, metavar="NR")
    add_open_arguments(p)
    p.set_defaults(func=cmd_release)
