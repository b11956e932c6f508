"""What the forms in force allow an imported case to name: catalogue ids, scale levels, sheet versions."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from barnearket.domain.forms import FormError, FormLibrary, ItemList, Scale, Sheet, load_standard_library
from barnearket.domain.forms.standard import CATEGORIES_ID, CHILD_SCALE_ID, PARENT_SCALE_ID, SERVICES_ID
from barnearket.domain.model import Scale as ScaleName
from barnearket.services.context import ServiceContext
from barnearket.services.exchange.codec import ExchangeError

UNIT_SERVICES = frozenset({"rus", "psykisk_helse", "somatikk", "tildeling"})
"""The home services a unit can belong to (the same list as `services.units.SERVICES`)."""


@dataclass(frozen=True)
class Vocabulary:
    """Every id an imported case may use, taken from every loaded version of each form."""

    forms: FormLibrary
    categories: frozenset[str]
    services: frozenset[str]
    levels: dict[str, frozenset[int]]
    """Scale name ("child", "parent") → the level values it has."""

    def sheet(self, form_id: str, version: int) -> Sheet | None:
        """The sheet form with this id and version, if it is loaded."""
        if version not in self.forms.versions(form_id):
            return None
        form = self.forms.get(form_id, version)
        return form if isinstance(form, Sheet) else None


def vocabulary(ctx: ServiceContext) -> Vocabulary:
    """The vocabulary of the caller's form library, or of the standard forms when it has none."""
    forms = ctx.forms if ctx.forms is not None else _standard_forms()
    return _build(forms)


@cache
def _standard_forms() -> FormLibrary:
    from barnearket.paths import resolve_paths
    local = resolve_paths().local_forms
    try:
        return load_standard_library([local] if local.is_dir() else [])
    except FormError:
        raise ExchangeError("$", "skjemadefinisjonene kunne ikke lastes, så dokumentet kan ikke "
                                 "kontrolleres; ingenting er importert") from None


@cache
def _build(forms: FormLibrary) -> Vocabulary:
    return Vocabulary(
        forms,
        _items(forms, CATEGORIES_ID),
        _items(forms, SERVICES_ID),
        {ScaleName.CHILD.value: _levels(forms, CHILD_SCALE_ID),
         ScaleName.PARENT.value: _levels(forms, PARENT_SCALE_ID)},
    )


def _items(forms: FormLibrary, form_id: str) -> frozenset[str]:
    found: set[str] = set()
    for version in forms.versions(form_id):
        form = forms.get(form_id, version)
        if isinstance(form, ItemList):
            found.update(item.id for item in form.items)
    return frozenset(found)


def _levels(forms: FormLibrary, form_id: str) -> frozenset[int]:
    found: set[int] = set()
    for version in forms.versions(form_id):
        form = forms.get(form_id, version)
        if isinstance(form, Scale):
            found.update(level.value for level in form.levels)
    return frozenset(found)
