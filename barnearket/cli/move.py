"""`move FILE URL --user LOGIN`: a case file onto the municipality's server (see services/move.py).

Secrets are read in this order: the file's passphrase for LOGIN, then the database owner's password.
The people who get a login on the server are printed with a one-time password each.
"""

from __future__ import annotations

import argparse

from barnearket.cli.session import add_open_arguments, open_file_for, secrets_for
from barnearket.domain.language import n_, t
from barnearket.services.move import move_to_server, read_file
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.location import looks_like_server
from barnearket.storage.server.connect import ServerLocation

AFTER = n_("""\
Flyttet {cases} saker og {units} enheter til {where}.
Flyttet {history} hendelser fra saksfilens logg; serveren har lenket dem inn i sin egen logg.
""")


def cmd_move(args: argparse.Namespace) -> int:
    """Read the file as its administrator, write it onto the server as the owner, print the passwords."""
    if not looks_like_server(args.url):
        raise CaseFileError(Problem.INVALID, "Oppgi serveradressen (postgresql://…) som mål.")
    location = ServerLocation.parse(args.url)
    secrets = secrets_for(args)
    case_file = open_file_for(args, args.file, secrets, "move")
    try:
        content = read_file(case_file)
    finally:
        case_file.close()
    owner = location.user or "databaseeieren"
    owner_password = secrets.passphrase(t('Passord for {owner} på serveren: ', owner=owner))
    result = move_to_server(content, location, owner_password, admin_login=args.user)
    print(t(AFTER, cases=result.cases, units=result.units, history=result.history,
            where=location.display()))
    if result.passwords:
        print(t("Nye brukere på serveren, med engangspassord (vises bare nå; hver bytter sitt med "
              "«barnearket users ADRESSE --user LOGIN passwd LOGIN»):"))
        for login, password in sorted(result.passwords.items()):
            print(f"    {login:<20} {password}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `move`."""
    p = sub.add_parser("move", help="flytt en saksfil til kommunens server (saker, enheter, brukere)")
    p.add_argument("file")
    p.add_argument("url", metavar="ADRESSE")
    add_open_arguments(p)
    p.set_defaults(func=cmd_move)
