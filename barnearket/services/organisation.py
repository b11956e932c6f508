"""Reads and writes the organisation's details, kept once per case file in its settings table."""

from __future__ import annotations

import re
from dataclasses import asdict, fields, replace

from sqlalchemy.orm import Session
from stdnum.no import orgnr

from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.domain.language import n_
from barnearket.domain.model.organisation import Organisation
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.storage.audit import AuditAction, Outcome
from barnearket.storage.orm.meta import get_meta, set_meta

PREFIX = "org."
_DIGITS = {"municipality_number": (4, n_("Kommunenummeret har fire sifre.")),
           "district_number": (2, n_("Bydelsnummeret har to sifre."))}
_PHONE = re.compile(r"^\+?[0-9]+([ -][0-9]+)*$")
_LIMITS = {"address": 500, "unit": 200, "municipality_name": 100, "district_name": 100,
           "action_guide": 500}


def load_organisation(session: Session) -> Organisation:
    """The stored details; a field never set is empty."""
    values = {f.name: get_meta(session, PREFIX + f.name, "") or "" for f in fields(Organisation)}
    return Organisation(**values)


def organisation(ctx: ServiceContext) -> Organisation:
    """The organisation's details for the documents (any logged-in user may read them)."""
    return load_organisation(ctx.session)


def save_organisation(ctx: ServiceContext, details: Organisation) -> list[str]:
    """Check, clean and store the details (administrators only); returns the changed field names."""
    if not ctx.actor.role.manages_users:
        common.log(ctx, AuditAction.SETTINGS, "organisation", None, outcome=Outcome.DENIED)
        raise AccessDeniedError("Bare en administrator kan endre virksomhetens opplysninger.",
                                action="settings", object_type="organisation")
    cleaned = check_organisation(details)
    current = asdict(load_organisation(ctx.session))
    changed = [name for name, value in asdict(cleaned).items() if current[name] != value]
    for name in changed:
        set_meta(ctx.session, PREFIX + name, getattr(cleaned, name))
    if changed:
        common.log(ctx, AuditAction.SETTINGS, "organisation", None, changed)
    return changed


def check_organisation(details: Organisation) -> Organisation:
    """The details cleaned by the text rule, or ValidationError naming the first wrong field."""
    values = {name: common.line(value, _LIMITS.get(name, 100)) for name, value in asdict(details).items()}
    cleaned = replace(details, **values)
    for name, (length, message) in _DIGITS.items():
        value = getattr(cleaned, name)
        if value and not (value.isascii() and value.isdigit() and len(value) == length):
            raise ValidationError(message, field=name)
    number = cleaned.org_number.replace(" ", "")
    if number and not orgnr.is_valid(number):
        raise ValidationError("Organisasjonsnummeret er ikke gyldig (ni sifre).", field="org_number")
    if cleaned.phone and not _PHONE.match(cleaned.phone):
        raise ValidationError("Telefonnummeret kan bare ha sifre, mellomrom, bindestrek og +.",
                              field="phone")
    return replace(cleaned, org_number=number)
