"""What every use-case function receives: the caller's session, the acting user and the clock."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from barnearket.domain.clock import Clock
from barnearket.domain.forms import FormLibrary
from barnearket.domain.roles import Role


@dataclass(frozen=True)
class Actor:
    """The logged-in person on whose behalf a service acts (ids only reach the audit log)."""

    user_id: int
    login: str
    role: Role


@dataclass(frozen=True)
class ServiceContext:
    """The unit of work: one session (owned by the caller), who acts, and what time it is.

    `forms` is the loaded form library when the caller has one (the app always does); with it,
    answers are checked against the question they answer.
    """

    session: Session
    actor: Actor
    clock: Clock
    forms: FormLibrary | None = None
