"""Builds a FormLibrary from the shipped folder plus local folders, with cross-file checks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from barnearket.domain.forms.catalogs import RuleSet
from barnearket.domain.forms.errors import FormError, SchemaError
from barnearket.domain.forms.library import FormLibrary
from barnearket.domain.forms.loader import LoadedFile, error_at, read_form
from barnearket.domain.forms.model import Kind, Sheet, StepGuide
from barnearket.domain.forms.paths import shipped_forms_dir
from barnearket.domain.forms.scope import PendingRef
from barnearket.domain.forms.standard import (
    OPTION_SOURCE_KINDS,
    REQUIRED_ENTRIES,
    STANDARD_FORMS,
)

_Key = tuple[str, int]


def load_standard_library(local_dirs: Sequence[Path] = ()) -> FormLibrary:
    """The shipped forms overridden by the municipality's folders; all standard files required."""
    return load_library([shipped_forms_dir(), *local_dirs], require_standard=True)


def load_library(dirs: Sequence[Path], *, require_standard: bool = False) -> FormLibrary:
    """Load every *.toml in `dirs`; a later folder's file replaces one with the same id+version."""
    chosen: dict[_Key, LoadedFile] = {}
    for directory in dirs:
        chosen.update(_read_dir(directory))
    files = sorted(chosen.values(), key=lambda f: (f.form.id, f.form.version))
    _check_kinds(files)
    library = FormLibrary((f.form for f in files),
                          reload=lambda: load_library(dirs, require_standard=require_standard))
    for loaded in files:
        for ref in loaded.pending:
            _check_ref(loaded, ref, library)
    if require_standard:
        _check_standard(files, dirs[0] if dirs else Path())
        _check_contract(library)
    return library


def _check_contract(library: FormLibrary) -> None:
    """Refuse a library that breaks the declared contract (a question the code reads, a lost answer)."""
    from barnearket.domain.forms.contract import check_contract  # the contract imports the library

    report = check_contract(library)
    if report.problems:
        first = report.problems[0]
        raise FormError(library.latest(first.form_id).source, None, first.message)


def _read_dir(directory: Path) -> dict[_Key, LoadedFile]:
    if not directory.is_dir():
        raise FormError(directory, None, "mappen med skjemadefinisjoner finnes ikke")
    found: dict[_Key, LoadedFile] = {}
    for path in sorted(directory.glob("*.toml")):
        if path.name.startswith("."):
            continue
        loaded = read_form(path)
        key = (loaded.form.id, loaded.form.version)
        if key in found:
            first = found[key].form.source.name
            problem = SchemaError(("version",), "'{form}' versjon {version} finnes også i {first}",
                                  form=key[0], version=key[1], first=first)
            raise error_at(path, loaded.text, problem)
        found[key] = loaded
    return found


def _check_kinds(files: Iterable[LoadedFile]) -> None:
    kinds: dict[str, LoadedFile] = {}
    for loaded in files:
        first = kinds.setdefault(loaded.form.id, loaded)
        if first.form.kind is not loaded.form.kind:
            problem = SchemaError(("kind",), "'{form}' har kind '{kind}' i {first}; alle versjoner av en id "
                                  "må ha samme kind", form=loaded.form.id, kind=first.form.kind,
                                  first=first.form.source.name)
            raise error_at(loaded.form.source, loaded.text, problem)


def _check_ref(loaded: LoadedFile, ref: PendingRef, library: FormLibrary) -> None:
    def _fail(loc: tuple[str | int, ...], message: str, **values: object) -> FormError:
        return error_at(loaded.form.source, loaded.text, SchemaError(loc, message, earlier=None, **values))

    if ref.source_id not in library:
        raise _fail(ref.loc, "'options_from' viser til '{other}', som ikke finnes", other=ref.source_id)
    source = library.latest(ref.source_id)
    if source.kind not in OPTION_SOURCE_KINDS:
        raise _fail(ref.loc, "'{other}' er kind '{kind}' og kan ikke gi svaralternativer",
                 other=ref.source_id, kind=source.kind)
    if ref.services_only and source.kind is not Kind.SERVICES:
        raise _fail(ref.loc, "service_list trenger en fil med kind 'services', ikke '{kind}'",
                    kind=source.kind)
    known = set()
    for version in library.versions(ref.source_id):
        known |= {o.id for o in library.choices_of(ref.source_id, version)}
    for value, loc in ref.values:
        if value not in known:
            raise _fail(loc, "'{value}' finnes ikke i '{other}'", value=value, other=ref.source_id)


def _check_standard(files: Sequence[LoadedFile], where: Path) -> None:
    latest = {f.form.id: f for f in files}  # files are sorted, so the last version wins
    for form_id, kind in STANDARD_FORMS.items():
        if form_id not in latest:
            raise FormError(where, None, "mangler standardfilen '{form}' (kind '{kind}')", form=form_id,
                            kind=kind)
        loaded = latest[form_id]
        if loaded.form.kind is not kind:
            problem = SchemaError(("kind",), "'{form}' skal ha kind '{kind}'", form=form_id, kind=kind)
            raise error_at(loaded.form.source, loaded.text, problem)
        missing = [e for e in REQUIRED_ENTRIES.get(form_id, ()) if e not in _entry_ids(loaded)]
        if missing:
            problem = SchemaError((), "'{form}' mangler '{entry}', som programmet er avhengig av",
                                  form=form_id, entry=missing[0])
            raise error_at(loaded.form.source, loaded.text, problem)


def _entry_ids(loaded: LoadedFile) -> set[str]:
    form = loaded.form
    if isinstance(form, Sheet):
        return {q.id for q in form.questions()}
    if isinstance(form, StepGuide):
        return {s.id for s in form.steps}
    if isinstance(form, RuleSet):
        return {r.id for r in form.rules}
    return set()
