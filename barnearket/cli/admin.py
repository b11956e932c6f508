"""The administrator's commands: init, check, users, backup, restore."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sqlalchemy import select

from barnearket.cli import members, practice, profile
from barnearket.cli.session import add_open_arguments, location_of, open_file_for, secrets_for
from barnearket.domain.language import n_, t
from barnearket.domain.roles import Role
from barnearket.files.recoverykey import format_recovery_key
from barnearket.services.backups import DamagedBackupError, restore_backup, take_backup
from barnearket.storage import accounts, kdf, permissions
from barnearket.storage.audit import AuditAction
from barnearket.storage.casefile import CaseFile
from barnearket.storage.check import check_file
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.opening import create_case_file
from barnearket.storage.orm.meta import get_meta
from barnearket.storage.orm.users import User
from barnearket.storage.server.connect import is_server_location

DAMAGE = (Problem.DAMAGED, Problem.KEY_DATA_DAMAGED, Problem.KEY_DATA_MISMATCH, Problem.JOURNAL_DAMAGED)
NEW_RECOVERY_TEXT = n_("""\
Saksfilen har fått en ny nøkkel. Ingen tidligere nøkkelfil åpner den lenger.

NY GJENOPPRETTINGSNØKKEL (vises bare denne ene gangen):

    {key}

Den gamle gjenopprettingsnøkkelen åpner ikke saksfilen lenger (bare eldre sikkerhetskopier).
Skriv ut eller skriv ned den nye og legg den innelåst der den gamle lå; makuler den gamle
når du ikke lenger trenger eldre sikkerhetskopier.
""")
OTHER_ROTATED = n_("Saksfilen har fått en ny nøkkel, og gjenopprettingsnøkkelen er byttet. "
                 "En administrator må hente den nye med «barnearket users FIL recovery-key».")
RECOVERY_TEXT = n_("""\
Saksfilen er laget: {path}

GJENOPPRETTINGSNØKKEL (vises bare denne ene gangen):

    {key}

Skriv den ut eller skriv den ned, og oppbevar den innelåst, adskilt fra maskinen.
Den åpner saksfilen hvis alle passordfraser er glemt. Den som har nøkkelen og filen,
kan lese alt i filen.
""")


def cmd_init(args: argparse.Namespace) -> int:
    """Create a file with its first user (role admin) and print the recovery key once."""
    if is_server_location(args.file):
        from barnearket.cli import server
        return server.cmd_init(args)
    secrets = secrets_for(args)
    passphrase = secrets.new_passphrase(t('Ny passordfrase for {user}: ', user=args.user), login=args.user,
                                        full_name=args.name)
    print(t("Tilpasser nøkkelutledningen til denne maskinen ..."), file=sys.stderr)
    case_file = create_case_file(Path(args.file), login=args.user, full_name=args.name,
                                 passphrase=passphrase, kdf_params=kdf.calibrate())
    try:
        print(t(RECOVERY_TEXT, path=args.file, key=format_recovery_key(case_file.file_key)))
    finally:
        case_file.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 healthy, 1 damaged (with findings), 2 cannot open (raised as CaseFileError)."""
    if is_server_location(args.file):
        from barnearket.cli import server
        return server.cmd_check(args)
    try:
        case_file = open_file_for(args, args.file, secrets_for(args), "check")
    except CaseFileError as exc:
        if exc.problem not in DAMAGE:
            raise
        print(t('Saksfilen er skadet: {message}', message=exc.message), file=sys.stderr)
        return 1
    try:
        result = check_file(case_file)
    finally:
        case_file.close()
    if result.ok:
        print(t('Saksfilen er i orden. Nøkler, krypterte sider, databasestruktur og hendelseslogg '
                '({audit_rows} rader) er kontrollert.',
                audit_rows=result.audit_rows))
        return 0
    print(t("Saksfilen er skadet:"), file=sys.stderr)
    for finding in result.findings:
        print(f"  - {finding}", file=sys.stderr)
    return 1


def cmd_users(args: argparse.Namespace) -> int:
    """List, add, remove or re-passphrase users, or show and change a profile."""
    if is_server_location(args.file):
        from barnearket.cli import server
        return server.cmd_users(args)
    secrets = secrets_for(args)
    case_file = open_file_for(args, args.file, secrets, "users")
    try:
        if args.action == "list" and args.json:
            print(json.dumps(members.people_json(case_file), ensure_ascii=False, indent=2))
        elif args.action == "list":
            for u in accounts.list_users(case_file):
                state = t("aktiv") if u.active else t("fjernet")
                print(f"{u.login:<20} {u.role.value:<14} {state:<8} {u.full_name}")
        elif args.action == "add":
            accounts.list_users(case_file)  # refuses (and logs) before asking for a passphrase
            members.known_units(case_file, args.profile_unit or [])  # an unknown unit adds no one,
            profile.check_given(args)  # nor a malformed phone number or e-mail address
            passphrase = secrets.new_passphrase(t('Ny passordfrase for {login}: ',
                                                  login=args.login), login=args.login,
                                                full_name=args.name, municipality=_municipality(case_file))
            accounts.add_user(case_file, args.login, args.name, Role(args.role), passphrase)
            if profile.given(args):
                profile.apply_profile(case_file, args.login, args)
            members.join_units(case_file, args.login, args.profile_unit or [])
            print(t('Brukeren {login} er lagt til.', login=args.login))
        elif args.action == "function":
            return practice.run_functions(case_file, args)
        elif args.action == "profile":
            person = profile.apply_profile(case_file, args.login, args)
            profile.show(person)
        elif args.action == "remove":
            new_key = accounts.remove_user(case_file, args.login)
            print(t('Brukeren {login} er fjernet. Passordfrasen åpner ikke filen lenger.', login=args.login))
            _show_new_key(case_file, new_key)
        elif args.action == "recovery-key":
            permissions.require_admin(case_file, AuditAction.VIEW, "recovery_key")
            print(format_recovery_key(case_file.file_key))
        else:
            passphrase = secrets.new_passphrase(t('Ny passordfrase for {login}: ',
                                                  login=args.login), login=args.login,
                                                full_name=_full_name(case_file, args.login),
                                                municipality=_municipality(case_file))
            new_key = accounts.change_passphrase(case_file, args.login, passphrase)
            print(t('Passordfrasen for {login} er byttet.', login=args.login))
            _show_new_key(case_file, new_key)
    finally:
        case_file.close()
    return 0


def _show_new_key(case_file: CaseFile, new_key: bytes) -> None:
    """An administrator sees the new recovery key once; anyone else is told who must fetch it."""
    role = permissions.role_of(case_file)
    if role is None or role.administers_file:
        print(t(NEW_RECOVERY_TEXT, key=format_recovery_key(new_key)))
    else:
        print(t(OTHER_ROTATED))


def _municipality(case_file: CaseFile) -> str:
    with case_file.read_session() as session:
        return get_meta(session, "org.municipality_name") or ""


def _full_name(case_file: CaseFile, login: str) -> str:
    with case_file.read_session() as session:
        user = session.scalars(select(User).where(User.login == login.casefold())).first()
        return user.full_name if user else ""


def cmd_backup(args: argparse.Namespace) -> int:
    """Write an encrypted, consistent copy that opens with the same logins (from a server: see
    `cli/serverbackup.py`)."""
    if location_of(args.file).is_server:
        from barnearket.cli.serverbackup import cmd_server_backup

        return cmd_server_backup(args)
    if args.unit is not None:
        raise CaseFileError(Problem.INVALID, "--unit gjelder bare sikkerhetskopi fra kommunens server.")
    case_file = open_file_for(args, args.file, secrets_for(args), "backup")
    try:
        take_backup(case_file, Path(args.dest))
    finally:
        case_file.close()
    print(t('Sikkerhetskopien er skrevet til {dest} (med nøkkelfilen ved siden av).', dest=args.dest))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Check a backup and write it out as a new case file (a backup on read-only media is copied)."""
    for where in (args.backup, args.file):  # a server is restored with the server's own tools
        if location_of(where).is_server:
            raise CaseFileError(Problem.INVALID, "«restore» gjelder bare saksfiler, ikke kommunens server.")
    secrets = secrets_for(args)
    try:
        restore_backup(Path(args.backup), Path(args.file),
                       lambda path: open_file_for(args, path, secrets, "restore"))
    except DamagedBackupError as damaged:
        for finding in damaged.findings:
            print(f"  - {finding}", file=sys.stderr)
        raise
    print(t('Sikkerhetskopien er lagt tilbake som {file}.', file=args.file))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the administrator's subcommands."""
    p = sub.add_parser("init", help="lag en ny kryptert saksfil med første bruker (admin)")
    p.add_argument("file")
    p.add_argument("--user", required=True, metavar="LOGIN")
    p.add_argument("--name", required=True, metavar="FULLT NAVN")
    p.add_argument("--passphrase-stdin", action="store_true")
    p.set_defaults(func=cmd_init, recovery_key_stdin=False)

    p = sub.add_parser("check", help="kontroller nøkler, kryptering, struktur og hendelseslogg")
    p.add_argument("file")
    add_open_arguments(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("users", help="vis, legg til, fjern eller bytt passordfrase for brukere")
    p.add_argument("file")
    add_open_arguments(p)
    actions = p.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="vis brukerne").add_argument(
        "--json", action="store_true", help="skriv listen som JSON (login, navn, rolle, enheter, aktiv)")
    a = actions.add_parser("add", help="legg til en bruker")
    a.add_argument("login")
    a.add_argument("--name", required=True, metavar="FULLT NAVN")
    a.add_argument("--role", required=True, choices=[r.value for r in Role])
    profile.add_profile_options(a)
    a = actions.add_parser("profile", help="vis eller endre profilen (tittel, telefon, e-post, enhet)")
    a.add_argument("login")
    profile.add_profile_options(a)
    actions.add_parser("remove", help="fjern en bruker").add_argument("login")
    actions.add_parser("passwd", help="bytt passordfrase").add_argument("login")
    actions.add_parser("recovery-key", help="vis gjeldende gjenopprettingsnøkkel (bare administrator)")
    practice.add_function_parser(actions)
    p.set_defaults(func=cmd_users)

    p = sub.add_parser("backup", help="skriv en kryptert sikkerhetskopi (fra en saksfil eller serveren)")
    p.add_argument("file")
    p.add_argument("dest")
    p.add_argument("--unit", metavar="ENHET", help="fra serveren: bare sakene i denne enheten")
    add_open_arguments(p)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="legg tilbake en sikkerhetskopi som ny saksfil")
    p.add_argument("backup")
    p.add_argument("file")
    add_open_arguments(p)
    p.set_defaults(func=cmd_restore)
