"""`consents`: record a consent as given or refused, withdraw one, and ask whether a service may be told."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from barnearket.cli.caseids import show_case_ids
from barnearket.cli.formlib import command_forms
from barnearket.cli.session import add_open_arguments, open_for, secrets_for
from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import DomainError
from barnearket.domain.language import t
from barnearket.domain.model import ConsentForm, ConsentGiver, label
from barnearket.domain.model.enums import ConsentAnswer
from barnearket.domain.roles import Role
from barnearket.services.consents import check_sharing, record_consent, withdraw_consent
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.documents import case_id_for_number
from barnearket.storage.mapping import load_consents


@contextmanager
def _working(args: argparse.Namespace) -> Iterator[ServiceContext]:
    """One committed unit of work as the logged-in user (a consent names who recorded it)."""
    case_file = open_for(args, args.file, secrets_for(args))
    try:
        user = case_file.user
        if user is None:
            raise SystemExit(_fail("samtykker krever innlogging med --user"))
        with case_file.session() as session, session.begin():
            yield ServiceContext(session, Actor(user.id, user.login, Role(user.role)), SystemClock(),
                                 command_forms())
    finally:
        case_file.close()


def _fail(message: str, **values: object) -> int:
    print(t('barnearket: {message}', message=t(message, **values)), file=sys.stderr)
    return 2


def cmd_consents(args: argparse.Namespace) -> int:
    """List, record, withdraw or check; a refusal by the rules exits with 2 and says why."""
    try:
        with _working(args) as ctx:
            case_id = case_id_for_number(ctx, args.case)
            return _ACTIONS[args.action or "list"](ctx, case_id, args)
    except DomainError as exc:
        return _fail(exc.message)


def _list(ctx: ServiceContext, case_id: int, args: argparse.Namespace) -> int:
    return show_case_ids(ctx, args.case, as_json=False)


def _record(ctx: ServiceContext, case_id: int, args: argparse.Namespace) -> int:
    answer = ConsentAnswer(args.answer)
    new_id = record_consent(
        ctx, case_id, given_by=ConsentGiver(args.by), purpose=args.purpose, recipients=args.to,
        form=ConsentForm(args.form), given_on=args.on, child_id=args.child, expires_on=args.expires,
        note=args.note or "", answer=answer)
    print(t('Registrerte svaret «{answer}» som samtykke {new_id} i sak {case}.',
            answer=label(answer).lower(), new_id=new_id, case=args.case))
    return 0


def _withdraw(ctx: ServiceContext, case_id: int, args: argparse.Namespace) -> int:
    if args.id not in {c.id for c in load_consents(ctx.session, case_id)}:
        return _fail("Sak {case} har ikke noe samtykke med id {id}. "
                     "Se idene med «barnearket consents FIL --case {case}».", case=args.case, id=args.id)
    withdraw_consent(ctx, args.id, on=args.on, note=args.note or "")
    print(t('Samtykke {id} er registrert trukket tilbake.', id=args.id))
    return 0


def _check(ctx: ServiceContext, case_id: int, args: argparse.Namespace) -> int:
    notes = check_sharing(ctx, case_id, args.to, child_id=args.child, on=args.on)
    uncovered = {n.ref for n in notes}
    for service in sorted(set(args.to)):
        found = next((n for n in notes if n.ref == service), None)
        print(f"{service}: " + (found.message if found else t("dekket av et gyldig samtykke.")))
    return 1 if uncovered else 0


_ACTIONS = {"list": _list, "record": _record, "withdraw": _withdraw, "check": _check}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("skriv datoen som ÅÅÅÅ-MM-DD") from None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `consents` with its actions `record`, `withdraw` and `check` (none: list them)."""
    p = sub.add_parser("consents", help="samtykker i en sak: registrer gitt eller nektet, trekk tilbake")
    p.add_argument("file")
    p.add_argument("--case", required=True, metavar="NR", help="saksnummeret, f.eks. 2026-0042")
    add_open_arguments(p)
    actions = p.add_subparsers(dest="action", parser_class=type(p))
    r = actions.add_parser("record", help="registrer et svar på spørsmål om samtykke")
    r.add_argument("--answer", choices=[a.value for a in ConsentAnswer], default="given",
                   help="given (gitt) eller refused (nektet)")
    r.add_argument("--by", choices=[g.value for g in ConsentGiver], default="parent",
                   help="hvem som svarte: parent (forelder) eller child (barnet selv, fra 15 år)")
    r.add_argument("--child", type=int, metavar="ID", help="barnet det gjelder (standard: alle barna)")
    r.add_argument("--purpose", required=True, metavar="TEKST", help="hva opplysningene skal brukes til")
    r.add_argument("--to", action="append", required=True, metavar="TJENESTE",
                   help="tjenesten det gjelder (id fra tjenestelisten, kan gjentas)")
    r.add_argument("--form", choices=[f.value for f in ConsentForm], default="written",
                   help="written (skriftlig) eller oral (muntlig)")
    r.add_argument("--on", type=_day, metavar="ÅÅÅÅ-MM-DD", help="dagen for svaret (standard: i dag)")
    r.add_argument("--expires", type=_day, metavar="ÅÅÅÅ-MM-DD", help="gyldig til (bare for gitt samtykke)")
    r.add_argument("--note", metavar="TEKST")
    w = actions.add_parser("withdraw", help="registrer at et samtykke er trukket tilbake")
    w.add_argument("id", type=int, metavar="ID")
    w.add_argument("--on", type=_day, metavar="ÅÅÅÅ-MM-DD", help="dagen det ble trukket (standard: i dag)")
    w.add_argument("--note", metavar="TEKST", help="hvem som sa det, og til hvem")
    c = actions.add_parser("check", help="kan vi dele med disse tjenestene i dag?")
    c.add_argument("--to", action="append", required=True, metavar="TJENESTE")
    c.add_argument("--child", type=int, metavar="ID")
    c.add_argument("--on", type=_day, metavar="ÅÅÅÅ-MM-DD")
    p.set_defaults(func=cmd_consents)
