"""Prints the audit log in readable Norwegian and verifies its hash chain."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import select
from sqlalchemy.orm import Session

from barnearket.cli.session import add_open_arguments, open_for, secrets_for
from barnearket.domain.language import n_, t
from barnearket.storage import audit, permissions, witness
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.users import User
from barnearket.storage.store import Store

ACTION_LABELS = {
    "create_file": n_("opprettet saksfilen"), "unlock": n_("låste opp"),
    "unlock_failed": n_("mislykket innlogging"), "lock": n_("låste"), "view": n_("åpnet"),
    "create": n_("opprettet"), "update": n_("endret"), "delete": n_("slettet"), "search": n_("søkte"),
    "export": n_("eksporterte"), "import": n_("importerte"), "print": n_("skrev ut"),
    "pdf": n_("lagde PDF"), "backup": n_("tok sikkerhetskopi"), "restore": n_("la tilbake sikkerhetskopi"),
    "migrate": n_("oppgraderte filformatet"), "user_add": n_("la til bruker"),
    "user_remove": n_("fjernet bruker"), "user_passwd": n_("byttet passordfrase"),
    "settings": n_("endret innstillinger"), "check": n_("kontrollerte"), "purge": n_("slettet for godt"),
    "rekey": n_("ga saksfilen ny nøkkel"), "audit_alarm": n_("fant hendelsesloggen endret"),
    "kdf_upgrade": n_("styrket nøkkelplassen sin"),
}
OBJECT_LABELS = {
    "user": n_("bruker"), "case": n_("sak"), "child": n_("barn"), "sheet": n_("barneark"),
    "answer": n_("svar"), "concern": n_("bekymring"), "observation": n_("observasjon"),
    "consultation": n_("drøfting"), "decision": n_("beslutning"), "action": n_("tiltak"),
    "evaluation": n_("evaluering"), "consent": n_("samtykke"), "report": n_("melding"), "unit": n_("enhet"),
    "settings": n_("innstillinger"), "document": n_("dokument"), "file": n_("saksfil"),
    "audit_log": n_("hendelseslogg"), "recovery_key": n_("gjenopprettingsnøkkel"),
}
PRINT_HEAD = "print"
WHOLE_LOG_ON_SERVER = n_("På kommunens server ser du bare dine egne rader i hendelsesloggen, så hele "
                       "kjeden kan bare kontrolleres av en administrator eller koordinator.")
OUTCOME_LABELS = {"ok": "", "failed": n_("MISLYKTES"), "denied": n_("AVVIST")}


def _line(entry: AuditEntry, names: dict[int, str]) -> str:
    who = names.get(entry.actor_id, t("ukjent")) if entry.actor_id else t("gjenopprettingsnøkkel/ukjent")
    what = t(ACTION_LABELS.get(entry.action, entry.action))
    kind = t(OBJECT_LABELS.get(entry.object_type or "", entry.object_type or ""))
    target = f" {kind} {entry.object_id}" if entry.object_type else ""
    fields = t(" (felt: {fields})", fields=entry.fields.replace(",", ", ")) if entry.fields else ""
    outcome = t(OUTCOME_LABELS.get(entry.outcome, entry.outcome))
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
                findings.append(witness.missing_head_text(t("den oppbevarte kontrollverdien"), kept, None))
            logins = {uid: name.rsplit("(", 1)[-1].rstrip(")") for uid, name in names.items()}
            findings += witness.earlier_alarms(session, logins)
    finally:
        case_file.close()
    if not findings:
        checked = t(" og inneholder kontrollverdien {seq}", seq=kept.seq) if kept else ""
        print(t('Hendelsesloggen er hel: {rows} rader, kjeden er ubrutt{checked}.',
                rows=report.rows, checked=checked))
        return 0
    for finding in findings:
        print(finding, file=sys.stderr)
    return 1


def _own_rows_on_server(store: Store, args: argparse.Namespace) -> int:
    """The server shows a saksbehandler only her own rows, so she cannot walk the chain: her rows are
    printed, and checking the chain is left to an administrator or coordinator."""
    if args.verify or args.head is not None:
        permissions.log_refusal(store, audit.AuditAction.VIEW, "audit_log")
        raise CaseFileError(Problem.NOT_ALLOWED, WHOLE_LOG_ON_SERVER)
    with store.read_session() as session:
        names = {u.id: f"{u.full_name} ({u.login})" for u in session.scalars(select(User))}
        _print_rows(store, session, names)
    return 0


def _print_rows(case_file: Store, session: Session, names: dict[int, str]) -> None:
    whole = permissions.reads_whole_log(case_file)
    if not whole:
        print(t("Du ser bare dine egne rader i hendelsesloggen."), file=sys.stderr)
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
    print(t('barnearket: feil bruk: {message}', message=t(message)), file=sys.stderr)
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
