"""Opens a case file for a command: with a login and passphrase, or with the recovery key."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from barnearket.cli.prompts import Secrets
from barnearket.storage.casefile import CaseFile
from barnearket.storage.opening import open_case_file


def add_open_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every command that opens a file takes."""
    parser.add_argument("--user", metavar="LOGIN", help="brukernavnet ditt i saksfilen")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="les passordfraser fra standard inn, én per linje")
    parser.add_argument("--recovery-key-stdin", action="store_true",
                        help="åpne med gjenopprettingsnøkkelen (første linje på standard inn)")


def secrets_for(args: argparse.Namespace) -> Secrets:
    """Where this command's secrets come from."""
    return Secrets(from_stdin=bool(args.passphrase_stdin or args.recovery_key_stdin))


def open_for(args: argparse.Namespace, path: Path, secrets: Secrets) -> CaseFile:
    """Unlock `path` the way the arguments say."""
    if args.recovery_key_stdin:
        return open_case_file(path, recovery_key=secrets.recovery_key())
    if not args.user:
        raise SystemExit(_usage("oppgi --user LOGIN eller --recovery-key-stdin"))
    passphrase = secrets.passphrase(f"Passordfrase for {args.user}: ")
    case_file = open_case_file(path, login=args.user, passphrase=passphrase)
    if case_file.failed_attempts:
        count = len(case_file.failed_attempts)
        word = "mislykket innloggingsforsøk" if count == 1 else "mislykkede innloggingsforsøk"
        print(f"Merk: {count} {word} siden sist (står i hendelsesloggen).", file=sys.stderr)
    for finding in case_file.audit_findings:
        print(f"ADVARSEL: {finding}", file=sys.stderr)
    return case_file


def _usage(message: str) -> int:
    print(f"barnearket: feil bruk: {message}", file=sys.stderr)
    return 2
