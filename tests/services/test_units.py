"""Units: created with an audit row, listed in Norwegian order, bad input refused."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from barnearket.domain.errors import ValidationError
from barnearket.services.context import ServiceContext
from barnearket.services.units import add_unit, list_units
from barnearket.storage.orm.audit import AuditEntry


def test_units_are_listed_in_norwegian_order_and_logged(ctx: ServiceContext) -> None:
    for name in ("Åsen rus", "Zeta psykisk helse", "Ærlig somatikk", "Berg tildeling"):
        add_unit(ctx, name=name, service="rus")
    assert [u.name for u in list_units(ctx)] == [
        "Berg tildeling", "Zeta psykisk helse", "Ærlig somatikk", "Åsen rus"]
    rows = ctx.session.scalars(select(AuditEntry).where(AuditEntry.object_type == "unit")).all()
    assert len(rows) == 4 and all(r.fields == "name,service" for r in rows)


@pytest.mark.parametrize(("name", "service"), [("", "rus"), ("Enhet", "barnevern")])
def test_bad_units_are_refused(ctx: ServiceContext, name: str, service: str) -> None:
    with pytest.raises(ValidationError):
        add_unit(ctx, name=name, service=service)
