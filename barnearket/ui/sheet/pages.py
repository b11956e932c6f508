"""Splits a sheet into completion pages: each shared section alone, each child with its sections."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from barnearket.domain.forms import Section, Sheet, for_unborn
from barnearket.domain.model import Child
from barnearket.domain.rules.ages import age_on
from barnearket.ui.formwidgets.dates import format_date
from barnearket.ui.widgets import qtr


@dataclass
class PageSpec:
    """One tab of the completion mode; `child` is None for a shared page."""

    title: str
    sections: list[Section] = field(default_factory=list)
    child: Child | None = None


def plan_pages(form: Sheet, children: tuple[Child, ...], today: date) -> list[PageSpec]:
    """Pages in file order; the per-child sections become one page per child where they first appear."""
    pages: list[PageSpec] = []
    child_pages: list[PageSpec] | None = None
    for section in form.sections:
        if not section.per_child:
            pages.append(PageSpec(section.label, [section]))
            continue
        if child_pages is None:
            child_pages = [PageSpec(child_title(c, today), child=c) for c in children]
            pages += child_pages
        for page in child_pages:
            unborn = page.child is not None and page.child.unborn
            page.sections.append(for_unborn(section) if unborn else section)
    return pages


def child_title(child: Child, today: date) -> str:
    """The child's tab title: name and age, or that it is not born yet."""
    name = child.name or qtr("sheet", "Barn uten navn")
    if child.unborn:
        due = format_date(child.details.due_date)
        return qtr("sheet", "%1 (ufødt, termin %2)").replace("%1", name).replace("%2", due)
    if child.birth_date is None or child.birth_date > today:
        return name
    years = age_on(child.birth_date, today)
    return qtr("sheet", "%1 (%2 år)").replace("%1", name).replace("%2", str(years))
