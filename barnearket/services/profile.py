"""A person's profile (title, phone, e-mail, unit): what the report, consent and plan print as sender."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from barnearket.domain.errors import AccessDeniedError, NotFoundError, ValidationError
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.users import Unit, User

_PHONE = re.compile(r"^\+?[0-9][0-9 -]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")


@dataclass(frozen=True)
class Profile:
    """The profile fields; `unit_id` is the unit the person reports from (None: not chosen)."""

    job_title: str = ""
    phone: str = ""
    email: str = ""
    unit_id: int | None = None


@dataclass(frozen=True)
class PersonProfile:
    """A person with the profile, as the profile dialog shows it."""

    user_id: int
    login: str
    full_name: str
    profile: Profile


def user_id_for_login(ctx: ServiceContext, login: str) -> int:
    """The id of the active user with this login (NotFoundError if none)."""
    found = ctx.session.scalar(select(User.id).where(User.login == login.strip().casefold(),
                                                     User.active.is_(True)))
    if found is None:
        raise NotFoundError("Fant ingen aktiv bruker med det brukernavnet.")
    return int(found)


def load_profile(ctx: ServiceContext, user_id: int | None = None) -> PersonProfile:
    """The profile of a person (by default the one logged in)."""
    user = _user(ctx, user_id)
    return PersonProfile(user.id, user.login, user.full_name,
                         Profile(user.job_title, user.phone, user.email, user.unit_id))


def save_profile(ctx: ServiceContext, profile: Profile, user_id: int | None = None) -> list[str]:
    """Store the profile: each person their own, an administrator anyone's. Returns the changed fields."""
    user = _user(ctx, user_id)
    if user.id != ctx.actor.user_id and not ctx.actor.role.manages_users:
        raise AccessDeniedError("Bare en administrator kan endre profilen til andre.", action="update",
                                object_type="user", object_id=user.id)
    values = {"job_title": common.line(profile.job_title, 200), "phone": _phone(profile.phone),
              "email": _email(profile.email), "unit_id": _unit(ctx, profile.unit_id)}
    names = common.changed(user, values)
    if names:
        common.log(ctx, AuditAction.UPDATE, "user", user.id, names)
    return names


def check_contact(phone: str | None, email: str | None) -> None:
    """Refuse a phone number or e-mail address that `save_profile` would refuse (before anything is
    written, e.g. before a new person is added with them)."""
    _phone(phone or "")
    _email(email or "")


def _user(ctx: ServiceContext, user_id: int | None) -> User:
    user = common.get(ctx, User, ctx.actor.user_id if user_id is None else user_id, "Fant ikke brukeren.")
    if not user.active:
        raise NotFoundError("Brukeren er fjernet fra saksfilen.")
    return user


def _phone(text: str) -> str:
    value = " ".join(text.split())
    if value and not _PHONE.match(value):
        raise ValidationError("Telefonnummeret kan bare ha sifre, mellomrom, bindestrek og + først.",
                              field="phone")
    return common.line(value, 40)


def _email(text: str) -> str:
    value = text.strip()
    if value and not _EMAIL.match(value):
        raise ValidationError("E-postadressen ser ikke riktig ut (navn@kommune.no).", field="email")
    return common.line(value, 200)


def _unit(ctx: ServiceContext, unit_id: int | None) -> int | None:
    if unit_id is not None and ctx.session.get(Unit, unit_id) is None:
        raise ValidationError("Fant ikke enheten.", field="unit_id")
    return unit_id
