"""`users URL profile|function` and the profile options of `users URL add`: the server runs them through
the same services as a case file (`profile.py`, `practice.py`), as the logged-in person."""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

from barnearket.cli import practice, profile
from barnearket.cli.formlib import command_forms
from barnearket.cli.prompts import Secrets
from barnearket.cli.session import open_for
from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage.server import setup


def on_store(args: argparse.Namespace, secrets: Secrets) -> int:
    """Show or change a person's profile or functions on the server."""
    store = open_for(args, args.file, secrets)
    try:
        if args.action == "function":
            return practice.run_functions(store, args)
        profile.show(profile.apply_profile(store, args.login, args))
        return 0
    finally:
        store.close()


def profile_in(session: Session, args: argparse.Namespace) -> None:
    """The new person's profile, written by the administrator in the session that added her."""
    me = setup.me(session)
    actor = Actor(me.id, me.login, Role(me.role))
    profile.apply_in(ServiceContext(session, actor, SystemClock(), command_forms()), args.login, args)
