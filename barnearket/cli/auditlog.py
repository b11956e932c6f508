"""Prints the audit log in readable Norwegian and verifies its hash chain."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import select
from sqlalchemy.orm import Session

from barnearket.cli.session import add_open_arguments, open_for, secrets_for
from barnearket.storage import audit, permissions, witness
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.users import User
from barnearket.storage.store import Store

ACTION_LABELS = {
    "create_file": "opprettet saksfilen", "unlock": "låste opp", "unlock_failed": "mislykket innlogging",
    "lock": "låste", "view": "åpnet", "create": "opprettet", "update": "endret", "delete": "slettet",
    "search": "søkte", "export": "eksporterte", "import": "importerte", "print": "skrev ut",
    "pdf": "lagde PDF", "backup": "tok sikkerhetskopi", "restore": "la tilbake sikkerhetskopi",
    "migrate": "oppgraderte filformatet", "user_add": "la til bruker", "user_remove": "fjernet bruker",
    "user_passwd": "byttet passordfrase", "settings": "endret innstillinger", "check": "kontrollerte",
    "purge": "slettet for godt", "rekey": "ga saksfilen ny nøkkel",
    "audit_alarm": "fant hendelsesloggen endret", "kdf_upgrade": "styrket nøkkelplassen sin",
}
OBJECT_LABELS = {
    "user": "bruker", "case": "sak", "child": "barn", "sheet": "barneark", "answer": "svar",
    "concern": "bekymring", "observation": "observasjon", "consultation": "drøfting",
    "decision": "beslutning", "action": "tiltak", "evaluation": "evaluering", "consent": "samtykke",
    "report": "melding", "unit": "enhet", "settings": "innstillinger", "document": "dokument",
    "file": "saksfil", "audit_log": "hendelseslogg", "recovery_key": "gjenopprettingsnøkkel",
}
PRINT_HEAD = "print"
WHOLE_LOG_ON_SERVER = ("På kommunens server ser du bare dine egne rader i hendelsesloggen, så hele "
                       "kjeden kan bare kontrolleres av en administrator eller koordinator.")
OUTCOME_LABELS = {"ok": "", "failed": "MISLYKTES", "denied": "AVVIST"}


def _line(entry: AuditEntry, names: dict[int, str]) -> str:
    who = names.get(entry.actor_id, "ukjent") if entry.actor_id else "gjenopprettingsnøkkel/ukjent"
    what = ACTION_LABELS.get(entry.action, entry.action)
    kind = OBJECT_LABELS.get(entry.object_type or "", entry.object_type)
    target = f" {kind} {entry.object_id}" if entry.object_type else ""
    fields = f" (felt: {entry.fields.replace(',', ', ')})" if entry.fields else ""
    outcome = OUTCOME_LABELS.get(entry.outcome, entry.outcome)
    stamp = entry.at.strftime("%d.%m.%Y %H:%M:%S UTC")
    return f"{entry.seq:>7}  {stamp}  {who}: {what}{target}{fields} {outcome}".rstrip()


def cmd_audit(args: argparse.Namespace) -> int:
    """Print the log (unless --verify or --head), then verify the chain; exit 1 if it was changed.

    Admins and coordinators read every row; anyone else reads only their own rows.
    """
    kept = None if args.head in (None, PRINT_HEAD) else _kept_head(args.head)
    case_file = open_for(args, args.file, secrets_for(args))
    try:
        if case_file.location.is_server and not permissions.reads_whole_log(case_file):
            return _own_rows_on_server(case_file, args)
        with case_file.read_session() as session:
            names = {u.id: f"{u.full_name} ({u.login})" for u in session.scalars(select(User))}
            if args.head == PRINT_HEAD:
                head = witness.current_head(session)
                print(head.text() if head else "0:" + audit.GENESIS)
                return 0
            if not args.verify:
                _print_rows(case_file, session, names)
            report = audit.verify(session)
            findings = witness.chain_findings(report)
            findings += [f for f in case_file.audit_findings if f not in findings]
            if kept is not None and not witness.compare(session, kept):
                findings.append(witness.missing_head_text("den oppbevarte kontrollverdien", kept, None))
            logins = {uid: name.rsplit("(", 1)[-1].rstrip(")") for uid, name in names.items()}
            findings += witness.earlier_alarms(session, logins)
    finally:
        case_file.close()
    if not findings:
        checked = f" og inneholder kontrollverdien {kept.seq}" if kept else ""
        print(f"Hendelsesloggen er hel: {report.rows} rader, kjeden er ubrutt{checked}.")
        return 0
    for finding in findings:
        print(finding, file=sys.stderr)
    return 1


def _own_rows_on_server(store: Store, args: argparse.Namespace) -> int:
    """The server shows a saksbehandler only her own rows, so she cannot walk the chain: her rows are
    printed, and checking the chain is left to an administrator or coordinator."""
    if args.verify or args.head is not None:
        raise CaseFileError(Problem.NOT_ALLOWED, WHOLE_LOG_ON_SERVER)
    with store.read_session() as session:
        names = {u.id: f"{u.full_name} ({u.login})" for u in session.scalars(select(User))}
        _print_rows(store, session, names)
    return 0


def _print_rows(case_file: Store, session: Session, names: dict[int, str]) -> None:
    whole = permissions.reads_whole_log(case_file)
    if not whole:
        print("Du ser bare dine egne rader i hendelsesloggen.", file=sys.stderr)
    own = case_file.actor_id
    for entry in audit.iter_entries(session):
        if whole or entry.actor_id == own:
            print(_line(entry, names))


def _kept_head(text: str) -> witness.Head:
    try:
        return witness.Head.parse(text)
    except ValueError:
        raise SystemExit(_usage("--head må være på formen LØPENUMMER:KONTROLLSUM (64 heks-tegn)")) from None


def _usage(message: str) -> int:
    print(f"barnearket: feil bruk: {message}", file=sys.stderr)
    return 2


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `audit` subcommand."""
    p = sub.add_parser("audit", help="vis hendelsesloggen og kontroller kjeden")
    p.add_argument("file")
    p.add_argument("--verify", action="store_true", help="bare kontroller kjeden")
    p.add_argument("--head", nargs="?", const=PRINT_HEAD, metavar="LØPENR:SUM",
                   help="uten verdi: skriv ut loggens siste kontrollverdi for oppbevaring utenfor filen; "
                        "med en oppbevart verdi: kontroller at loggen fortsatt inneholder den")
    add_open_arguments(p)
    p.set_defaults(func=cmd_audit)
