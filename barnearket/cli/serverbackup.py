"""`backup URL DEST [--unit U] --user ADMIN`: the server's cases as an encrypted case file.

The database owner's password comes first (the owner reads every unit), then a new passphrase for
the copy, which opens with the administrator's login. Nothing comes from arguments or the environment.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from barnearket.cli.session import secrets_for
from barnearket.domain.errors import DomainError
from barnearket.domain.language import n_, t
from barnearket.files.recoverykey import format_recovery_key
from barnearket.services.serverbackup import backup_server
from barnearket.storage import kdf
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.server.connect import ServerLocation

DONE = n_("""\
Sikkerhetskopien er skrevet til {dest} ({cases} saker fra {units} enheter), med nøkkelfilen ved siden av.
Den er kryptert og åpnes med brukernavnet {login} og passordfrasen du nettopp valgte.

GJENOPPRETTINGSNØKKEL FOR KOPIEN (vises bare denne ene gangen):

    {key}

Oppbevar den innelåst, adskilt fra kopien.
""")


def cmd_server_backup(args: argparse.Namespace) -> int:
    """Write the copy; a refusal (no such unit, not an administrator) exits 1 or 2 with one line."""
    location = ServerLocation.parse(args.file)
    if not args.user:
        raise CaseFileError(Problem.INVALID, "Oppgi --user med administratorens brukernavn.")
    secrets = secrets_for(args)
    owner = location.user or "databaseeieren"
    owner_password = secrets.passphrase(t('Passord for {owner} på serveren: ', owner=owner))
    passphrase = secrets.new_passphrase(t('Ny passordfrase for kopien ({user}): ',
                                          user=args.user), login=args.user)
    print(t("Tilpasser nøkkelutledningen til denne maskinen ..."), file=sys.stderr)
    try:
        result = backup_server(location, owner_password, admin_login=args.user, passphrase=passphrase,
                               dest=Path(args.dest), unit=args.unit, kdf_params=kdf.calibrate())
    except DomainError as exc:
        print(t('barnearket: {message}', message=exc.message), file=sys.stderr)
        return 1
    print(t(DONE, dest=args.dest, cases=result.cases, units=result.units, login=args.user,
                      key=format_recovery_key(result.recovery_key)))
    return 0
