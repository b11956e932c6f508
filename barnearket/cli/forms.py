"""`forms check DIR`: lets IT validate a municipality's own form folder before deploying it."""

from __future__ import annotations

import argparse
from pathlib import Path

from barnearket.domain.forms import FormError, load_library, shipped_forms_dir
from barnearket.domain.forms.contract import ContractReport, check_contract
from barnearket.domain.language import t


def cmd_check(args: argparse.Namespace) -> int:
    """Load the shipped forms with the folder on top, check the contract and print every check."""
    folder = Path(args.dir)
    print(t('Kontrollerer skjemamappen {folder} mot det programmet leser.', folder=folder))
    try:
        library = load_library([shipped_forms_dir(), folder])
    except FormError as exc:
        print(t('FEIL  {exc}', exc=exc))
        print(t("Resultat: mappen kan ikke brukes. Rett feilen over og kjør kontrollen på nytt."))
        return 1
    own = sorted(t("{form} versjon {version} ({file})", form=f.id, version=f.version, file=f.source.name)
                 for f in library if f.source.parent.resolve() == folder.resolve())
    print(t('Egne filer i mappen: {count}', count=len(own)))
    for line in own:
        print(f"  {line}")
    report = check_contract(library)
    _print(report)
    return 0 if report.ok else 1


def _print(report: ContractReport) -> None:
    for line in report.checked:
        print(t('OK    {line}', line=line))
    for line in report.notes:
        print(t('MERK  {line}', line=line))
    for problem in report.problems:
        print(t('FEIL  {message}', message=problem.message))
    if report.ok:
        print(t('Resultat: mappen kan brukes ({count} kontroller uten feil).', count=len(report.checked)))
    else:
        print(t('Resultat: mappen kan ikke brukes ({count} feil).', count=len(report.problems)))


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `forms`."""
    p = sub.add_parser("forms", help="kontroller en kommunes egne skjemafiler")
    actions = p.add_subparsers(dest="action", required=True)
    check = actions.add_parser("check", help="kontroller en skjemamappe mot det programmet leser")
    check.add_argument("dir", metavar="MAPPE", help="mappen med kommunens egne skjemafiler (*.toml)")
    check.set_defaults(func=cmd_check)
