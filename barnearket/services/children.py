"""Use cases for the children and siblings on a case."""

from __future__ import annotations

from barnearket.domain import collation
from barnearket.domain.model import ChildDetails
from barnearket.domain.rules.children import check_child
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.people import identity
from barnearket.storage import versions
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.children import ChildRow, ChildServiceRow


def add_child(ctx: ServiceContext, case_id: int, details: ChildDetails) -> int:
    """Register a child (or an unborn child) on the case and return its id."""
    common.case_row(ctx, case_id)
    values = _values(ctx, details)
    row = ChildRow(case_id=case_id, **values)
    ctx.session.add(row)
    ctx.session.flush()
    _set_services(ctx, row.id, details)
    common.touch(ctx, case_id)
    common.log(ctx, AuditAction.CREATE, "child", row.id, [*values, "services"])
    return row.id


def update_child(ctx: ServiceContext, child_id: int, details: ChildDetails, *,
                 base: int | None = None) -> list[str]:
    """Replace what is recorded about the child; return the names of the fields that changed.
    `base`: the child's version the person began from (an older one: `EditConflictError`)."""
    row = common.get(ctx, ChildRow, child_id, "Fant ikke barnet.")
    common.case_row(ctx, row.case_id)
    names = common.changed(row, _values(ctx, details), base)
    if _set_services(ctx, child_id, details):
        if not names and base is not None:
            versions.based_on(row, base)  # a refusal rolls the services back with the rest
            versions.bump(row)
        names.append("services")
    if names:
        common.touch(ctx, row.case_id)
        common.log(ctx, AuditAction.UPDATE, "child", child_id, names)
    return names


def _values(ctx: ServiceContext, details: ChildDetails) -> dict[str, object]:
    clean = ChildDetails(
        name=common.name(details.name), relation=details.relation,
        identity_number=details.identity_number, birth_date=details.birth_date,
        unborn=details.unborn, due_date=details.due_date,
    )
    check_child(clean, ctx.clock.today())
    number, born = identity(ctx, clean.identity_number, clean.birth_date)
    return {
        "name": clean.name, "name_search": collation.search_key(clean.name),
        "identity_number": number, "birth_date": born, "unborn": clean.unborn,
        "due_date": clean.due_date, "relation": str(details.relation),
        "parental_responsibility": details.parental_responsibility,
        "residence": str(details.residence) if details.residence else None,
        "daily_carer": common.line(details.daily_carer, 200),
        "other_parent": common.name(details.other_parent), "school": common.line(details.school, 200),
    }


def _set_services(ctx: ServiceContext, child_id: int, details: ChildDetails) -> bool:
    wanted = common.ids(details.services, "services")
    return common.replace_ids(ctx, ChildServiceRow.child_id, child_id, ChildServiceRow.service_id, wanted)
