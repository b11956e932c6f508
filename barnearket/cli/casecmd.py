"""The `case` command: close or reopen a case by its number, for scripts that finish cases in bulk."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime

from barnearket.cli.formlib import command_forms
from barnearket.cli.session import add_open_arguments, open_for, secrets_for
from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import DomainError
from barnearket.domain.language import n_, t
from barnearket.domain.roles import Role
from barnearket.services.cases import close_case, reopen_case
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.documents import case_id_for_number


def parse_day(text: str) -> date:
    """A date typed as dd.mm.åååå or åååå-mm-dd."""
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError("skriv datoen som dd.mm.åååå")


def cmd_case(args: argparse.Namespace) -> int:
    """Close or reopen one case; the rules are the window's (gate answered, no open concern)."""
    case_file = open_for(args, args.file, secrets_for(args))
    try:
        user = case_file.user
        if user is None:
            print(t("barnearket: å avslutte eller gjenåpne en sak krever innlogging med --user"),
                  file=sys.stderr)
            return 2
        actor = Actor(user.id, user.login, Role(user.role))
        with case_file.session() as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock(), command_forms())
            case_id = case_id_for_number(ctx, args.case)
            if args.action == "close":
                close_case(ctx, case_id, on=args.on)
            else:
                reopen_case(ctx, case_id)
    except DomainError as exc:
        print(t('barnearket: {message}', message=exc.message), file=sys.stderr)
        return 2
    finally:
        case_file.close()
    done = n_("Sak {case} er avsluttet.") if args.action == "close" else n_("Sak {case} er gjenåpnet.")
    print(t(done, case=args.case.strip()))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `case close` and `case reopen`."""
    p = sub.add_parser("case", help="avslutt eller gjenåpne en sak")
    p.add_argument("action", choices=["close", "reopen"], help="close: avslutt, reopen: gjenåpne")
    p.add_argument("file")
    p.add_argument("--case", required=True, metavar="NR", help="saksnummeret, f.eks. 2026-0042")
    p.add_argument("--on", type=parse_day, metavar="DATO", help="avsluttet dato (standard: i dag)")
    add_open_arguments(p)
    p.set_defaults(func=cmd_case)
