"""Imports every table module so that `Base.metadata` is complete (for migrations and checks)."""

from __future__ import annotations

import importlib
import pkgutil

from barnearket.storage import orm
from barnearket.storage.orm.base import Base


def load_all_tables() -> type[Base]:
    """Import each module of `barnearket.storage.orm` and return the declarative base."""
    for module in pkgutil.iter_modules(orm.__path__):
        importlib.import_module(f"{orm.__name__}.{module.name}")
    return Base
