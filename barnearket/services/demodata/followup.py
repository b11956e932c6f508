"""Step 6 of a demo concern: actions with evaluations (some overdue) or a report of concern."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from barnearket.domain.model import DecisionOutcome
from barnearket.domain.rules.deadlines import report_due_dates
from barnearket.services.demodata import phrases
from barnearket.services.demodata.timeline import Timeline, iso

if TYPE_CHECKING:
    from barnearket.services.demodata.concerns import Concern

Doc = dict[str, Any]
CHANNELS = {"portal": 70, "letter": 20, "phone": 10}


class FollowUp:
    """Adds the action plan, or the report, that follows from a decision."""

    def __init__(self, timeline: Timeline, worker: str) -> None:
        self.t, self.worker = timeline, worker

    def add(self, concern: Concern, outcome: DecisionOutcome) -> None:
        """Actions for levels 1 and 2, a report (and sometimes an action) for level 3."""
        if outcome is DecisionOutcome.CLOSE:
            return
        count = self.t.rng.randint(1, 3) if outcome is not DecisionOutcome.REPORT else int(self.t.chance(0.4))
        concern.record["actions"] = [self._action(concern) for _ in range(count)]
        if outcome is DecisionOutcome.REPORT:
            concern.record["reports"] = [self._report(concern)]

    def _day(self, concern: Concern, low: int, high: int) -> date:
        day = self.t.after(concern.last_day, low, high)
        concern.last_day = day
        return day

    def _action(self, concern: Concern) -> Doc:
        rng, day = self.t.rng, self._day(concern, 0, 5)
        created = self.t.moment(day)
        action: Doc = {
            "measure": rng.choice(phrases.MEASURE), "responsible": rng.choice(phrases.SHORT_ANSWER),
            "service_id": rng.choice([None, "helsestasjon", "skole", "bup", "fastlege"]),
            "deadline": iso(day + timedelta(days=rng.randint(14, 90))),
            "evaluate_on": iso(day + timedelta(days=rng.randint(14, 45))),
            "status": "ongoing" if self.t.chance(0.7) else "planned",
            "created_at": iso(created), "created_by": self.worker, "evaluations": [],
        }
        self._evaluate(action)
        return action

    def _evaluate(self, action: Doc) -> None:
        """Evaluations on their dates until one is missed (an overdue follow-up) or the action ends."""
        while action["evaluate_on"] and date.fromisoformat(action["evaluate_on"]) < self.t.today:
            if not self.t.chance(0.7):
                return
            due = date.fromisoformat(action["evaluate_on"])
            day = min(self.t.today, due + timedelta(days=self.t.rng.randint(0, 5)))
            action["evaluations"].append({
                "evaluated_on": iso(day), "text": self.t.rng.choice(phrases.EVALUATION), "by": self.worker,
                "created_at": iso(self.t.moment(day))})
            if self.t.chance(0.35):
                action["evaluate_on"], action["status"] = None, "done"
            else:
                action["evaluate_on"] = iso(day + timedelta(days=self.t.rng.randint(30, 60)))
                action["status"] = "ongoing"

    def _report(self, concern: Concern) -> Doc:
        rng, day = self.t.rng, self._day(concern, 0, 2)
        created = self.t.moment(day)
        told = self.t.chance(0.7)
        report: Doc = {
            "series": 1, "version": 1, "recipient": "barnevern", "status": "draft",
            "parents_told": told, "parents_not_told_why": "" if told else rng.choice(phrases.NOT_TOLD),
            "child_told": self.t.chance(0.4), "child_not_told_why": "",
            "interpreter_needed": False, "interpreter_language": "", "sent_on": None, "channel": None,
            "portal_reference": "", "feedback_due": None, "feedback_on": None,
            "created_at": iso(created), "created_by": self.worker, "completed_at": None, "completed_by": None,
            "sections": {"concern": rng.choice(phrases.REPORT_CONCERN),
                         "history": rng.choice(phrases.REPORT_HISTORY)},
        }
        if self.t.chance(0.85):
            self._send(concern, report, created)
        elif self.t.chance(0.5):
            report.update(status="ready", completed_at=iso(self.t.moment(day, after=created)),
                          completed_by=self.worker)
        return report

    def _send(self, concern: Concern, report: Doc, created: datetime) -> None:
        sent = self._day(concern, 0, 3)
        channel = self.t.rng.choices(list(CHANNELS), list(CHANNELS.values()))[0]
        due = report_due_dates(sent)
        reference = f"BM-{self.t.rng.randint(100000, 999999)}" if channel == "portal" else ""
        report.update(status="sent", sent_on=iso(sent), channel=channel, feedback_due=iso(due.feedback_by),
                      completed_at=iso(self.t.moment(sent, after=created)), completed_by=self.worker,
                      portal_reference=reference)
        waited = (self.t.today - sent).days
        if waited >= 5 and self.t.chance(0.65 if waited > 21 else 0.2):
            report["feedback_on"] = iso(sent + timedelta(days=self.t.rng.randint(5, min(waited, 28))))
