"""The family's rights from the command line: `transfer` (overført til journal), `purge` (delete a
transferred case, or list the queue «Klar for sletting») and `innsyn` (what is stored and who read it)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from barnearket.cli.casecmd import parse_day
from barnearket.cli.formlib import command_forms
from barnearket.cli.session import add_open_arguments, location_of, open_for, secrets_for
from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import AccessDeniedError, DomainError
from barnearket.domain.language import t
from barnearket.domain.roles import Role
from barnearket.domain.rules.innsyn import InnsynPerson
from barnearket.reports.text import fmt_date
from barnearket.services.common import log_refusal
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.documents import case_id_for_number
from barnearket.services.innsyn import make_innsyn, save_innsyn
from barnearket.services.purge import Scrubbed, clean_up, purge_case
from barnearket.services.retention import ready_for_purge, standard_retention
from barnearket.services.transfer import transfer_case
from barnearket.storage.store import Store

Work = Callable[[ServiceContext], str]


def _ctx(case_file: Store, session: Session) -> ServiceContext:
    user = case_file.user
    assert user is not None
    return ServiceContext(session, Actor(user.id, user.login, Role(user.role)), SystemClock(),
                          command_forms())


def _run(args: argparse.Namespace, work: Work, after: Callable[[Store], str] | None = None) -> int:
    """Open, run `work` in one transaction (refusals logged in one of their own), close."""
    case_file = open_for(args, args.file, secrets_for(args))
    try:
        if case_file.user is None:
            print(t("barnearket: denne kommandoen krever innlogging med --user"), file=sys.stderr)
            return 2
        with case_file.session() as session, session.begin():
            message = work(_ctx(case_file, session))
        if after is not None:
            message += after(case_file)
    except AccessDeniedError as exc:
        with case_file.session() as session, session.begin():  # the refused work was rolled back
            log_refusal(_ctx(case_file, session), exc)
        print(t('barnearket: {message}', message=exc.message), file=sys.stderr)
        return 2
    except DomainError as exc:
        print(t('barnearket: {message}', message=exc.message), file=sys.stderr)
        return 2
    finally:
        case_file.close()
    print(message)
    return 0


def cmd_transfer(args: argparse.Namespace) -> int:
    """Mark a closed case as transferred to the patient record; it is read-only afterwards."""
    def work(ctx: ServiceContext) -> str:
        transfer_case(ctx, case_id_for_number(ctx, args.case), args.reference, on=args.on)
        return t("Sak {number} er merket som overført til journal. Den kan ikke endres lenger.",
                 number=args.case.strip())
    return _run(args, work)


def cmd_purge(args: argparse.Namespace) -> int:
    """Delete one transferred case for good, or list the cases whose time is up."""
    rules = standard_retention()
    if args.vacuum:
        return _vacuum(args)
    if args.list:
        return _run(args, lambda ctx: _queue(ctx, args.all))
    if not args.case:
        print(t("barnearket: feil bruk: oppgi --case NR eller --list"), file=sys.stderr)
        return 2

    def work(ctx: ServiceContext) -> str:
        number = purge_case(ctx, case_id_for_number(ctx, args.case), rules)
        if location_of(args.file).is_server:
            return t("Sak {number} er slettet fra serveren.", number=number)
        return t("Sak {number} er slettet fra saksfilen.", number=number)
    return _run(args, work, _cleaned)


def _cleaned(store: Store) -> str:
    done = clean_up(store)
    if done is Scrubbed.CLEARED:
        return t(" Ledig plass og loggfilen er tømt.")
    if done is Scrubbed.SERVER_LATER:
        return t(" Serveren rydder bort restene av radene ved neste automatiske opprydding (autovacuum); "
                 "IT kan rydde med en gang med «barnearket purge URL --vacuum» som databaseeier.")
    return t(" Merk: loggfilen kunne ikke tømmes nå (en annen leser); den tømmes når filen lukkes.")


def _vacuum(args: argparse.Namespace) -> int:
    """`purge URL --vacuum`: as the database owner, VACUUM FULL the case tables after purges."""
    from barnearket.storage.server.connect import ServerLocation, open_checked, server_engine
    from barnearket.storage.server.vacuum import vacuum_case_tables
    from barnearket.storage.serverstore import translated

    location = ServerLocation.parse(args.file)
    owner = location.user or t("databaseeieren")
    password = secrets_for(args).passphrase(t("Passord for {owner} på serveren: ", owner=owner))
    engine = server_engine(location, None, password, pool_size=1)
    try:
        open_checked(engine)
        with translated():
            done = vacuum_case_tables(engine)
    finally:
        engine.dispose()
    if not done:
        print(t("barnearket: bare databaseeieren kan rydde sakstabellene (VACUUM). Oppgi eieren i adressen."),
              file=sys.stderr)
        return 2
    print(t("Sakstabellene er ryddet (VACUUM FULL): slettede saker er borte fra databasens filer."))
    return 0


def _queue(ctx: ServiceContext, include_waiting: bool) -> str:
    from barnearket.services.purge import require_queue_reader

    require_queue_reader(ctx)
    rules = standard_retention()
    cases = ready_for_purge(ctx, rules, include_waiting=include_waiting)
    if not cases:
        return t("Ingen saker er klare for sletting.")
    lines = [f"{t('Saksnummer'):<13} {t('Overført'):<11} {t('Journalreferanse'):<25} {t('Kan slettes fra')}"]
    lines += [f"{c.number:<13} {fmt_date(c.transferred_on):<11} {c.reference:<25} {fmt_date(c.due_on)}"
              for c in cases]
    lines.append(t("Oppbevaringstid etter overføring: {months} måneder. Ingenting slettes før noen sletter "
                   "saken med «barnearket purge FIL --case NR».", months=rules.months_after_transfer))
    return "\n".join(lines)


def cmd_innsyn(args: argparse.Namespace) -> int:
    """Write the innsyn document for the parent or one child of a case."""
    person = InnsynPerson.parse(args.person) if args.person else InnsynPerson()
    written: list[str] = []

    def work(ctx: ServiceContext) -> str:
        document = make_innsyn(ctx, case_id_for_number(ctx, args.case), person, getattr(args, "lang", None))
        out = Path(args.output or document.file_name)
        if not out.exists():
            written.append(str(out))
        save_innsyn(ctx, document, out)
        return t("Skrev {path} ({size} kB). Filen er taushetsbelagt: gi den bare til den den gjelder, og "
                 "slett den når den er levert.", path=out, size=len(document.data) // 1024 + 1)
    try:
        return _run(args, work)
    except BaseException:
        for path in written:
            Path(path).unlink(missing_ok=True)
        raise


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `transfer`, `purge` and `innsyn`."""
    p = sub.add_parser("transfer", help="merk en avsluttet sak som overført til journal")
    p.add_argument("file")
    p.add_argument("--case", required=True, metavar="NR", help="saksnummeret, f.eks. 2026-0042")
    p.add_argument("--reference", required=True, metavar="REF", help="referansen i pasientjournalen")
    p.add_argument("--on", type=parse_day, metavar="DATO", help="dato for overføringen (standard: i dag)")
    add_open_arguments(p)
    p.set_defaults(func=cmd_transfer)

    p = sub.add_parser("purge",
                       help="slett en sak som er overført til journal, eller vis «Klar for sletting»")
    p.add_argument("file")
    p.add_argument("--case", metavar="NR", help="saken som skal slettes")
    p.add_argument("--list", action="store_true", help="vis sakene som er klare for sletting")
    p.add_argument("--all", action="store_true", help="med --list: vis også overførte saker som venter")
    p.add_argument("--vacuum", action="store_true",
                   help="på serveren, som databaseeier: rydd bort restene av slettede saker (VACUUM FULL)")
    add_open_arguments(p)
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser("innsyn", help="lag et innsynsdokument (PDF) for forelderen eller et barn i en sak")
    p.add_argument("file")
    p.add_argument("--case", required=True, metavar="NR", help="saksnummeret, f.eks. 2026-0042")
    p.add_argument("--person", metavar="parent|child:ID", help="forelderen (standard) eller barnet med id ID")
    p.add_argument("-o", "--output", metavar="UT.pdf")
    add_open_arguments(p)
    p.set_defaults(func=cmd_innsyn)
