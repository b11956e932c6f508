"""Opens a case store for a command: a case file or the municipality's server, one place for all commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from barnearket.cli.prompts import Secrets
from barnearket.domain.language import n_, t
from barnearket.storage.casefile import CaseFile
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.location import StoreLocation
from barnearket.storage.opening import open_case_file
from barnearket.storage.store import Store, file_only, open_store

NO_RECOVERY_ON_SERVER = n_("Gjenopprettingsnøkkelen gjelder bare saksfiler, ikke kommunens server.")


def add_open_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every command that opens a file takes."""
    parser.add_argument("--user", metavar="LOGIN", help="brukernavnet ditt i saksfilen eller på serveren")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="les passordfraser (eller serverpassordet) fra standard inn, én per linje")
    parser.add_argument("--recovery-key-stdin", action="store_true",
                        help="åpne med gjenopprettingsnøkkelen (første linje på standard inn)")


def secrets_for(args: argparse.Namespace) -> Secrets:
    """Where this command's secrets come from."""
    return Secrets(from_stdin=bool(args.passphrase_stdin or args.recovery_key_stdin))


def location_of(where: str | Path | StoreLocation) -> StoreLocation:
    """A command's FILE argument as a store location: a server URL or a case file path."""
    if isinstance(where, StoreLocation):
        return where
    return StoreLocation.parse(str(where)) if isinstance(where, str) else StoreLocation.file(where)


def open_for(args: argparse.Namespace, where: str | Path | StoreLocation, secrets: Secrets) -> Store:
    """Open the case file or log in to the server the way the arguments say."""
    location = location_of(where)
    if args.recovery_key_stdin:
        if location.is_server:
            raise CaseFileError(Problem.INVALID, NO_RECOVERY_ON_SERVER)
        return open_case_file(location.file_path, recovery_key=secrets.recovery_key())
    if not args.user:
        raise SystemExit(_usage("oppgi --user LOGIN eller --recovery-key-stdin"))
    prompt = (t("Passord for {user} på serveren: ", user=args.user) if location.is_server
              else t("Passordfrase for {user}: ", user=args.user))
    store = open_store(location, login=args.user, passphrase=secrets.passphrase(prompt))
    if store.failed_attempts:
        count = len(store.failed_attempts)
        word = t("mislykket innloggingsforsøk") if count == 1 else t("mislykkede innloggingsforsøk")
        print(t('Merk: {count} {word} siden sist (står i hendelsesloggen).',
                count=count, word=word), file=sys.stderr)
    for finding in store.audit_findings:
        print(t('ADVARSEL: {finding}', finding=finding), file=sys.stderr)
    return store


def open_file_for(args: argparse.Namespace, where: str | Path, secrets: Secrets, what: str) -> CaseFile:
    """Open a case file for a command that only makes sense on a file; a server URL is refused
    before anything is asked or opened (exit 2), naming the command."""
    location = location_of(where)
    if location.is_server:
        raise CaseFileError(Problem.INVALID, "«{what}» gjelder bare saksfiler, ikke kommunens server.",
                            what=what)
    return file_only(open_for(args, location, secrets))


def _usage(message: str) -> int:
    print(t('barnearket: feil bruk: {message}', message=t(message)), file=sys.stderr)
    return 2
