"""Prints the audit log in readable Norwegian and verifies its hash chain."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import select

from barnearket.cli.session import add_open_arguments, open_for, secrets_for
from barnearket.storage import audit
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.users import User

ACTION_LABELS = {
    "create_file": "opprettet saksfilen", "unlock": "låste opp", "unlock_failed": "mislykket innlogging",
    "lock": "låste", "view": "åpnet", "create": "opprettet", "update": "endret", "delete": "slettet",
    "search": "søkte", "export": "eksporterte", "import": "importerte", "print": "skrev ut",
    "pdf": "lagde PDF", "backup": "tok sikkerhetskopi", "restore": "la tilbake sikkerhetskopi",
    "migrate": "oppgraderte filformatet", "user_add": "la til bruker", "user_remove": "fjernet bruker",
    "user_passwd": "byttet passordfrase", "settings": "endret innstillinger", "check": "kontrollerte",
    "purge": "slettet for godt",
}
OBJECT_LABELS = {
    "user": "bruker", "case": "sak", "child": "barn", "sheet": "barneark", "answer": "svar",
    "concern": "bekymring", "observation": "observasjon", "consultation": "drøfting",
    "decision": "beslutning", "action": "tiltak", "evaluation": "evaluering", "consent": "samtykke",
    "report": "melding", "unit": "enhet", "settings": "innstillinger", "document": "dokument",
}
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
    """Print the log (unless --verify only), then verify the chain; exit 1 if it is broken."""
    case_file = open_for(args, Path(args.file), secrets_for(args))
    try:
        with case_file.read_session() as session:
            names = {u.id: f"{u.full_name} ({u.login})" for u in session.scalars(select(User))}
            if not args.verify:
                for entry in audit.iter_entries(session):
                    print(_line(entry, names))
            report = audit.verify(session)
    finally:
        case_file.close()
    if report.ok:
        print(f"Hendelsesloggen er hel: {report.rows} rader, kjeden er ubrutt.")
        return 0
    print(f"Hendelsesloggen er endret: {len(report.broken)} rader passer ikke i kjeden"
          f"{' og slutten mangler' if report.head_mismatch else ''}.", file=sys.stderr)
    for seq in report.broken[:20]:
        print(f"  - rad {seq}", file=sys.stderr)
    return 1


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `audit` subcommand."""
    p = sub.add_parser("audit", help="vis hendelsesloggen og kontroller kjeden")
    p.add_argument("file")
    p.add_argument("--verify", action="store_true", help="bare kontroller kjeden")
    add_open_arguments(p)
    p.set_defaults(func=cmd_audit)
