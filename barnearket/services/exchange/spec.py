"""Declares which tables make up a case in the exchange format and how they nest."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Table

from barnearket.domain import model as m
from barnearket.domain.model.delivery import PlanKind
from barnearket.domain.roles import Role
from barnearket.storage.orm import actions as a
from barnearket.storage.orm import cases as c
from barnearket.storage.orm import children as ch
from barnearket.storage.orm import concerns as co
from barnearket.storage.orm import consents as cs
from barnearket.storage.orm import pregnancy as pr
from barnearket.storage.orm import reports as r
from barnearket.storage.orm import sheets as sh
from barnearket.storage.orm import steps as st
from barnearket.storage.orm import teamwork as tw
from barnearket.storage.orm.base import Base

FORMAT_NAME = "barnearket.exchange"
FORMAT_VERSION = 1

DERIVED: dict[str, str] = {"parent_search": "parent_name", "name_search": "name"}
"""Search columns computed from a name column; left out of the document and recomputed on import."""


# eq=False: the parts below are singletons, so they hash by identity (cheap, and used as dict keys).
@dataclass(frozen=True, eq=False)
class Values:
    """A sorted list of catalogue ids kept in a link table (categories, services, recipients)."""

    key: str
    model: type[Base]
    link: str
    column: str


@dataclass(frozen=True, eq=False)
class Texts:
    """A mapping from a fixed key to a text, kept in a link table (report sections)."""

    key: str
    model: type[Base]
    link: str
    key_column: str
    value_column: str


@dataclass(frozen=True, eq=False)
class Part:
    """A nested list of rows of `model` whose `link` column points at the owning row."""

    key: str
    model: type[Base]
    link: str
    parts: tuple[Part | Values | Texts, ...] = ()
    numbered: bool = False
    """Rows carry a "ref" (1, 2, ...) that other rows of the same case use to point at them."""
    referenced_by: str | None = None
    """The document field other rows of the case use to point at these rows ("ref", "version")."""


CHILDREN = Part("children", ch.ChildRow, "case_id", numbered=True, referenced_by="ref", parts=(
    Values("services", ch.ChildServiceRow, "child_id", "service_id"),
    Part("pregnancy", pr.PregnancyRow, "child_id"),
    Part("responsibility_group", pr.ResponsibilityMemberRow, "child_id"),
))
SHEETS = Part("sheets", sh.SheetRow, "case_id", referenced_by="version", parts=(
    Part("answers", sh.SheetAnswerRow, "sheet_id"),
    Part("given", tw.PlanDeliveryRow, "sheet_id"),
))
CONCERNS = Part("concerns", co.ConcernRow, "case_id", parts=(
    Values("categories", co.ConcernCategoryRow, "concern_id", "category_id"),
    Part("level_changes", co.LevelChangeRow, "concern_id"),
    Part("observations", st.ObservationRow, "concern_id"),
    Part("consultations", st.ConsultationRow, "concern_id"),
    Part("parent_conversations", st.ParentConversationRow, "concern_id"),
    Part("decisions", st.DecisionRow, "concern_id", parts=(
        Values("recipients", st.DecisionRecipientRow, "decision_id", "service_id"),
    )),
    Part("actions", a.ActionRow, "concern_id", parts=(Part("evaluations", a.EvaluationRow, "action_id"),)),
    Part("reports", r.ReportRow, "concern_id", parts=(
        Texts("sections", r.ReportSectionRow, "report_id", "section", "text"),
    )),
    Part("events", co.ConcernEventRow, "concern_id"),
))
CONSENTS = Part("consents", cs.ConsentRow, "case_id", parts=(
    Values("recipients", cs.ConsentRecipientRow, "consent_id", "service_id"),
))
CASE = Part("cases", c.CaseRow, "", parts=(
    Values("categories", c.CaseCategoryRow, "case_id", "category_id"), CHILDREN, SHEETS, CONCERNS, CONSENTS,
))
"""The whole case; the children come first because sheets, concerns and consents point at them."""

ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("cases", "status"): m.CaseStatus, ("cases", "treatment_phase"): m.TreatmentPhase,
    ("cases", "gate_answer"): m.GateAnswer, ("cases", "gate_siblings"): m.GateAnswer,
    ("children", "relation"): m.Relation, ("children", "residence"): m.Residence,
    ("sheets", "status"): m.SheetStatus, ("concerns", "status"): m.ConcernStatus,
    ("concerns", "step"): m.Step, ("level_changes", "scale"): m.Scale,
    ("consultations", "with_whom"): m.ConsultationWith, ("decisions", "outcome"): m.DecisionOutcome,
    ("actions", "status"): m.ActionStatus, ("reports", "recipient"): m.ReportRecipient,
    ("reports", "status"): m.ReportStatus, ("reports", "channel"): m.ReportChannel,
    ("report_sections", "section"): m.ReportSection, ("concern_events", "kind"): m.StatusChange,
    ("consents", "given_by"): m.ConsentGiver, ("consents", "form"): m.ConsentForm,
    ("consents", "answer"): m.enums.ConsentAnswer,
    ("plan_deliveries", "kind"): PlanKind, ("users", "role"): Role,
}
"""Columns whose values come from a closed vocabulary of the domain."""


def tables_in_order(root: Part) -> list[Table]:
    """Every table below `root`, each after the tables it points at (the order to insert in)."""
    order: list[Table] = []
    for part in walk(root):
        order.append(table_of(part))
        order.extend(table_of(sub) for sub in part.parts if not isinstance(sub, Part))
    return order


def walk(part: Part) -> list[Part]:
    """The part and every part nested in it, parents before children."""
    found = [part]
    for sub in part.parts:
        if isinstance(sub, Part):
            found.extend(walk(sub))
    return found


IDENTITY_COLUMNS = frozenset({("cases", "parent_identity"), ("children", "identity_number")})
"""Columns holding a fødselsnummer or D-number; checked again when a document is read."""


def table_of(item: Part | Values | Texts) -> Table:
    """The table behind a part of the document."""
    table = item.model.__table__
    assert isinstance(table, Table)
    return table
