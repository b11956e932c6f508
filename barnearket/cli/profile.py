"""The person's profile on the command line: `users profile LOGIN` and the same options on `users add`."""

from __future__ import annotations

import argparse

from barnearket.cli.formlib import command_forms
from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import DomainError
from barnearket.domain.language import t
from barnearket.domain.roles import Role
from barnearket.services import profile as profiles
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.units import list_units
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.store import Store

OPTIONS = (("title", "job_title", "TITTEL", "stillingen eller rollen din, f.eks. «Teamleder»"),
           ("phone", "phone", "TELEFON", "telefonnummeret barnevernet kan ringe"),
           ("email", "email", "E-POST", "e-postadressen din på jobb"),
           ("unit", "unit", "ENHET", "enheten du melder fra (navnet, slik det står i programmet)"))


def add_profile_options(parser: argparse.ArgumentParser) -> None:
    """--title, --phone, --email and --unit (each left as it is when not given)."""
    for option, dest, metavar, text in OPTIONS:
        if option == "unit":  # a person may belong to several units; the first is her profile's
            parser.add_argument("--unit", dest="profile_unit", metavar=metavar, action="append",
                                help=text + "; kan gjentas for flere enheter")
            continue
        parser.add_argument(f"--{option}", dest=f"profile_{dest}", metavar=metavar, help=text)


def given(args: argparse.Namespace) -> bool:
    """Whether any profile option was given."""
    return any(getattr(args, f"profile_{dest}", None) is not None for _, dest, _, _ in OPTIONS)


def check_given(args: argparse.Namespace) -> None:
    """Refuse a malformed phone number or e-mail address before anything is written (exit 2)."""
    try:
        profiles.check_contact(args.profile_phone, args.profile_email)
    except DomainError as exc:
        raise CaseFileError(Problem.INVALID, exc.message) from exc


def apply_profile(case_file: Store, login: str, args: argparse.Namespace) -> profiles.PersonProfile:
    """Store the options given for `login` (a person for herself, an administrator for anyone)."""
    user = case_file.user
    if user is None:
        raise CaseFileError(Problem.NOT_ALLOWED, "Profilen endres med innlogging (--user).")
    actor = Actor(user.id, user.login, Role(user.role))
    with case_file.session() as session, session.begin():
        return apply_in(ServiceContext(session, actor, SystemClock(), command_forms()), login, args)


def apply_in(ctx: ServiceContext, login: str, args: argparse.Namespace) -> profiles.PersonProfile:
    """The same in the caller's unit of work (the server's `users add` stores the person and her
    profile in one transaction)."""
    try:
        person = profiles.load_profile(ctx, profiles.user_id_for_login(ctx, login))
        current = person.profile
        unit_names = getattr(args, "profile_unit", None)
        unit_name = unit_names[0] if unit_names else None
        wanted = profiles.Profile(
            job_title=_or(args.profile_job_title, current.job_title),
            phone=_or(args.profile_phone, current.phone),
            email=_or(args.profile_email, current.email),
            unit_id=current.unit_id if unit_name is None else _unit_id(ctx, unit_name),
        )
        profiles.save_profile(ctx, wanted, person.user_id)
        return profiles.load_profile(ctx, person.user_id)
    except DomainError as exc:
        raise CaseFileError(Problem.INVALID, exc.message) from exc


def show(person: profiles.PersonProfile) -> None:
    """Print the profile (it is the sender's own details; no case data)."""
    p = person.profile
    for label, value in ((t("Navn"), person.full_name), (t("Tittel"), p.job_title), (t("Telefon"), p.phone),
                         (t("E-post"), p.email)):
        print(f"{label + ':':<10}{value or '–'}")


def _or(value: str | None, current: str) -> str:
    return current if value is None else value


def _unit_id(ctx: ServiceContext, name: str) -> int | None:
    if not name.strip():
        return None
    wanted = name.strip().casefold()
    for unit in list_units(ctx):
        if unit.name.casefold() == wanted:
            return unit.id
    raise CaseFileError(Problem.INVALID, "Fant ingen enhet med det navnet. Enhetene står i programmet.")
