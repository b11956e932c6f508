"""The fields every definition file starts with: id, version, kind, title (and a description)."""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

from barnearket.domain.forms.errors import SchemaError
from barnearket.domain.forms.model import Kind
from barnearket.domain.forms.raw import Table

HEADER_KEYS = ("id", "version", "kind", "title", "description")
BODY_KEYS: dict[Kind, tuple[str, ...]] = {
    Kind.SHEET: ("topics", "sections"),
    Kind.STEPS: ("steps",),
    Kind.SCALE: ("subject", "bands", "levels"),
    Kind.CATEGORIES: ("groups", "items"),
    Kind.PURPOSES: ("groups", "items"),
    Kind.SERVICES: ("groups", "items"),
    Kind.OUTCOMES: ("outcomes",),
    Kind.RULES: ("rules",),
    Kind.HELP: ("topics", "links"),
    Kind.SIGNS: ("questions", "groups", "items"),
    Kind.QUESTIONS: ("questions",),
}
"""The top-level keys each kind allows besides the header."""


class Header(TypedDict):
    """Keyword arguments shared by every FormBase subclass."""

    id: str
    version: int
    kind: Kind
    title: str
    description: str | None
    source: Path


def parse_header(doc: Table, source: Path) -> Header:
    """Read and check the shared top-level fields, and refuse keys the kind does not know."""
    kind = _kind(doc)
    doc.check_keys((*HEADER_KEYS, *BODY_KEYS[kind]))
    form_id = doc.ident("id")
    version = doc.integer("version")
    if version < 1:
        raise SchemaError(doc.at("version"), "'version' skal være et helt tall fra 1 og oppover")
    title = doc.text("title")
    description = doc.optional_text("description")
    return Header(id=form_id, version=version, kind=kind, title=title, description=description, source=source)


def _kind(doc: Table) -> Kind:
    name = doc.text("kind")
    try:
        return Kind(name)
    except ValueError:
        valid = ", ".join(k.value for k in Kind)
        raise SchemaError(doc.at("kind"), "ukjent kind '{name}' (gyldige: {valid})", name=name,
                          valid=valid) from None
