"""Reads the question-bearing files: the Barnearket sheet and the concern steps."""

from __future__ import annotations

from barnearket.domain.forms.errors import SchemaError
from barnearket.domain.forms.header import Header
from barnearket.domain.forms.model import QuestionSet, Section, Sheet, Step, StepGuide, Topic
from barnearket.domain.forms.parse_conditions import parse_condition
from barnearket.domain.forms.parse_questions import parse_question
from barnearket.domain.forms.raw import Table
from barnearket.domain.forms.scope import IdRegistry, PendingRef, Scope
from barnearket.domain.language import t


def parse_sheet(doc: Table, header: Header) -> tuple[Sheet, list[PendingRef]]:
    """A conversation sheet: [[topics]] and [[sections]] with [[sections.questions]]."""
    ids = IdRegistry()
    topics = tuple(_topic(t, ids) for t in _required(doc, "topics"))
    raw_sections = _required(doc, "sections")
    scope = Scope(_question_ids(raw_sections))
    topic_ids = frozenset(t.id for t in topics)
    sections = tuple(_section(t, ids, scope, topic_ids) for t in raw_sections)
    return Sheet(**header, topics=topics, sections=sections), scope.pending


def parse_steps(doc: Table, header: Header) -> tuple[StepGuide, list[PendingRef]]:
    """The concern steps: [[steps]] with [[steps.questions]], numbered 1, 2, 3 ..."""
    ids = IdRegistry()
    raw_steps = _required(doc, "steps")
    scope = Scope(_question_ids(raw_steps))
    steps = tuple(_step(t, n, ids, scope) for n, t in enumerate(raw_steps, start=1))
    return StepGuide(**header, steps=steps), scope.pending


def parse_question_set(doc: Table, header: Header) -> tuple[QuestionSet, list[PendingRef]]:
    """A short form of its own: [[questions]]. A choice may leave its options to the program (the
    contract says which: the case's children, for instance)."""
    ids = IdRegistry()
    raw = _required(doc, "questions")
    scope = Scope(_question_ids([doc]))
    questions = tuple(parse_question(q, ids, scope, None, open_choice=True) for q in raw)
    return QuestionSet(**header, questions=questions), scope.pending


def _required(table: Table, key: str) -> list[Table]:
    items = table.tables(key)
    if not items:
        raise SchemaError(table.loc, "mangler [[{key}]] (minst én)", key=key)
    return items


def _question_ids(groups: list[Table]) -> set[str]:
    found = set()
    for group in groups:
        raw = group.raw("questions")
        for item in raw if isinstance(raw, list) else []:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                found.add(item["id"])
    return found


def _topic(table: Table, ids: IdRegistry) -> Topic:
    table.check_keys(("id", "label", "prompt"))
    topic_id = ids.claim(table.ident(), table.at("id"))
    return Topic(topic_id, table.text("label"), table.text("prompt"))


def _section(table: Table, ids: IdRegistry, scope: Scope, topics: frozenset[str]) -> Section:
    table.check_keys(("id", "label", "help", "per_child", "when", "questions"))
    section_id = ids.claim(table.ident(), table.at("id"))
    when = None
    if table.has("when"):
        when = parse_condition(table.raw("when"), table.at("when"), scope)
    per_child = table.flag("per_child")
    before = scope.reachable()
    questions = tuple(parse_question(q, ids, scope, topics) for q in _required(table, "questions"))
    if per_child:
        scope.restore(before, t("står i delen '{section}', som fylles ut for hvert barn, "
                                "og kan bare brukes i den delen", section=section_id))  # fmt: skip
    return Section(
        id=section_id,
        label=table.text("label"),
        help=table.optional_text("help"),
        per_child=per_child,
        when=when,
        questions=questions,
    )


def _step(table: Table, number: int, ids: IdRegistry, scope: Scope) -> Step:
    table.check_keys(("id", "number", "label", "why", "repeats", "done_when", "questions"))
    step_id = ids.claim(table.ident(), table.at("id"))
    if table.integer("number") != number:
        raise SchemaError(table.at("number"), "stegene skal nummereres 1, 2, 3 …; her ventet {number}",
                          number=number)
    before = scope.reachable()
    questions = tuple(parse_question(q, ids, scope, None) for q in _required(table, "questions"))
    if not table.has("done_when"):
        raise SchemaError(table.loc, "mangler 'done_when' (når regnes steget som gjort?)")
    done_when = parse_condition(table.raw("done_when"), table.at("done_when"), scope)
    scope.restore(before, t("hører til steget '{step}'; bruk bare spørsmål fra samme steg", step=step_id))
    return Step(
        id=step_id,
        number=number,
        label=table.text("label"),
        why=table.text("why"),
        repeats=table.flag("repeats"),
        done_when=done_when,
        questions=questions,
    )
