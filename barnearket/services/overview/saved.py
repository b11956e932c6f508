"""Each user's saved overview filters, kept in the encrypted case file (never in plain settings)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from barnearket.domain.errors import ValidationError
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.meta import get_meta, set_meta

MAX_FILTERS = 30
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")

Filter = dict[str, str]


def _meta_key(ctx: ServiceContext) -> str:
    return f"overview.filters.{ctx.actor.user_id}"


def saved_filters(ctx: ServiceContext) -> dict[str, Filter]:
    """The actor's saved filters by name (a damaged entry reads as none)."""
    raw = get_meta(ctx.session, _meta_key(ctx))
    try:
        found = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(name): {str(k): str(v) for k, v in spec.items()}
            for name, spec in found.items() if isinstance(spec, dict)}


def save_filter(ctx: ServiceContext, name: str, spec: Mapping[str, str]) -> str:
    """Store (or replace) a filter under a name; returns the cleaned name.

    A filter may hold a free-text search, which is why it lives in the encrypted file.
    """
    title = common.line(name, 60).strip()
    if not title:
        raise ValidationError("Gi filteret et navn.", field="name")
    if any(not _KEY.match(k) for k in spec):
        raise ValidationError("Filteret har en ukjent kolonne.", field="spec")
    filters = saved_filters(ctx)
    if title not in filters and len(filters) >= MAX_FILTERS:
        raise ValidationError("Du kan lagre høyst {count} filtre. Slett et først.", field="name",
                              count=MAX_FILTERS)
    filters[title] = {k: common.line(v, 200) for k, v in spec.items() if v}
    _store(ctx, filters)
    return title


def delete_filter(ctx: ServiceContext, name: str) -> None:
    """Remove a saved filter (nothing happens if it is not there)."""
    filters = saved_filters(ctx)
    if filters.pop(name, None) is not None:
        _store(ctx, filters)


def _store(ctx: ServiceContext, filters: dict[str, Filter]) -> None:
    set_meta(ctx.session, _meta_key(ctx), json.dumps(filters, ensure_ascii=False, sort_keys=True))
    common.log(ctx, AuditAction.SETTINGS, "overview_filter", ctx.actor.user_id, ["filters"])
