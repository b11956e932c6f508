"""Reads one question table: its type, texts, options, condition and limits."""

from __future__ import annotations

from barnearket.domain.forms.errors import SchemaError
from barnearket.domain.forms.model import Option, Question, QuestionType
from barnearket.domain.forms.parse_conditions import parse_condition
from barnearket.domain.forms.raw import Table, check_id
from barnearket.domain.forms.scope import IdRegistry, PendingRef, Scope
from barnearket.domain.forms.standard import SERVICES_ID, YES_NO, YES_NO_UNCLEAR

QUESTION_KEYS = (
    "id", "type", "label", "help", "required", "topic",
    "options", "options_from", "when", "max_length", "unborn",
)  # fmt: skip
_FIXED = {QuestionType.YES_NO: YES_NO, QuestionType.YES_NO_UNCLEAR: YES_NO_UNCLEAR}
_TEXT_TYPES = (QuestionType.TEXT, QuestionType.LONG_TEXT)


def parse_question(table: Table, ids: IdRegistry, scope: Scope, topics: frozenset[str] | None, *,
                   open_choice: bool = False) -> Question:
    """Parse a question; `topics` None means the file has no topics (then `topic` is refused);
    `open_choice` lets a choice leave its options to the program (the contract checks which may)."""
    table.check_keys(k for k in QUESTION_KEYS if topics is not None or k != "topic")
    question_id = ids.claim(table.ident(), table.at("id"))
    qtype = _question_type(table)
    options, options_from = _options(table, qtype, open_choice)
    scope.current = question_id
    when = None
    if table.has("when"):
        when = parse_condition(table.raw("when"), table.at("when"), scope)
    scope.current = None
    question = Question(
        id=question_id,
        type=qtype,
        label=table.text("label"),
        help=table.text("help"),
        required=table.flag("required"),
        options=options,
        options_from=options_from,
        when=when,
        max_length=_max_length(table, qtype),
        topic=_topic(table, topics),
        unborn=table.flag("unborn", True),
    )
    if options_from is not None:
        at = table.at("options_from") if table.has("options_from") else table.at("type")
        is_services = qtype is QuestionType.SERVICE_LIST
        scope.pending.append(PendingRef(at, options_from, services_only=is_services))
    scope.add(question)
    return question


def _question_type(table: Table) -> QuestionType:
    name = table.text("type")
    try:
        return QuestionType(name)
    except ValueError:
        valid = ", ".join(t.value for t in QuestionType)
        raise SchemaError(table.at("type"), "ukjent spørsmålstype '{name}' (gyldige: {valid})", name=name,
                          valid=valid) from None


def _options(table: Table, qtype: QuestionType, open_choice: bool) -> tuple[tuple[Option, ...], str | None]:
    has_list, source = table.has("options"), table.optional_ident("options_from")
    if qtype in (QuestionType.CHOICE, QuestionType.MULTI_CHOICE):
        if has_list and source is not None:
            raise SchemaError(table.at("options_from"), "bruk enten 'options' eller 'options_from'")
        if not has_list and source is None and open_choice:
            return (), None
        if not has_list and source is None:
            raise SchemaError(table.at("type"), "'{type}' trenger 'options' eller 'options_from'", type=qtype)
        return (_option_list(table), None) if has_list else ((), source)
    if qtype is QuestionType.SERVICE_LIST and not has_list:
        return (), source or SERVICES_ID
    if has_list or source is not None:
        key = "options" if has_list else "options_from"
        if qtype in _FIXED:
            raise SchemaError(table.at(key), "spørsmålstypen '{type}' kan ikke ha '{key}' "
                              "(den har faste svar: {fixed})", type=qtype, key=key,
                              fixed="/".join(o.id for o in _FIXED[qtype]))
        raise SchemaError(table.at(key), "spørsmålstypen '{type}' kan ikke ha '{key}'", type=qtype, key=key)
    return _FIXED.get(qtype, ()), None


def _option_list(table: Table) -> tuple[Option, ...]:
    items = table.tables("options")
    if len(items) < 2:
        raise SchemaError(table.at("options"), "'options' trenger minst to svaralternativer")
    ids = IdRegistry()
    options = []
    for item in items:
        item.check_keys(("id", "label"))
        option_id = ids.claim(check_id(item.text("id"), item.at("id")), item.at("id"))
        options.append(Option(option_id, item.text("label")))
    return tuple(options)


def _max_length(table: Table, qtype: QuestionType) -> int | None:
    value = table.optional_integer("max_length")
    if value is not None and qtype not in _TEXT_TYPES:
        raise SchemaError(table.at("max_length"), "'max_length' gjelder bare text og long_text")
    if value is not None and value < 1:
        raise SchemaError(table.at("max_length"), "'max_length' skal være minst 1")
    return value


def _topic(table: Table, topics: frozenset[str] | None) -> str | None:
    if topics is None:
        return None
    topic = table.ident("topic")
    if topic not in topics:
        raise SchemaError(table.at("topic"), "temaet '{topic}' finnes ikke under [[topics]]", topic=topic)
    return topic
