"""Turns stored rows into domain objects: a whole case, or concerns with every step entry."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from barnearket.domain import model as m
from barnearket.domain.errors import NotFoundError
from barnearket.domain.model.enums import ConsentAnswer
from barnearket.storage.orm import actions as a
from barnearket.storage.orm import cases as c
from barnearket.storage.orm import children as ch
from barnearket.storage.orm import concerns as co
from barnearket.storage.orm import consents as cs
from barnearket.storage.orm import reports as r
from barnearket.storage.orm import sheets as sh
from barnearket.storage.orm import steps as st


def grouped(session: Session, key: InstrumentedAttribute[Any], ids: Iterable[int],
            *order: InstrumentedAttribute[Any]) -> dict[int, list[Any]]:
    """Rows of key's table whose `key` is in `ids`, grouped by that key, in `order` (then id)."""
    wanted = sorted(set(ids))
    rows: dict[int, list[Any]] = defaultdict(list)
    if not wanted:
        return rows
    model = key.class_
    tail = [model.id] if hasattr(model, "id") else []
    for row in session.scalars(select(model).where(key.in_(wanted)).order_by(*order, *tail)):
        rows[getattr(row, key.key)].append(row)
    return rows


def load_case(session: Session, case_id: int) -> m.Case:
    """The case with its parent, children, sheets, concerns and consents."""
    row = session.get(c.CaseRow, case_id)
    if row is None:
        raise NotFoundError("Fant ikke saken.")
    children = [child_from_row(x, services) for x, services in _children(session, case_id)]
    concern_ids = session.scalars(
        select(co.ConcernRow.id).where(co.ConcernRow.case_id == case_id).order_by(co.ConcernRow.id)
    ).all()
    return case_from_row(
        row, _categories(session, c.CaseCategoryRow.case_id, [case_id])[case_id],
        children=tuple(children), sheets=tuple(_sheets(session, case_id)),
        concerns=tuple(load_concerns(session, concern_ids)), consents=tuple(load_consents(session, case_id)),
    )


def case_from_row(row: c.CaseRow, categories: Iterable[str] = (), **parts: Any) -> m.Case:
    """A case from its row; `parts` are the children, sheets, concerns and consents, if loaded."""
    parent = m.Parent(
        name=row.parent_name, identity_number=row.parent_identity, birth_date=row.parent_birth_date,
        address=row.parent_address, phone=row.parent_phone, language=row.parent_language,
        interpreter_needed=row.parent_interpreter,
    )
    gate = None
    if row.gate_answer is not None and row.gate_on is not None and row.gate_by is not None:
        siblings = m.GateAnswer(row.gate_siblings) if row.gate_siblings else None
        gate = m.Gate(m.GateAnswer(row.gate_answer), row.gate_on, row.gate_by, siblings)
    return m.Case(
        id=row.id, number=row.number, unit_id=row.unit_id, responsible_id=row.responsible_id,
        parent=parent, status=m.CaseStatus(row.status), created_at=row.created_at,
        treatment_phase=m.TreatmentPhase(row.treatment_phase), categories=frozenset(categories),
        gate=gate, closed_on=row.closed_on, closed_by=row.closed_by,
        transferred_on=row.transferred_on, transfer_reference=row.transfer_reference,
        row_version=row.row_version, **parts,
    )


def child_from_row(row: ch.ChildRow, services: Iterable[str] = ()) -> m.Child:
    """A child from its row and the ids of services involved."""
    details = m.ChildDetails(
        name=row.name, relation=m.Relation(row.relation), identity_number=row.identity_number,
        birth_date=row.birth_date, unborn=row.unborn, due_date=row.due_date,
        parental_responsibility=row.parental_responsibility,
        residence=m.Residence(row.residence) if row.residence else None,
        daily_carer=row.daily_carer, other_parent=row.other_parent, school=row.school,
        services=frozenset(services),
    )
    return m.Child(id=row.id, case_id=row.case_id, details=details, row_version=row.row_version)


def sheet_from_row(row: sh.SheetRow, answers: Iterable[sh.SheetAnswerRow] = ()) -> m.Sheet:
    """A sheet from its row and answer rows."""
    return m.Sheet(
        id=row.id, case_id=row.case_id, version=row.version, form_id=row.form_id,
        form_version=row.form_version, held_on=row.held_on, status=m.SheetStatus(row.status),
        participants=row.participants, quick_notes=row.quick_notes,
        answers=tuple(m.Answer(x.question_id, x.child_id, json.loads(x.value), x.row_version)
                      for x in answers),
        completed_at=row.completed_at, completed_by=row.completed_by, based_on=row.based_on,
        row_version=row.row_version,
    )


def load_concern(session: Session, concern_id: int) -> m.Concern:
    """One concern with all its entries."""
    found = load_concerns(session, [concern_id])
    if not found:
        raise NotFoundError("Fant ikke bekymringen.")
    return found[0]


def load_concerns(session: Session, ids: Sequence[int]) -> list[m.Concern]:
    """Concerns with all their entries, in the order of `ids` (missing ids are skipped)."""
    rows = {x.id: x for x in session.scalars(select(co.ConcernRow).where(co.ConcernRow.id.in_(ids)))}
    parts = _concern_parts(session, list(rows))
    return [concern_from_row(rows[i], parts, i) for i in ids if i in rows]


DEADLINE_PARTS = frozenset({"levels", "decisions", "actions", "reports"})
"""The entries the deadline rules read (`domain/rules/agenda.py`): level changes, decisions, actions
and report versions, without the recipients, evaluations and report texts."""


def concerns_from_rows(session: Session, rows: Sequence[co.ConcernRow], wanted: frozenset[str]
                       ) -> list[m.Concern]:
    """Concerns from rows already read, with only the `wanted` kinds of entries (the rest left empty):
    for rules that read a few kinds of many concerns, in fewer queries than `load_concerns`."""
    parts = _concern_parts(session, [x.id for x in rows], wanted)
    return [concern_from_row(x, parts, x.id) for x in rows]


def concern_from_row(row: co.ConcernRow, parts: dict[str, dict[int, list[Any]]], cid: int) -> m.Concern:
    """A concern from its row and the grouped entries made by `_concern_parts`."""
    return m.Concern(
        id=row.id, case_id=row.case_id, child_id=row.child_id, arose_on=row.arose_on,
        decision_due=row.decision_due, level=row.level, status=m.ConcernStatus(row.status),
        categories=frozenset(x.category_id for x in parts["categories"][cid]),
        description=row.description, parent_level=row.parent_level,
        levels=tuple(m.LevelChange(m.Scale(x.scale), x.level, x.at, x.by_id, x.note)
                     for x in parts["levels"][cid]),
        observations=tuple(m.Observation(x.id, x.observed_on, x.text, x.by_id, x.worried_since,
                                         x.earlier_concerns, _form_answers(x.form_answers), x.row_version)
                           for x in parts["observations"][cid]),
        consultations=tuple(_consultation(x) for x in parts["consultations"][cid]),
        conversations=tuple(_conversation(x) for x in parts["conversations"][cid]),
        decisions=tuple(_decision(x, parts["recipients"][x.id]) for x in parts["decisions"][cid]),
        actions=tuple(_action(x, parts["evaluations"][x.id]) for x in parts["actions"][cid]),
        reports=tuple(report_from_row(x, parts["sections"][x.id]) for x in parts["reports"][cid]),
        history=tuple(m.StatusEvent(m.StatusChange(x.kind), x.occurred_on, x.by_id, x.reason)
                      for x in parts["events"][cid]),
        row_version=row.row_version,
    )


def report_from_row(row: r.ReportRow, sections: Iterable[r.ReportSectionRow] = ()) -> m.Report:
    """A report version from its row and section rows."""
    content = m.ReportContent(
        sections={m.ReportSection(x.section): x.text for x in sections},
        parents_told=row.parents_told, parents_not_told_why=row.parents_not_told_why,
        child_told=row.child_told, child_not_told_why=row.child_not_told_why,
        interpreter_needed=row.interpreter_needed, interpreter_language=row.interpreter_language,
        municipality_number=row.municipality_number, municipality_name=row.municipality_name,
        district_number=row.district_number, district_name=row.district_name,
    )
    return m.Report(
        id=row.id, concern_id=row.concern_id, series=row.series, version=row.version,
        recipient=m.ReportRecipient(row.recipient), status=m.ReportStatus(row.status),
        created_at=row.created_at, created_by=row.created_by, content=content,
        completed_at=row.completed_at, completed_by=row.completed_by, sent_on=row.sent_on,
        channel=m.ReportChannel(row.channel) if row.channel else None,
        portal_reference=row.portal_reference, feedback_on=row.feedback_on, row_version=row.row_version,
    )


def consent_from_row(row: cs.ConsentRow, recipients: Iterable[str]) -> m.Consent:
    """A consent from its row and the recipient service ids."""
    return m.Consent(
        id=row.id, case_id=row.case_id, given_by=m.ConsentGiver(row.given_by), purpose=row.purpose,
        recipients=frozenset(recipients), form=m.ConsentForm(row.form), given_on=row.given_on,
        child_id=row.child_id, expires_on=row.expires_on, withdrawn_on=row.withdrawn_on,
        note=row.note, answer=ConsentAnswer(row.answer),
    )


def _concern_parts(session: Session, ids: list[int], wanted: frozenset[str] | None = None
                   ) -> dict[str, dict[int, list[Any]]]:
    """Every kind of entry of these concerns grouped by concern (or only the `wanted` kinds)."""
    def read(kind: str, *args: Any) -> dict[int, list[Any]]:
        return grouped(session, *args) if wanted is None or kind in wanted else defaultdict(list)

    parts = {
        "categories": read("categories", co.ConcernCategoryRow.concern_id, ids,
                           co.ConcernCategoryRow.category_id),
        "levels": read("levels", co.LevelChangeRow.concern_id, ids, co.LevelChangeRow.at),
        "observations": read("observations", st.ObservationRow.concern_id, ids,
                             st.ObservationRow.observed_on),
        "consultations": read("consultations", st.ConsultationRow.concern_id, ids,
                              st.ConsultationRow.held_on),
        "conversations": read("conversations", st.ParentConversationRow.concern_id, ids,
                              st.ParentConversationRow.held_on),
        "decisions": read("decisions", st.DecisionRow.concern_id, ids, st.DecisionRow.decided_on),
        "actions": read("actions", a.ActionRow.concern_id, ids),
        "reports": read("reports", r.ReportRow.concern_id, ids, r.ReportRow.series, r.ReportRow.version),
        "events": read("events", co.ConcernEventRow.concern_id, ids, co.ConcernEventRow.at),
    }
    parts["recipients"] = _ids_of(read(
        "recipients", st.DecisionRecipientRow.decision_id, _row_ids(parts["decisions"]),
        st.DecisionRecipientRow.service_id))
    parts["evaluations"] = read("evaluations", a.EvaluationRow.action_id, _row_ids(parts["actions"]),
                                a.EvaluationRow.evaluated_on)
    parts["sections"] = read("sections", r.ReportSectionRow.report_id, _row_ids(parts["reports"]))
    return parts


def _row_ids(groups: dict[int, list[Any]]) -> list[int]:
    return [row.id for rows in groups.values() for row in rows]


def _ids_of(groups: dict[int, list[Any]]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = defaultdict(list)
    out.update({k: [x.service_id for x in v] for k, v in groups.items()})
    return out


def _categories(session: Session, key: InstrumentedAttribute[Any], ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    out.update({k: [x.category_id for x in v] for k, v in grouped(session, key, ids).items()})
    return out


def load_child(session: Session, child_id: int) -> m.Child:
    """One child with the services involved."""
    row = session.get(ch.ChildRow, child_id)
    if row is None:
        raise NotFoundError("Fant ikke barnet.")
    services = session.scalars(select(ch.ChildServiceRow.service_id)
                               .where(ch.ChildServiceRow.child_id == child_id)).all()
    return child_from_row(row, services)


def _children(session: Session, case_id: int) -> list[tuple[ch.ChildRow, list[str]]]:
    rows = session.scalars(select(ch.ChildRow).where(ch.ChildRow.case_id == case_id)
                           .order_by(ch.ChildRow.id)).all()
    services = grouped(session, ch.ChildServiceRow.child_id, [x.id for x in rows],
                       ch.ChildServiceRow.service_id)
    return [(x, [s.service_id for s in services[x.id]]) for x in rows]


def _sheets(session: Session, case_id: int) -> list[m.Sheet]:
    rows = session.scalars(select(sh.SheetRow).where(sh.SheetRow.case_id == case_id)
                           .order_by(sh.SheetRow.version)).all()
    answers = grouped(session, sh.SheetAnswerRow.sheet_id, [x.id for x in rows])
    return [sheet_from_row(x, answers[x.id]) for x in rows]


def load_consents(session: Session, case_id: int) -> list[m.Consent]:
    """Every consent recorded on the case, oldest first."""
    rows = session.scalars(select(cs.ConsentRow).where(cs.ConsentRow.case_id == case_id)
                           .order_by(cs.ConsentRow.id)).all()
    recipients = grouped(session, cs.ConsentRecipientRow.consent_id, [x.id for x in rows],
                         cs.ConsentRecipientRow.service_id)
    return [consent_from_row(x, [y.service_id for y in recipients[x.id]]) for x in rows]


def _consultation(x: st.ConsultationRow) -> m.Consultation:
    return m.Consultation(x.id, x.held_on, m.ConsultationWith(x.with_whom), x.anonymous, x.by_id,
                          x.counterpart, x.summary, _form_answers(x.form_answers), x.row_version)


def _conversation(x: st.ParentConversationRow) -> m.ParentConversation:
    return m.ParentConversation(x.id, x.held_on, x.by_id, x.participants, x.shared, x.response, x.agreed,
                                x.held, x.not_held_reason, _form_answers(x.form_answers), x.row_version)


def _decision(x: st.DecisionRow, recipients: Iterable[str]) -> m.Decision:
    return m.Decision(x.id, x.decided_on, m.DecisionOutcome(x.outcome), x.by_id, x.anchored_with,
                      x.note, frozenset(recipients), _form_answers(x.form_answers), x.row_version)


def _form_answers(stored: str | None) -> dict[str, m.JsonValue]:
    """The JSON object of answers to a step's added questions ({} for none or anything else)."""
    value = json.loads(stored) if stored else {}
    return value if isinstance(value, dict) else {}


def _action(x: a.ActionRow, evaluations: Iterable[a.EvaluationRow]) -> m.Action:
    return m.Action(
        id=x.id, concern_id=x.concern_id, measure=x.measure, status=m.ActionStatus(x.status),
        responsible=x.responsible, service_id=x.service_id, deadline=x.deadline,
        evaluate_on=x.evaluate_on,
        evaluations=tuple(m.Evaluation(e.id, e.evaluated_on, e.text, e.by_id, e.row_version)
                          for e in evaluations),
        row_version=x.row_version,
    )
