"""The Barnearket conversations of a demo case: none, drafts, completed ones and later versions."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from barnearket.services.demodata.answers import Answerer, SheetFacts
from barnearket.services.demodata.family import pick
from barnearket.services.demodata.timeline import Timeline, iso

Doc = dict[str, Any]
PLANS = {(): 12, ("completed",): 50, ("completed", "completed"): 15, ("completed", "draft"): 10,
         ("draft",): 13}
"""Which conversations a case with children has had, oldest first."""


class SheetMaker:
    """Builds the sheet records of one case against one form version."""

    def __init__(self, timeline: Timeline, answerer: Answerer, worker: str) -> None:
        self.t, self.answerer, self.worker = timeline, answerer, worker
        self.form_id, self.form_version = answerer.form.id, answerer.form.version

    def make(self, facts: SheetFacts, first_day: date) -> list[Doc]:
        """The case's sheets; a later one starts from the answers of the last completed one."""
        sheets: list[Doc] = []
        day = self.t.after(first_day, 0, 30)
        for version, status in enumerate(pick(self.t, PLANS), 1):
            if sheets and day >= self.t.today:
                break
            facts.held_on = day
            sheets.append(self._sheet(version, status, facts, sheets[-1] if sheets else None))
            day = self.t.after(day, 60, 300)
        return sheets

    def _sheet(self, version: int, status: str, facts: SheetFacts, previous: Doc | None) -> Doc:
        created = self.t.moment(facts.held_on)
        answers = self._carried(previous, created)
        latest = created
        for child, question, value in self.answerer.answers(facts, 0.85 if status == "completed" else 0.45):
            if previous is not None and not self.t.chance(0.3):
                continue
            latest = self.t.moment(facts.held_on, after=latest)
            answers[(child, question)] = self._answer(child, question, value, latest)
        sheet: Doc = {
            "version": version, "form_id": self.form_id, "form_version": self.form_version,
            "held_on": iso(facts.held_on), "participants": facts.participants, "quick_notes": "",
            "status": status, "based_on": previous["version"] if previous else None,
            "created_at": iso(created), "created_by": self.worker, "completed_at": None, "completed_by": None,
            "answers": list(answers.values()),
        }
        if status == "completed":
            sheet["completed_at"] = iso(self.t.moment(facts.held_on, after=latest))
            sheet["completed_by"] = self.worker
            sheet["given"] = self._given(facts, sheet["completed_at"])
        return sheet

    def _given(self, facts: SheetFacts, completed_at: str) -> list[Doc]:
        """Information or follow-up the conversation planned and a worker later gave (own stream)."""
        rng = random.Random(f"gitt-{completed_at}")
        given: list[Doc] = []
        for child in facts.children:
            if rng.random() < 0.4:
                day = min(facts.held_on + timedelta(days=rng.randint(1, 14)), self.t.today)
                given.append({"child": child.ref, "kind": rng.choice(("information", "followup")),
                              "given_on": iso(day), "given_by": self.worker,
                              "created_at": iso(datetime.combine(day, time(14, rng.randint(0, 59))))})
        return given

    def _carried(self, previous: Doc | None, at: datetime) -> dict[tuple[int | None, str], Doc]:
        """What starting a new conversation copies: the last completed one's answers."""
        if previous is None or previous["status"] != "completed":
            return {}
        return {(a["child"], a["question_id"]): {**a, "updated_at": iso(at), "updated_by": self.worker}
                for a in previous["answers"]}

    def _answer(self, child: int | None, question: str, value: Any, at: datetime) -> Doc:
        return {"child": child, "form_id": self.form_id, "form_version": self.form_version,
                "question_id": question, "value": value, "updated_at": iso(at), "updated_by": self.worker}
