"""The report path for a user who is herself under 18: she gets an entry among the case's children
(relation «self»), so a concern, its steps and a report of concern can be written about her."""

from __future__ import annotations

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import ChildDetails, Relation
from barnearket.domain.rules.minor import user_as_child, user_is_minor
from barnearket.services.cases import view_case
from barnearket.services.children import add_child
from barnearket.services.context import ServiceContext
from barnearket.services.settings import load_rules


def user_as_child_id(ctx: ServiceContext, case_id: int) -> int:
    """The id of the user's own entry among the children, made from her name, identity number and
    birth date the first time; refused unless the case records that she is under 18."""
    case = view_case(ctx, case_id, log_view=False)
    existing = user_as_child(case)
    if existing is not None:
        return existing.id
    if not user_is_minor(case, ctx.clock.today(), load_rules(ctx.session, ctx.forms)):
        raise ValidationError("Brukeren er ikke registrert som under 18 år (sjekk fødselsdatoen).",
                              field="birth_date")
    parent = case.parent
    return add_child(ctx, case_id, ChildDetails(
        name=parent.name, relation=Relation.SELF, identity_number=parent.identity_number,
        birth_date=parent.birth_date))
