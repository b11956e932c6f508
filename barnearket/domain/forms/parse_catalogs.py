"""Reads the list-like files: concern scales, item lists, decision outcomes and rules."""

from __future__ import annotations

import itertools

from barnearket.domain.forms.catalogs import (
    Band,
    Group,
    Item,
    ItemList,
    Level,
    Outcome,
    OutcomeList,
    Rule,
    RuleSet,
    Scale,
)
from barnearket.domain.forms.errors import SchemaError
from barnearket.domain.forms.header import Header
from barnearket.domain.forms.model import Kind
from barnearket.domain.forms.raw import Table
from barnearket.domain.forms.scope import IdRegistry

SCALE_SUBJECTS = ("child", "parent")


def _entries(doc: Table, key: str, minimum: int = 1) -> list[Table]:
    items = doc.tables(key)
    if len(items) < minimum:
        raise SchemaError(doc.loc, "trenger minst {minimum} [[{key}]]", minimum=minimum, key=key)
    return items


def parse_scale(doc: Table, header: Header) -> Scale:
    """A concern scale: [[bands]] and [[levels]], lowest level first."""
    subject = doc.text("subject")
    if subject not in SCALE_SUBJECTS:
        raise SchemaError(doc.at("subject"), "'subject' skal være {first} eller {second}",
                          first=SCALE_SUBJECTS[0], second=SCALE_SUBJECTS[1])
    ids = IdRegistry()
    bands = []
    for t in _entries(doc, "bands"):
        t.check_keys(("id", "label"))
        bands.append(Band(ids.claim(t.ident(), t.at("id")), t.text("label")))
    order = [b.id for b in bands]
    levels = [_level(t, n, ids, order) for n, t in enumerate(_entries(doc, "levels", 2), start=1)]
    _check_levels(doc, levels, order)
    return Scale(**header, subject=subject, bands=tuple(bands), levels=tuple(levels))


def _level(table: Table, value: int, ids: IdRegistry, bands: list[str]) -> Level:
    table.check_keys(("id", "value", "band", "label", "description", "reporting_threshold"))
    level_id = ids.claim(table.ident(), table.at("id"))
    if table.integer("value") != value:
        raise SchemaError(table.at("value"), "nivåene skal ha value 1, 2, 3 … i rekkefølge; her {value}",
                          value=value)
    band = table.ident("band")
    if band not in bands:
        raise SchemaError(table.at("band"), "båndet '{band}' finnes ikke under [[bands]]", band=band)
    return Level(
        id=level_id,
        value=value,
        band=band,
        label=table.text("label"),
        description=table.text("description"),
        reporting_threshold=table.flag("reporting_threshold"),
    )


def _check_levels(doc: Table, levels: list[Level], bands: list[str]) -> None:
    for i, (lower, upper) in enumerate(itertools.pairwise(levels), start=1):
        at = (*doc.at("levels"), i)
        if bands.index(upper.band) < bands.index(lower.band):
            raise SchemaError(at, "nivåene skal komme i samme rekkefølge som båndene")
        if lower.reporting_threshold and not upper.reporting_threshold:
            raise SchemaError(at, "et nivå over meldeterskelen må også ha reporting_threshold = true")
    unused = [b for b in bands if all(lv.band != b for lv in levels)]
    if unused:
        raise SchemaError(doc.at("bands"), "båndet '{band}' brukes ikke av noe nivå", band=unused[0])
    if not any(lv.reporting_threshold for lv in levels):
        raise SchemaError(doc.at("levels"), "minst ett nivå må ha reporting_threshold = true")


def parse_items(doc: Table, header: Header) -> ItemList:
    """Categories, services or purposes: optional [[groups]] and [[items]]."""
    ids = IdRegistry()
    groups = []
    for t in doc.tables("groups"):
        t.check_keys(("id", "label"))
        groups.append(Group(ids.claim(t.ident(), t.at("id")), t.text("label")))
    keys: tuple[str, ...] = ("id", "label", "help", "group")
    if header["kind"] is Kind.SERVICES:
        keys = (*keys, "acute", "phone")
    group_ids = {g.id for g in groups}
    items = tuple(_item(t, ids, keys, group_ids) for t in _entries(doc, "items"))
    return ItemList(**header, groups=tuple(groups), items=items)


def _item(table: Table, ids: IdRegistry, keys: tuple[str, ...], groups: set[str]) -> Item:
    table.check_keys(keys)
    item_id = ids.claim(table.ident(), table.at("id"))
    group = table.optional_ident("group")
    if group is not None and group not in groups:
        raise SchemaError(table.at("group"), "gruppen '{group}' finnes ikke under [[groups]]", group=group)
    return Item(
        id=item_id,
        label=table.text("label"),
        help=table.optional_text("help"),
        group=group,
        acute=table.flag("acute"),
        phone=table.optional_text("phone"),
    )


def parse_outcomes(doc: Table, header: Header) -> OutcomeList:
    """Decision outcomes: [[outcomes]] with levels 0, 1, 2 … in order."""
    ids = IdRegistry()
    outcomes = tuple(_outcome(t, n, ids) for n, t in enumerate(_entries(doc, "outcomes", 2)))
    if not any(o.is_report for o in outcomes):
        raise SchemaError(doc.at("outcomes"), "minst ett utfall må ha is_report = true")
    return OutcomeList(**header, outcomes=outcomes)


def _outcome(table: Table, level: int, ids: IdRegistry) -> Outcome:
    table.check_keys(("id", "level", "label", "help", "requires_consent", "is_report"))
    outcome_id = ids.claim(table.ident(), table.at("id"))
    if table.integer("level") != level:
        raise SchemaError(table.at("level"), "nivåene skal være 0, 1, 2 … i rekkefølge; her {level}",
                          level=level)
    outcome = Outcome(
        id=outcome_id,
        level=level,
        label=table.text("label"),
        help=table.text("help"),
        requires_consent=table.flag("requires_consent"),
        is_report=table.flag("is_report"),
    )
    if outcome.is_report and outcome.requires_consent:
        raise SchemaError(
            table.at("requires_consent"),
            "en melding kan ikke kreve samtykke: meldeplikten gjelder uansett samtykke",
        )
    return outcome


def parse_rules(doc: Table, header: Header) -> RuleSet:
    """Settings with defaults: [[rules]] with a whole-number value and limits."""
    ids = IdRegistry()
    rules = []
    for t in _entries(doc, "rules"):
        t.check_keys(("id", "label", "help", "value", "unit", "min", "max"))
        rule = Rule(
            id=ids.claim(t.ident(), t.at("id")),
            label=t.text("label"),
            help=t.text("help"),
            value=t.integer("value"),
            unit=t.text("unit"),
            min=_or(t.optional_integer("min"), 0),
            max=_or(t.optional_integer("max"), 3650),
        )
        if not rule.min <= rule.value <= rule.max:
            raise SchemaError(t.at("value"), "verdien {value} er utenfor {min}-{max}", value=rule.value,
                              min=rule.min, max=rule.max)
        rules.append(rule)
    return RuleSet(**header, rules=tuple(rules))


def _or(value: int | None, default: int) -> int:
    return default if value is None else value
