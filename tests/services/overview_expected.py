"""The overview's numbers recomputed in plain Python over `load_case`, independent of its SQL."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from datetime import date, timedelta

from sqlalchemy.orm import Session

from barnearket.domain.model import (
    Case,
    CaseStatus,
    Concern,
    GateAnswer,
    ReportRecipient,
    ReportStatus,
    SheetStatus,
    StatusChange,
)
from barnearket.domain.rules.agenda import awaiting_feedback
from barnearket.domain.rules.ages import age_on
from barnearket.domain.rules.deadlines import next_follow_up
from barnearket.domain.rules.steps import step_progress
from barnearket.storage.mapping import load_case
from barnearket.storage.orm.users import Unit, User

Visible = Callable[[Case], bool]


def all_cases(session: Session, case_ids: list[int]) -> list[Case]:
    """Every case of the test, loaded whole."""
    return [load_case(session, i) for i in case_ids]


def open_rows(session: Session, cases: list[Case], today: date) -> dict[int, dict[str, object]]:
    """concern id -> the overview's columns, from the domain objects."""
    units = {u.id: u.name for u in session.query(Unit)}
    users = {u.id: u.full_name for u in session.query(User)}
    found: dict[int, dict[str, object]] = {}
    for case in cases:
        for concern in (c for c in case.concerns if c.is_open):
            child = case.child(concern.child_id)
            assert child is not None
            born = child.birth_date
            found[concern.id] = {
                "case_number": case.number, "unit_name": units[case.unit_id],
                "responsible_name": users.get(case.responsible_id or -1, ""),
                "child_age": age_on(born, today) if born else None, "unborn": child.unborn,
                "step": step_progress(concern).current, "level": concern.level,
                "days_open": (today - concern.arose_on).days, "decision_due": concern.decision_due,
                "next_follow_up": next_follow_up(concern.actions), **flags(concern, today),
            }
    return found


def awaiting_since(concern: Concern) -> date | None:
    """The earliest sending of a report to barnevernet still waiting for feedback."""
    days = [r.sent_on for r in awaiting_feedback(concern.reports)
            if r.recipient is ReportRecipient.BARNEVERN and r.sent_on is not None]
    return min(days, default=None)


def flags(concern: Concern, today: date) -> dict[str, object]:
    """The overdue flags of an open concern."""
    follow = next_follow_up(concern.actions)
    waiting = awaiting_since(concern)
    sunday = today + timedelta(days=6 - today.weekday())
    return {
        "decision_overdue": concern.decision is None and today > concern.decision_due,
        "follow_up_overdue": follow is not None and follow < today,
        "follow_up_this_week": follow is not None and follow <= sunday,
        "report_overdue": waiting is not None and (today - waiting).days >= 21,
        "awaiting_since": waiting,
    }


def gate_missing(cases: list[Case]) -> set[int]:
    """Open cases without a gate answer."""
    return {c.id for c in cases if c.status is CaseStatus.OPEN and c.gate is None}


def needs_without_plan(cases: list[Case]) -> dict[tuple[int, int], tuple[bool, bool]]:
    """(case, child) -> (information need without plan, follow-up need without plan)."""
    found: dict[tuple[int, int], tuple[bool, bool]] = {}
    for case in (c for c in cases if c.status is CaseStatus.OPEN):
        sheet = case.latest_sheet()
        if sheet is None:
            continue
        for child in case.children:
            answers = sheet.answers_for(child.id)
            info = _unplanned(answers, "information_need", "information_plan")
            follow = _unplanned(answers, "followup_need", "followup_plan")
            if info or follow:
                found[(case.id, child.id)] = (info, follow)
    return found


def _unplanned(answers: Mapping[str, object], need: str, plan: str) -> bool:
    text = answers.get(plan)
    return answers.get(need) in ("ja", "uavklart") and not (isinstance(text, str) and text.strip())


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _in(start: date, end: date, day: date | None) -> bool:
    return day is not None and start <= day <= end


def events(cases: list[Case]) -> Iterator[tuple[str, object, date, float]]:
    """(figure id, counted key, day, value) for everything the figures count."""
    for case in cases:
        yield from _case_events(case)
        for concern in case.concerns:
            yield from _concern_events(concern)


def _case_events(case: Case) -> Iterator[tuple[str, object, date, float]]:
    gate = case.gate
    if gate is not None and gate.answer is not GateAnswer.UKJENT:
        yield "users_asked", case.id, gate.asked_on, 1
        if GateAnswer.JA in (gate.answer, gate.siblings):
            yield "users_with_children", case.id, gate.asked_on, 1
    for sheet in (s for s in case.sheets if s.status is SheetStatus.COMPLETED):
        yield "sheets_completed", sheet.id, sheet.held_on, 1
        for child in case.children:
            if sheet.answer("information_need", child.id) == "ja":
                yield "children_information_need", child.id, sheet.held_on, 1
            if sheet.answer("followup_need", child.id) == "ja":
                yield "children_follow_up_need", child.id, sheet.held_on, 1
    for consent in case.consents:
        yield "consents_given", consent.id, consent.given_on, 1


def _concern_events(concern: Concern) -> Iterator[tuple[str, object, date, float]]:
    yield "concerns_opened", concern.id, concern.arose_on, 1
    for event in concern.history:
        if event.kind is StatusChange.CLOSED:
            yield "concerns_closed", concern.id, event.on, 1
    if concern.decisions:
        first = min(d.decided_on for d in concern.decisions)
        yield "median_days_to_decision", concern.id, first, (first - concern.arose_on).days
    series: dict[int, list[date]] = defaultdict(list)
    recipients = {r.series: r.recipient for r in concern.reports}
    for report in concern.reports:
        if report.status is ReportStatus.SENT and report.sent_on is not None:
            series[report.series].append(report.sent_on)
    for number, days in series.items():
        yield "reports_sent", (concern.id, number), min(days), 1
        if recipients[number] is ReportRecipient.BARNEVERN:
            yield "reports_sent_barnevern", (concern.id, number), min(days), 1


def expected_figures(cases: list[Case], start: date, end: date,
                     months: tuple[str, ...]) -> dict[str, tuple[float | None, tuple[float | None, ...]]]:
    """figure id -> (total, per month), counting distinct keys, or the median for days to decision."""
    picked: dict[str, dict[str, dict[object, float]]] = defaultdict(lambda: defaultdict(dict))
    for figure, key, day, value in events(cases):
        if _in(start, end, day):
            picked[figure]["*"][key] = value
            picked[figure][_month(day)][key] = value
    return {f: (_value(f, picked[f], "*"), tuple(_value(f, picked[f], m) for m in months)) for f in FIGURES}


FIGURES = ("users_asked", "users_with_children", "sheets_completed", "children_information_need",
           "children_follow_up_need", "concerns_opened", "concerns_closed", "median_days_to_decision",
           "reports_sent", "reports_sent_barnevern", "consents_given")


def _value(figure: str, groups: dict[str, dict[object, float]], group: str) -> float | None:
    found = groups.get(group, {})
    if figure == "median_days_to_decision":
        return float(statistics.median(found.values())) if found else None
    return float(len(found))
