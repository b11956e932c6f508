"""The units (rus, psykisk helse, somatikk, tildeling) the shell offers, with their Norwegian labels."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from barnearket.services import units
from barnearket.services.context import ServiceContext

SERVICES = (("rus", QT_TRANSLATE_NOOP("NewCaseDialog", "Rus")),
            ("psykisk_helse", QT_TRANSLATE_NOOP("NewCaseDialog", "Psykisk helse")),
            ("somatikk", QT_TRANSLATE_NOOP("NewCaseDialog", "Somatikk")),
            ("tildeling", QT_TRANSLATE_NOOP("NewCaseDialog", "Tildelingskontoret")))


def list_units(sctx: ServiceContext) -> list[tuple[int, str]]:
    """(id, name) of the active units, in Norwegian order."""
    return [(u.id, u.name) for u in units.list_units(sctx)]


def add_unit(sctx: ServiceContext, name: str, service: str) -> int:
    """Create a unit and return its id."""
    return units.add_unit(sctx, name=name, service=service)


def add_own_unit(sctx: ServiceContext, name: str, service: str) -> int:
    """Create a unit with the person as its member and return its id."""
    return units.add_own_unit(sctx, name=name, service=service)
