"""Makes the leaflet for parents with the organisation's name and contact; it holds no case data."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from barnearket.domain.language import speaking
from barnearket.domain.model.organisation import Organisation
from barnearket.files.atomic import atomic_write_bytes
from barnearket.reports.leaflet import render_leaflet
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.language import load_document_language
from barnearket.services.organisation import load_organisation
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.users import Unit, User

FILE_NAME = "brosjyre-naar-vi-spor-om-barna.pdf"
OBJECT = "leaflet"


def leaflet_sender(ctx: ServiceContext) -> Organisation:
    """The organisation's details; without a unit set, the worker's own unit is named."""
    org = load_organisation(ctx.session)
    user = ctx.session.get(User, ctx.actor.user_id)
    unit = ctx.session.get(Unit, user.unit_id) if user is not None and user.unit_id is not None else None
    if not org.unit.strip() and unit is not None:
        org = replace(org, unit=unit.name)
    return org


def make_leaflet(ctx: ServiceContext, language: str | None = None) -> bytes:
    """The leaflet as PDF bytes in `language`, else the organisation's language for documents (logged)."""
    stream = io.BytesIO()
    with speaking(language or load_document_language(ctx.session)):
        render_leaflet(leaflet_sender(ctx), stream)
    common.log(ctx, AuditAction.PDF, OBJECT, None)
    return stream.getvalue()


def save_leaflet(ctx: ServiceContext, data: bytes, path: Path) -> None:
    """Write the leaflet atomically where the user chose, and log the export."""
    atomic_write_bytes(path, data)
    common.log(ctx, AuditAction.EXPORT, OBJECT, None)


def log_printed(ctx: ServiceContext) -> None:
    """Log that the leaflet was sent to a printer."""
    common.log(ctx, AuditAction.PRINT, OBJECT, None)
