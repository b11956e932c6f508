"""The commands export, import, cases and demo: moving whole cases and listing them without names."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from barnearket.cli.caseids import gate_text, show_case_ids
from barnearket.cli.formlib import command_forms
from barnearket.cli.outputs import removed_on_failure
from barnearket.cli.session import add_open_arguments, open_for, secrets_for
from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import AccessDeniedError, DomainError
from barnearket.domain.language import n_, t
from barnearket.domain.model import label
from barnearket.domain.roles import Role
from barnearket.files.atomic import atomic_write_bytes
from barnearket.services import exchange
from barnearket.services.common import log_refusal
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.demo import DEMO_LOGIN, DEMO_PASSPHRASE, create_demo_file
from barnearket.services.exchange.listing import CaseLine, case_lines
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.server.connect import is_server_location
from barnearket.storage.store import Store

UNENCRYPTED = n_("Merk: {out} er ikke kryptert og inneholder taushetsbelagte opplysninger. "
               "Oppbevar filen trygt og slett den når den ikke trengs lenger.")


def _context(case_file: Store, session: Session) -> ServiceContext:
    if case_file.user is None:
        raise CaseFileError(Problem.NOT_ALLOWED, "Logg inn med brukernavn for å arbeide med saker.")
    user = case_file.user
    return ServiceContext(session, Actor(user.id, user.login, Role(user.role)), SystemClock(),
                          command_forms())


def _run(args: argparse.Namespace, work: Callable[[ServiceContext], int]) -> int:
    """Open the file, run `work(ctx)` in one transaction, close; a user error exits with 1."""
    case_file = open_for(args, args.file, secrets_for(args))
    try:
        with case_file.session() as session, session.begin():
            return work(_context(case_file, session))
    except AccessDeniedError as exc:
        with case_file.session() as session, session.begin():  # the refused work was rolled back
            log_refusal(_context(case_file, session), exc)
        print(t('barnearket: {message}', message=exc.message), file=sys.stderr)
        return 1
    except DomainError as exc:
        print(t('barnearket: {message}', message=exc.message), file=sys.stderr)
        return 1
    finally:
        case_file.close()


def cmd_export(args: argparse.Namespace) -> int:
    """Write the cases (all, or those named with --case) as an exchange document."""
    def work(ctx: ServiceContext) -> int:
        text = exchange.dumps(exchange.export_cases(ctx, args.case))
        if args.output == "-":
            sys.stdout.write(text)
            return 0
        atomic_write_bytes(outputs.note(Path(args.output)), text.encode("utf-8"), mode=0o600)
        print(t(UNENCRYPTED, out=args.output), file=sys.stderr)
        return 0
    with removed_on_failure() as outputs:
        return _run(args, work)


def cmd_import(args: argparse.Namespace) -> int:
    """Add the cases of an exchange document to the file (all or nothing)."""
    source = Path(args.document)
    try:
        with source.open("rb"):
            pass
    except OSError:
        print(t("barnearket: Kunne ikke lese dokumentet (finnes det, og har du tilgang?)."), file=sys.stderr)
        return 1

    def work(ctx: ServiceContext) -> int:
        ids = exchange.import_file(ctx, source)
        print(t('Importerte {count} saker.', count=len(ids)))
        return 0
    return _run(args, work)


def cmd_cases(args: argparse.Namespace) -> int:
    """List case numbers with unit, status and counts; never a name or an identity number."""
    def work(ctx: ServiceContext) -> int:
        if args.case:
            return show_case_ids(ctx, args.case, args.json)
        lines = case_lines(ctx, exchange.visible_case_ids(ctx), open_only=args.open)
        if args.json:
            print(json.dumps([_as_json(x) for x in lines], ensure_ascii=False, indent=1))
            return 0
        print(f"{t('Saksnr'):<11} {t('Enhet'):<34} {t('Status'):<10} {t('Barn u/18'):<10} {t('Barn'):>4} "
              f"{t('Åpne bekymr.'):>12} {t('Forfalt'):>7}")
        for x in lines:
            print(f"{x.number:<11} {x.unit[:34]:<34} {t(label(x.status)):<10} {gate_text(x.gate):<10} "
                  f"{x.children:>4} {x.open_concerns:>12} {x.overdue:>7}")
        print(t('{count} saker.', count=len(lines)))
        return 0
    return _run(args, work)


def _as_json(line: CaseLine) -> dict[str, object]:
    return {**asdict(line), "status": str(line.status), "gate": str(line.gate) if line.gate else None}


def cmd_demo(args: argparse.Namespace) -> int:
    """Make a new fictional file whose only login is demo / demo."""
    if is_server_location(args.file):
        from barnearket.cli import server
        return server.cmd_demo(args)
    def progress(done: int, total: int) -> None:
        if total >= 1000:
            print(t('  {done} av {total} saker ...', done=done, total=total), file=sys.stderr)
    today = date.today() if args.today is None else args.today
    create_demo_file(Path(args.file), cases=args.cases, seed=args.seed, today=today, progress=progress)
    print(t('Demofilen er laget: {file}\nAlt i den er oppdiktet. Logg inn med brukernavn {DEMO_LOGIN} og '
            'passordfrase {DEMO_PASSPHRASE}.',
            file=args.file, DEMO_LOGIN=DEMO_LOGIN, DEMO_PASSPHRASE=DEMO_PASSPHRASE))
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("skriv datoen som ÅÅÅÅ-MM-DD") from None


def _cases(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError("antallet må være mellom 0 og 1 000 000")
    return value


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add export, import, cases and demo."""
    p = sub.add_parser("export", help="skriv saker til et utvekslingsdokument (JSON)")
    p.add_argument("file")
    p.add_argument("--case", action="append", metavar="NR", help="bare denne saken (kan gjentas)")
    p.add_argument("-o", "--output", required=True, metavar="UT.json",
                   help="filen som skrives (- for standard ut)")
    add_open_arguments(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="legg til sakene i et utvekslingsdokument")
    p.add_argument("file")
    p.add_argument("document", metavar="INN.json")
    add_open_arguments(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("cases", help="vis saksnumre med enhet, status og antall (uten navn)")
    p.add_argument("file")
    p.add_argument("--open", action="store_true", help="bare åpne saker")
    p.add_argument("--json", action="store_true", help="skriv listen som JSON")
    p.add_argument("--case", metavar="NR", help="vis barna og samtykkene i saken med id-ene deres")
    add_open_arguments(p)
    p.set_defaults(func=cmd_cases)

    p = sub.add_parser("demo", help="lag en ny saksfil med oppdiktede saker (innlogging demo/demo)")
    p.add_argument("file")
    p.add_argument("--cases", type=_cases, default=60, metavar="N", help="antall saker (standard 60)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="samme tall gir de samme sakene")
    p.add_argument("--today", type=_day, default=None, metavar="ÅÅÅÅ-MM-DD",
                   help="dagen dataene gjelder (standard: i dag); samme --seed og --today gir samme saker")
    p.add_argument("--passphrase-stdin", action="store_true",
                   help="på en server: les databaseeierens passord fra standard inn")
    p.set_defaults(func=cmd_demo)
