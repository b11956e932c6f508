"""Reads the guidance files: help topics with links to guidelines, and the signs checklist."""

from __future__ import annotations

from barnearket.domain.forms.catalogs import HelpFile, HelpLink, HelpTopic, SignList
from barnearket.domain.forms.errors import SchemaError
from barnearket.domain.forms.header import Header
from barnearket.domain.forms.parse_catalogs import parse_items
from barnearket.domain.forms.raw import Table, check_id
from barnearket.domain.forms.scope import IdRegistry

_TOPIC_KEYS = ("id", "title", "body", "keywords", "questions", "sheet_topics", "steps")


def parse_help(doc: Table, header: Header) -> HelpFile:
    """Help: [[topics]] (id, title, body, where they belong) and optional [[links]]."""
    ids = IdRegistry()
    topics = doc.tables("topics")
    if not topics:
        raise SchemaError(doc.loc, "trenger minst ett [[topics]]")
    parsed = tuple(_topic(t, ids) for t in topics)
    links = []
    for t in doc.tables("links"):
        t.check_keys(("id", "label", "url", "help"))
        links.append(HelpLink(id=ids.claim(t.ident(), t.at("id")), label=t.text("label"),
                              url=t.text("url"), help=t.optional_text("help")))
    return HelpFile(**header, topics=parsed, links=tuple(links))


def _topic(table: Table, ids: IdRegistry) -> HelpTopic:
    table.check_keys(_TOPIC_KEYS)
    return HelpTopic(
        id=ids.claim(table.ident(), table.at("id")),
        title=table.text("title"),
        body=table.text("body"),
        keywords=table.translated_strings("keywords"),
        questions=_ids(table, "questions"),
        sheet_topics=_ids(table, "sheet_topics"),
        steps=_ids(table, "steps"),
    )


def parse_signs(doc: Table, header: Header) -> SignList:
    """Signs: the questions the list is offered beside, optional [[groups]] and [[items]]."""
    items = parse_items(doc, header)
    return SignList(**header, groups=items.groups, items=items.items, questions=_ids(doc, "questions"))


def _words(table: Table, key: str) -> tuple[str, ...]:
    return table.strings(key) if table.has(key) else ()


def _ids(table: Table, key: str) -> tuple[str, ...]:
    return tuple(check_id(value, (*table.at(key), i)) for i, value in enumerate(_words(table, key)))
