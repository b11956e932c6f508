"""The routine's practice on the command line: the team leader's queues and «given» records
(`teamleder`), the resource group's meeting notes (`ressursgruppe`) and a person's functions
(`users FILE function LOGIN`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from barnearket.cli.casecmd import parse_day
from barnearket.cli.formlib import command_forms
from barnearket.cli.outputs import removed_on_failure
from barnearket.cli.session import add_open_arguments, open_for, secrets_for
from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import AccessDeniedError, DomainError
from barnearket.domain.functions import RoutineFunction
from barnearket.domain.language import t
from barnearket.domain.model.delivery import PlanKind
from barnearket.domain.model.meeting import DiscussedCase, Meeting
from barnearket.domain.roles import Role
from barnearket.reports.text import fmt_date
from barnearket.services import common, functions, resourcegroup, teamleader
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.documents import case_id_for_number
from barnearket.services.profile import user_id_for_login
from barnearket.services.units import list_units
from barnearket.storage.store import Store


@contextmanager
def _working(args: argparse.Namespace) -> Iterator[ServiceContext]:
    case_file = open_for(args, args.file, secrets_for(args))
    try:
        with _unit_of_work(case_file) as ctx:
            yield ctx
    finally:
        case_file.close()


@contextmanager
def _unit_of_work(case_file: Store) -> Iterator[ServiceContext]:
    user = case_file.user
    if user is None:
        raise SystemExit(_fail("denne kommandoen krever innlogging med --user"))
    actor = Actor(user.id, user.login, Role(user.role))
    try:
        with case_file.session() as session, session.begin():
            yield ServiceContext(session, actor, SystemClock(), command_forms())
    except AccessDeniedError as refusal:  # rolled back: the refusal is logged on its own
        with case_file.session() as session, session.begin():
            common.log_refusal(ServiceContext(session, actor, SystemClock()), refusal)
        raise


def _fail(message: str, **values: object) -> int:
    print(t('barnearket: {message}', message=t(message, **values)), file=sys.stderr)
    return 2


def cmd_teamleader(args: argparse.Namespace) -> int:
    """The team leader's queues, her units' cases, or record planned help as given."""
    try:
        with _working(args) as ctx:
            if args.action == "cases":
                for case in teamleader.team_cases(ctx):
                    print(t('{case_number:<12} {unit_name:<28} ark: {completed_sheets}  '
                            'ansvarlig: {responsible}',
                            case_number=case.case_number, unit_name=case.unit_name,
                            completed_sheets=case.completed_sheets, responsible=case.responsible_name or '–'))
            elif args.action == "given":
                case_id = case_id_for_number(ctx, args.case)
                by = user_id_for_login(ctx, args.by) if args.by else None
                teamleader.record_given(ctx, case_id, args.child, PlanKind(args.kind), given_on=args.on,
                                        given_by=by)
                print(t('Registrert som gitt i sak {case}.', case=args.case.strip()))
            else:
                _queues(ctx)
    except DomainError as exc:
        return _fail(exc.message)
    return 0


def _queues(ctx: ServiceContext) -> None:
    missing = teamleader.without_completed_sheet(ctx)
    print(t('Foreldre med barn uten ferdig barneark ({count}):', count=len(missing)))
    for case in missing:
        print(t('  {case_number:<12} {unit_name:<28} ansvarlig: {responsible}',
                case_number=case.case_number, unit_name=case.unit_name,
                responsible=case.responsible_name or '–'))
    planned = teamleader.planned_not_given(ctx)
    print(t('Planlagt i barnearket, ikke registrert som gitt ({count}):', count=len(planned)))
    for item in planned:
        print(t('  {case_number:<12} barn {child_id:<5} {label:<12} samtale {held}  ansvarlig: {responsible}',
                case_number=item.case_number, child_id=item.child_id, label=item.kind.label.lower(),
                held=fmt_date(item.sheet_held_on), responsible=item.responsible_name or '–'))


def cmd_meetings(args: argparse.Namespace) -> int:
    """List, add or print the resource group's meeting notes."""
    try:
        if args.action == "pdf":
            return _pdf(args)
        with _working(args) as ctx:
            if args.action == "add":
                meeting_id = resourcegroup.add_meeting(ctx, _meeting(args))
                print(t('Møtet er lagret (nr. {meeting_id}).', meeting_id=meeting_id))
            else:
                for m in resourcegroup.list_meetings(ctx):
                    anonymous = sum(c.anonymous for c in m.cases)
                    print(t('{id:>4}  {held}  saker: {count} ({anonymous} anonyme)  til stede: {present}',
                            id=m.id, held=fmt_date(m.held_on), count=len(m.cases), anonymous=anonymous,
                            present=', '.join(m.participants)))
    except DomainError as exc:
        return _fail(exc.message)
    return 0


def _meeting(args: argparse.Namespace) -> Meeting:
    cases = [DiscussedCase(*(_split(text))) for text in args.case or ()]
    cases += [DiscussedCase("", text) for text in args.anonymous or ()]
    return Meeting(held_on=args.date, participants=tuple(args.participant or ()), cases=tuple(cases),
                   advice=args.advice or "", procedures=args.procedures or "")


def _split(text: str) -> tuple[str, str]:
    number, _, summary = text.partition(":")
    return number.strip(), summary.strip()


def _pdf(args: argparse.Namespace) -> int:
    with removed_on_failure() as outputs, _working(args) as ctx:
        ids = args.meeting or [m.id for m in resourcegroup.list_meetings(ctx)]
        data, name = resourcegroup.meetings_pdf(ctx, ids)
        out = outputs.note(Path(args.output or name))
        resourcegroup.save_meetings_pdf(ctx, data, out, ids)
    print(t('Skrev {out} ({size} kB). Filen er taushetsbelagt: oppbevar den trygt.',
            out=out, size=len(data) // 1024 + 1))
    return 0


def run_functions(case_file: Store, args: argparse.Namespace) -> int:
    """`users FILE function LOGIN [--set F[:ENHET] ...] [--clear]`: show or set a person's functions."""
    try:
        with _unit_of_work(case_file) as ctx:
            user_id = user_id_for_login(ctx, args.login)
            if args.set or args.clear:
                wanted = [_held(ctx, text) for text in args.set or ()]
                changed = functions.set_functions(ctx, user_id, wanted)
                print(t("Funksjonene er lagret.") if changed else t("Ingen endringer."))
            units = {u.id: u.name for u in list_units(ctx)}
            held = functions.functions_of(ctx, user_id)
    except DomainError as exc:
        return _fail(exc.message)
    if not held:
        print(t('{login} har ingen funksjon i rutinen.', login=args.login))
    for item in held:
        place = f" – {units.get(item.unit_id, '?')}" if item.unit_id is not None else ""
        print(f"{item.function.label}{place}")
    return 0


def _held(ctx: ServiceContext, text: str) -> functions.HeldFunction:
    name, _, unit = text.partition(":")
    try:
        function = RoutineFunction(name.strip().lower())
    except ValueError:
        choices = ", ".join(f.value for f in RoutineFunction)
        raise SystemExit(_fail("ukjent funksjon «{name}»; velg blant {choices}", name=name.strip(),
                                 choices=choices)) from None
    if not unit.strip():
        return functions.HeldFunction(function)
    wanted = unit.strip().casefold()
    for info in list_units(ctx):
        if info.name.casefold() == wanted:
            return functions.HeldFunction(function, info.id)
    raise SystemExit(_fail("fant ingen enhet med det navnet; enhetene står i programmet"))


def add_function_parser(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`users FILE function LOGIN`: the routine's functions, apart from the access role."""
    a = actions.add_parser("function", help="vis eller sett funksjonene i rutinen (ikke tilgangsrollen)")
    a.add_argument("login")
    a.add_argument("--set", action="append", metavar="FUNKSJON[:ENHET]",
                   help="barneansvarlig:ENHET, teamleder:ENHET, tildeling, barnekoordinator, "
                        "ressursgruppe (kan gjentas; erstatter det som står)")
    a.add_argument("--clear", action="store_true", help="ta bort alle funksjonene")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `teamleder` and `ressursgruppe`."""
    p = sub.add_parser("teamleder", help="teamlederens køer og saker, og registrer hjelp som gitt")
    p.add_argument("file")
    p.add_argument("action", nargs="?", choices=["queues", "cases", "given"], default="queues",
                   help="queues: køene (standard), cases: enhetenes saker, given: registrer som gitt")
    p.add_argument("--case", metavar="NR", help="saksnummeret (for given)")
    p.add_argument("--child", type=int, metavar="ID", help="barnets id, slik køen viser den (for given)")
    p.add_argument("--kind", choices=[k.value for k in PlanKind], help="information eller followup")
    p.add_argument("--on", type=parse_day, metavar="DATO", help="dagen det ble gitt (standard: i dag)")
    p.add_argument("--by", metavar="LOGIN", help="hvem som ga det (standard: deg)")
    add_open_arguments(p)
    p.set_defaults(func=_checked_teamleader)

    p = sub.add_parser("ressursgruppe", help="ressursgruppens møtereferater: vis, legg til, skriv ut")
    p.add_argument("action", choices=["list", "add", "pdf"])
    p.add_argument("file")
    p.add_argument("--date", type=parse_day, metavar="DATO", help="møtedato (for add)")
    p.add_argument("--participant", action="append", metavar="ROLLE",
                   help="hvem som var med, med rolle, f.eks. «barnevernet» (kan gjentas)")
    p.add_argument("--case", action="append", metavar="NR[:TEKST]", help="sak drøftet med nummer")
    p.add_argument("--anonymous", action="append", metavar="TEKST", help="sak drøftet anonymt")
    p.add_argument("--advice", metavar="TEKST", help="råd som ble gitt")
    p.add_argument("--procedures", metavar="TEKST", help="rutiner som ble avtalt")
    p.add_argument("--meeting", type=int, action="append", metavar="NR",
                   help="møtet som skal skrives ut (standard: alle)")
    p.add_argument("-o", "--output", metavar="UT.pdf")
    add_open_arguments(p)
    p.set_defaults(func=_checked_meetings)


def _checked_teamleader(args: argparse.Namespace) -> int:
    if args.action == "given" and not (args.case and args.child and args.kind):
        return _fail("given trenger --case, --child og --kind")
    return cmd_teamleader(args)


def _checked_meetings(args: argparse.Namespace) -> int:
    if args.action == "add" and args.date is None:
        return _fail("add trenger --date")
    return cmd_meetings(args)
