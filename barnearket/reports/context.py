"""What every renderer needs besides the case: sender, author, time, worker names and catalogue labels."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from barnearket.domain.forms import FormLibrary, FormNotFoundError, ItemList
from barnearket.domain.forms.catalogs import Scale as ScaleForm
from barnearket.domain.forms.standard import (
    CATEGORIES_ID,
    CHILD_SCALE_ID,
    PARENT_SCALE_ID,
    PURPOSES_ID,
    SERVICES_ID,
)
from barnearket.domain.language import t
from barnearket.domain.model import ReportRecipient, Scale, label
from barnearket.domain.model.consent import RELATIVES, RELATIVES_LABEL
from barnearket.domain.model.organisation import Organisation, Worker
from barnearket.domain.rules.settings import DEFAULT_RULES, RuleSettings
from barnearket.reports.page import DocMeta
from barnearket.reports.text import EMPTY


@dataclass(frozen=True)
class DocumentContext:
    """The sender and author of a document, when it is made, and how to name people and services.

    Attributes:
        organisation: the organisation's details from the case file's settings.
        author: the logged-in worker who makes the document.
        made_at: when it is made (aware datetime; printed in local time).
        workers: user id -> full name, for «registrert av» columns.
        forms: the form library, for question texts per form version and catalogue labels.
        rules: the municipality's deadlines (report due dates).
        language: the language the document is written in ("nb", "nn" or "en").
    """

    organisation: Organisation
    author: Worker
    made_at: datetime
    workers: Mapping[int, str] = field(default_factory=dict)
    forms: FormLibrary | None = None
    rules: RuleSettings = DEFAULT_RULES
    language: str = "nb"

    def worker(self, user_id: int | None) -> str:
        """The name of a user, or a dash when unknown."""
        if user_id is None:
            return EMPTY
        return self.workers.get(user_id, t("Bruker {id}", id=user_id))

    def meta(self, kind_title: str, case_number: str, *keywords: str) -> DocMeta:
        """The page frame and metadata for one document."""
        return DocMeta(kind_title=kind_title, case_number=case_number,
                       organisation=self.organisation.display_name, made_by=self.author.name,
                       made_at=self.made_at, keywords=keywords)

    def service(self, service_id: str) -> str:
        """The name of a service (a recipient or a service involved) from the catalogue."""
        found = self._item(SERVICES_ID, service_id)
        if found:
            return found
        if service_id == RELATIVES:
            return RELATIVES_LABEL
        try:
            return label(ReportRecipient(service_id))
        except ValueError:
            return service_id

    def level(self, value: int | None, scale: Scale = Scale.CHILD) -> str:
        """A level as the scale words it, e.g. «4 – Grunn til bekymring: ...» (the number alone when
        the scale is not loaded or does not know it)."""
        if value is None:
            return EMPTY
        found = None
        if self.forms is not None:
            try:
                form = self.forms.latest_as(CHILD_SCALE_ID if scale is Scale.CHILD else PARENT_SCALE_ID,
                                            ScaleForm)
                found = next((lv.label for lv in form.levels if lv.value == value), None)
            except (FormNotFoundError, TypeError):
                found = None
        return f"{value} – {found}" if found else str(value)

    def category(self, category_id: str) -> str:
        """The name of a condition or concern category from the catalogue."""
        return self._item(CATEGORIES_ID, category_id) or category_id

    def purpose(self, stored: str) -> str:
        """A consent's purpose as worded in the catalogue; a purpose typed freely (the command line's
        `--purpose`, or one recorded before purposes were stored by id) is printed as it was typed."""
        return self._item(PURPOSES_ID, stored) or stored

    def is_catalogue_purpose(self, stored: str) -> bool:
        """Whether the stored purpose is a catalogue id (not free text that could name someone)."""
        return self._item(PURPOSES_ID, stored) is not None

    def _item(self, list_id: str, item_id: str) -> str | None:
        if self.forms is None:
            return None
        try:
            for version in reversed(self.forms.versions(list_id)):
                catalog = self.forms.get(list_id, version)
                if isinstance(catalog, ItemList):
                    hit = next((i.label for i in catalog.items if i.id == item_id), None)
                    if hit:
                        return hit
        except FormNotFoundError:
            return None
        return None
