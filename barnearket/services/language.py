"""The organisation's language for documents (bokmål, nynorsk or English), kept once per case file."""

from __future__ import annotations

from sqlalchemy.orm import Session

from barnearket.domain.errors import AccessDeniedError, ValidationError
from barnearket.domain.language import SOURCE, check_language
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.meta import get_meta, set_meta

KEY = "documents.language"


def load_document_language(session: Session) -> str:
    """The stored language code, bokmål when none (or an unknown one) is stored."""
    stored = (get_meta(session, KEY, "") or "").strip()
    try:
        return check_language(stored) if stored else SOURCE
    except ValidationError:
        return SOURCE


def document_language(ctx: ServiceContext) -> str:
    """The language documents are written in (any logged-in user may read it)."""
    return load_document_language(ctx.session)


def save_document_language(ctx: ServiceContext, code: str) -> bool:
    """Store the language for documents (administrators only); True when it changed."""
    if not ctx.actor.role.manages_users:
        raise AccessDeniedError("Bare en administrator kan endre språket i dokumentene.",
                                action="settings", object_type="organisation")
    cleaned = check_language(code)
    if cleaned == load_document_language(ctx.session):
        return False
    set_meta(ctx.session, KEY, cleaned)
    common.log(ctx, AuditAction.SETTINGS, "organisation", None, ["document_language"])
    return True
