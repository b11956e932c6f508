"""All loaded definitions keyed by (id, version), so an old case renders with its own version."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from barnearket.domain.forms.catalogs import FormFile, ItemList, OutcomeList, Scale
from barnearket.domain.forms.errors import FormNotFoundError
from barnearket.domain.forms.model import FormBase, Kind, Option, Question

_F = TypeVar("_F", bound=FormBase)


class FormLibrary:
    """An immutable registry of definition files; build it with `load_library`."""

    def __init__(self, forms: Iterable[FormFile], *, reload: Callable[[], FormLibrary] | None = None) -> None:
        self._forms: dict[tuple[str, int], FormFile] = {(f.id, f.version): f for f in forms}
        self._reload = reload
        self._languages: dict[str, FormLibrary] = {}

    def in_language(self, language: str) -> FormLibrary:
        """The same files read again with their texts in `language` ("nb", "nn", "en"), for a
        document written in another language than the window's; kept on this library once read."""
        if self._reload is None:
            return self
        if language not in self._languages:
            from barnearket.domain.language import speaking

            with speaking(language):
                self._languages[language] = self._reload()
        return self._languages[language]

    def __iter__(self) -> Iterator[FormFile]:
        return iter(self._forms.values())

    def __len__(self) -> int:
        return len(self._forms)

    def __contains__(self, form_id: object) -> bool:
        return any(key[0] == form_id for key in self._forms)

    def ids(self) -> tuple[str, ...]:
        """Every loaded id, sorted."""
        return tuple(sorted({key[0] for key in self._forms}))

    def versions(self, form_id: str) -> tuple[int, ...]:
        """The loaded versions of an id, oldest first (empty if none)."""
        return tuple(sorted(v for i, v in self._forms if i == form_id))

    def get(self, form_id: str, version: int) -> FormFile:
        """Exactly this version (FormNotFoundError if it is not loaded)."""
        try:
            return self._forms[(form_id, version)]
        except KeyError:
            raise FormNotFoundError(f"'{form_id}' versjon {version} er ikke lastet") from None

    def latest(self, form_id: str) -> FormFile:
        """The highest loaded version of an id (FormNotFoundError if none)."""
        versions = self.versions(form_id)
        if not versions:
            raise FormNotFoundError(f"'{form_id}' er ikke lastet")
        return self._forms[(form_id, versions[-1])]

    def get_as(self, form_id: str, version: int, cls: type[_F]) -> _F:
        """Like `get`, but also checks the type (TypeError if it is another kind)."""
        return _expect(self.get(form_id, version), cls)

    def latest_as(self, form_id: str, cls: type[_F]) -> _F:
        """Like `latest`, but also checks the type (TypeError if it is another kind)."""
        return _expect(self.latest(form_id), cls)

    def kinds(self) -> frozenset[Kind]:
        """Every kind that at least one loaded file has."""
        return frozenset(f.kind for f in self._forms.values())

    def of_kind(self, kind: Kind) -> tuple[FormFile, ...]:
        """The latest version of every id of this kind, sorted by id."""
        return tuple(f for f in (self.latest(i) for i in self.ids()) if f.kind is kind)

    def options_for(self, question: Question) -> tuple[Option, ...]:
        """The options to offer: the question's own, or the latest entries of `options_from`."""
        if question.options_from is None:
            return question.options
        return self.choices_of(question.options_from, self.latest(question.options_from).version)

    def choices_of(self, form_id: str, version: int) -> tuple[Option, ...]:
        """The entries of a scale, item list or outcome list as options."""
        source = self.get(form_id, version)
        if not isinstance(source, Scale | ItemList | OutcomeList):
            raise TypeError(f"'{form_id}' er kind '{source.kind}' og kan ikke gi svaralternativer")
        return source.choices()

    def option_label(self, question: Question, option_id: str) -> str | None:
        """The label for a stored option id; for `options_from`, newest version that has it."""
        own = question.option_label(option_id)
        if own is not None or question.options_from is None:
            return own
        for version in reversed(self.versions(question.options_from)):
            for option in self.choices_of(question.options_from, version):
                if option.id == option_id:
                    return option.label
        return None


def _expect(form: FormFile, cls: type[_F]) -> _F:
    if not isinstance(form, cls):
        raise TypeError(f"'{form.id}' er kind '{form.kind}', ikke {cls.__name__}")
    return form
