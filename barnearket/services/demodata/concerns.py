"""Invents one concern about a child, walked to a chosen step: at every step, level and age."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from barnearket.domain.model import DecisionOutcome, Step
from barnearket.domain.rules.deadlines import decision_due_from
from barnearket.domain.rules.steps import progress
from barnearket.services.demodata import phrases
from barnearket.services.demodata.followup import FollowUp
from barnearket.services.demodata.timeline import Timeline, iso

Doc = dict[str, Any]
TARGET = {Step.AROSE: 10, Step.CONCRETISE: 12, Step.SHARE: 11, Step.CONVERSATION: 11, Step.DECISION: 13,
          Step.FOLLOW_UP: 23, Step.CLOSURE: 20}
"""How far the concerns have come: some at every step."""
AGE_DAYS = {Step.AROSE: (0, 30), Step.CONCRETISE: (3, 45), Step.SHARE: (5, 50), Step.CONVERSATION: (7, 60),
            Step.DECISION: (10, 150), Step.FOLLOW_UP: (25, 400), Step.CLOSURE: (40, 700)}
"""Days since the concern arose, by step; early steps older than 14 days have an overdue decision."""
LEVELS = {1: 25, 2: 35, 3: 25, 4: 15}
OUTCOMES = {1: {"close": 5, "own_unit": 5}, 2: {"own_unit": 6, "cooperate": 4},
            3: {"cooperate": 6, "report": 4}, 4: {"report": 1}}
CHILD_CATEGORIES = ("omsorgssvikt", "vold_i_hjemmet", "dataspill")
CONSULTED = ("colleague", "leader", "resource_group")
SHARED_WITH = ("helsestasjon", "skole", "fastlege", "bup", "ppt", "nav")


@dataclass
class Concern:
    """A concern being built; `consent` names services and a day when a consent fits the story."""

    record: Doc
    consent: tuple[list[str], date] | None = None
    last_day: date = field(default=date.min)


class ConcernMaker:
    """Builds concern records for the children of one case."""

    def __init__(self, timeline: Timeline, worker: str, leader: str, categories: list[str]) -> None:
        self.t, self.worker, self.leader, self.categories = timeline, worker, leader, categories

    def make(self, child_ref: int, not_before: date) -> Concern:
        """A concern about the child that arose on or after `not_before`."""
        rng = self.t.rng
        target = rng.choices(list(TARGET), list(TARGET.values()))[0]
        arose = self.t.back(*AGE_DAYS[target], not_before=not_before)
        level = rng.choices(list(LEVELS), list(LEVELS.values()))[0]
        created = self.t.moment(self.t.after(arose, 0, 2))
        record: Doc = {
            "child": child_ref, "arose_on": iso(arose), "description": rng.choice(phrases.CONCERN),
            "level": level, "parent_level": rng.randint(1, 4) if self.t.chance(0.6) else None,
            "decision_due": iso(decision_due_from(arose)), "created_at": iso(created),
            "created_by": self.worker, "categories": self._categories(),
        }
        concern = Concern(record, last_day=created.date())
        self._levels(concern, created)
        self._steps(concern, target, level)
        self._derive(concern)
        return concern

    def _categories(self) -> list[str]:
        found = set(self.t.rng.sample(self.categories, k=min(len(self.categories), 2)))
        if self.t.chance(0.4):
            found.add(self.t.rng.choice(CHILD_CATEGORIES))
        return sorted(found)

    def _levels(self, concern: Concern, created: datetime) -> None:
        record = concern.record
        changes = [self._level("child", record["level"], created, "")]
        if record["parent_level"] is not None:
            changes.append(self._level("parent", record["parent_level"], created, ""))
        if record["level"] < 4 and self.t.chance(0.25) and created.date() < self.t.today:
            record["level"] = min(4, record["level"] + 1)
            moved = self.t.moment(self.t.after(created.date(), 1, 30), after=created)
            changes.append(self._level("child", record["level"], moved, "Situasjonen er forverret."))
        record["level_changes"] = changes

    def _level(self, scale: str, level: int, at: datetime, note: str) -> Doc:
        return {"scale": scale, "level": level, "at": iso(at), "by": self.worker, "note": note}

    def _steps(self, concern: Concern, target: Step, level: int) -> None:
        record, reached = concern.record, target.number
        record["observations"] = self._entries(concern, 2, reached, self._observation, 3)
        record["consultations"] = self._entries(concern, 3, reached, self._consultation, 2)
        record["parent_conversations"] = self._entries(concern, 4, reached, self._conversation, 1)
        record["decisions"], record["actions"], record["reports"] = [], [], []
        if reached >= Step.DECISION.number:
            outcome = self.t.rng.choices(*zip(*OUTCOMES[level].items(), strict=True))[0]
            record["decisions"] = [self._decision(concern, DecisionOutcome(outcome))]
            if reached >= Step.FOLLOW_UP.number:
                FollowUp(self.t, self.worker).add(concern, DecisionOutcome(outcome))
        record["events"] = self._closure(concern) if target is Step.CLOSURE else []

    def _entries(self, concern: Concern, step: int, reached: int, make: Any, most: int) -> list[Doc]:
        if reached < step:
            return []
        return [make(concern) for _ in range(self.t.rng.randint(1, most))]

    def _next_day(self, concern: Concern, low: int, high: int) -> date:
        day = self.t.after(concern.last_day, low, high)
        concern.last_day = day
        return day

    def _observation(self, concern: Concern) -> Doc:
        day = self._next_day(concern, 0, 6)
        return {"observed_on": iso(day), "text": self.t.rng.choice(phrases.OBSERVATION), "by": self.worker,
                "created_at": iso(self.t.moment(day))}

    def _consultation(self, concern: Concern) -> Doc:
        day = self._next_day(concern, 0, 7)
        anonymous = self.t.chance(0.35)
        with_whom = "barnevern" if anonymous else self.t.rng.choice(CONSULTED)
        return {"held_on": iso(day), "with_whom": with_whom, "anonymous": anonymous,
                "counterpart": "" if anonymous else self.leader,
                "summary": self.t.rng.choice(phrases.CONSULTATION), "by": self.worker,
                "created_at": iso(self.t.moment(day))}

    def _conversation(self, concern: Concern) -> Doc:
        day = self._next_day(concern, 1, 10)
        rng = self.t.rng
        return {"held_on": iso(day), "participants": "Forelderen og barneansvarlig",
                "shared": rng.choice(phrases.SHARED), "response": rng.choice(phrases.RESPONSE),
                "agreed": rng.choice(phrases.AGREED), "by": self.worker,
                "created_at": iso(self.t.moment(day))}

    def _decision(self, concern: Concern, outcome: DecisionOutcome) -> Doc:
        day = self._next_day(concern, 1, 12 if self.t.chance(0.8) else 30)
        recipients: list[str] = []
        if outcome is DecisionOutcome.COOPERATE:
            recipients = sorted(self.t.rng.sample(SHARED_WITH, 2))
            if self.t.chance(0.75):
                concern.consent = (recipients, day)
        return {"decided_on": iso(day), "outcome": outcome.value, "anchored_with": "Leder for enheten",
                "note": "", "by": self.worker, "created_at": iso(self.t.moment(day)),
                "recipients": recipients}

    def _closure(self, concern: Concern) -> list[Doc]:
        day = self._next_day(concern, 1, 40)
        events = [self._event("closed", day, self.t.rng.choice(phrases.CLOSING))]
        if self.t.chance(0.06) and day < self.t.today:
            events.append(self._event("reopened", self._next_day(concern, 1, 60), phrases.REOPENING[0]))
        return events

    def _event(self, kind: str, day: date, reason: str) -> Doc:
        return {"kind": kind, "occurred_on": iso(day), "by": self.worker, "reason": reason,
                "at": iso(self.t.moment(day))}

    def _derive(self, concern: Concern) -> None:
        """Status, step, decision date and next follow-up, as the services keep them on the row."""
        record = concern.record
        closed = bool(record["events"]) and record["events"][-1]["kind"] == "closed"
        done = {s for s, key in ((Step.CONCRETISE, "observations"), (Step.SHARE, "consultations"),
                                 (Step.CONVERSATION, "parent_conversations"), (Step.DECISION, "decisions"),
                                 (Step.FOLLOW_UP, "actions")) if record[key]}
        if any(r["status"] == "sent" for r in record["reports"]):
            done.add(Step.FOLLOW_UP)
        if closed:
            done.add(Step.CLOSURE)
        decision = record["decisions"][-1] if record["decisions"] else None
        outcome = DecisionOutcome(decision["outcome"]) if decision else None
        record["status"] = "closed" if closed else "open"
        record["step"] = progress(done, outcome).current.value
        record["decided_on"] = decision["decided_on"] if decision else None
        dates = [a["evaluate_on"] or a["deadline"] for a in record["actions"]
                 if a["status"] in ("planned", "ongoing") and (a["evaluate_on"] or a["deadline"])]
        record["next_follow_up"] = min(dates, default=None)

