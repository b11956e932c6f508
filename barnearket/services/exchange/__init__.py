"""Export and import of whole cases in the documented, versioned JSON exchange format."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from barnearket.domain.errors import NotFoundError
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.exchange.codec import ExchangeError
from barnearket.services.exchange.exporter import Document, Visit, build_document
from barnearket.services.exchange.importer import CaseWriter
from barnearket.services.exchange.limits import MAX_DEPTH, check_depth
from barnearket.services.exchange.spec import FORMAT_NAME, FORMAT_VERSION
from barnearket.services.exchange.stream import header_document, iter_cases, read_header
from barnearket.services.exchange.targets import check_header, resolve
from barnearket.services.exchange.trail import log_each
from barnearket.services.importrights import check_batch, check_import_units
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.users import User

__all__ = [
    "FORMAT_NAME", "FORMAT_VERSION", "Document", "ExchangeError", "dumps", "export_cases",
    "import_document", "import_file", "loads",
]

IMPORT_BATCH = 200


def export_cases(ctx: ServiceContext, numbers: Sequence[str] | None = None,
                 visit: Visit | None = None) -> Document:
    """Every case the actor may see (or just these case numbers), each export logged per case;
    `visit` is told (table, id) of every object row in document order."""
    if numbers is None:
        ids = visible_case_ids(ctx)
    else:
        wanted = set(numbers)
        found = ctx.session.execute(select(CaseRow.id, CaseRow.number).order_by(CaseRow.number)).all()
        ids = [r.id for r in found if r.number in wanted]
        if len(ids) != len(wanted):
            raise NotFoundError("Fant ikke alle sakene med de oppgitte saksnumrene.")
        for case_id in ids:
            common.case_row(ctx, case_id)
    document = build_document(ctx.session, ids, visit)
    log_each(ctx, AuditAction.EXPORT, ids)
    return document


def visible_case_ids(ctx: ServiceContext) -> list[int]:
    """Ids of the cases the actor may see, by case number: all of them for coordinators and admins,
    otherwise those of the actor's unit and those the actor is responsible for."""
    rows = ctx.session.execute(
        select(CaseRow.id, CaseRow.unit_id, CaseRow.responsible_id).order_by(CaseRow.number)).all()
    if ctx.actor.role.sees_all_units:
        return [r.id for r in rows]
    unit = ctx.session.scalar(select(User.unit_id).where(User.id == ctx.actor.user_id))
    return [r.id for r in rows if r.responsible_id == ctx.actor.user_id or (unit and r.unit_id == unit)]


def import_document(ctx: ServiceContext, document: Any, visit: Visit | None = None) -> list[int]:
    """Add every case of the document to the file (nothing is added if any part is wrong); `visit`
    is told (table, new id) of every object row in document order.

    The caller rolls back its transaction when this raises.
    """
    check_depth(document, "$")
    doc = check_header(document)
    return _write_all(ctx, doc, iter(doc["cases"]), visit)


def import_file(ctx: ServiceContext, path: Path) -> list[int]:
    """Like `import_document`, reading the document from a file as a stream (bounded memory)."""
    doc = check_header(header_document(read_header(path)))
    return _write_all(ctx, doc, iter_cases(path))


def _write_all(ctx: ServiceContext, doc: dict[str, Any], cases: Iterator[Any],
               visit: Visit | None = None) -> list[int]:
    targets = resolve(ctx, doc)
    writer = CaseWriter(ctx, targets, visit=visit)
    ids: list[int] = []
    try:
        while batch := list(islice(cases, IMPORT_BATCH)):
            check_batch(ctx, targets.units, batch)
            ids.extend(writer.write(batch, first_index=len(ids)))
    except IntegrityError:
        raise ExchangeError("$.cases", "noe står to ganger der det bare kan stå én gang (for eksempel "
                                       "samme spørsmål to ganger i en samtale)") from None
    check_import_units(ctx, ids)
    return ids


def dumps(document: Document) -> str:
    """The document as JSON text with one case per line: the same cases always give the same text."""
    lines = ["{"]
    lines += [f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},"
              for key, value in document.items() if key != "cases"]
    cases = [json.dumps(case, ensure_ascii=False) for case in document.get("cases", [])]
    lines += [' "cases": [', ",\n".join(cases), " ]", "}"] if cases else [' "cases": []', "}"]
    return "\n".join(lines) + "\n"


def loads(text: str) -> Any:
    """Parse a document's text (ExchangeError if it is not JSON, or NaN/Infinity, or nested too deep)."""
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ExchangeError("$", f"filen er ikke gyldig JSON (linje {exc.lineno})") from None
    except RecursionError:
        raise ExchangeError("$", f"dokumentet er nøstet dypere enn {MAX_DEPTH} nivåer") from None


def _no_constant(name: str) -> Any:
    raise ExchangeError("$", f"{name} er ikke et gyldig tall i JSON")
