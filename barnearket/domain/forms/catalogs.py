"""Typed list-like definitions: scales, categories, services, purposes, outcomes and rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from barnearket.domain.forms.model import FormBase, Option, QuestionSet, Sheet, StepGuide


@dataclass(frozen=True)
class Band:
    """A named band that groups scale levels ("Vær oppmerksom", "Grunn til bekymring")."""

    id: str
    label: str


@dataclass(frozen=True, kw_only=True)
class Level:
    """One level on a concern scale; `reporting_threshold` levels mean report now."""

    id: str
    value: int
    band: str
    label: str
    description: str
    reporting_threshold: bool = False


@dataclass(frozen=True, kw_only=True)
class Scale(FormBase):
    """A concern scale for the child or for the parents, lowest level first."""

    subject: str
    bands: tuple[Band, ...] = ()
    levels: tuple[Level, ...] = ()

    def level(self, level_id: str) -> Level:
        """The level with this id (KeyError if there is none)."""
        for level in self.levels:
            if level.id == level_id:
                return level
        raise KeyError(level_id)

    def reporting_levels(self) -> tuple[Level, ...]:
        """The levels at or above the reporting threshold."""
        return tuple(lv for lv in self.levels if lv.reporting_threshold)

    def choices(self) -> tuple[Option, ...]:
        """The levels as answer options."""
        return tuple(Option(lv.id, lv.label) for lv in self.levels)


@dataclass(frozen=True)
class Group:
    """A heading that groups list items in a pick-list."""

    id: str
    label: str


@dataclass(frozen=True, kw_only=True)
class Item:
    """One entry of a category, service or purpose list."""

    id: str
    label: str
    help: str | None = None
    group: str | None = None
    acute: bool = False
    phone: str | None = None


@dataclass(frozen=True, kw_only=True)
class ItemList(FormBase):
    """Categories, services or consent purposes: a flat list with optional groups."""

    groups: tuple[Group, ...] = ()
    items: tuple[Item, ...] = ()

    def item(self, item_id: str) -> Item:
        """The item with this id (KeyError if there is none)."""
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def choices(self) -> tuple[Option, ...]:
        """The items as answer options."""
        return tuple(Option(it.id, it.label) for it in self.items)


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """A decision outcome (BTI level 0-3)."""

    id: str
    level: int
    label: str
    help: str
    requires_consent: bool = False
    is_report: bool = False


@dataclass(frozen=True, kw_only=True)
class OutcomeList(FormBase):
    """The decision outcomes, lowest level first."""

    outcomes: tuple[Outcome, ...] = ()

    def outcome(self, outcome_id: str) -> Outcome:
        """The outcome with this id (KeyError if there is none)."""
        for outcome in self.outcomes:
            if outcome.id == outcome_id:
                return outcome
        raise KeyError(outcome_id)

    def choices(self) -> tuple[Option, ...]:
        """The outcomes as answer options."""
        return tuple(Option(o.id, o.label) for o in self.outcomes)


@dataclass(frozen=True, kw_only=True)
class Rule:
    """One configurable whole-number setting, such as a deadline in days."""

    id: str
    label: str
    help: str
    value: int
    unit: str
    min: int = 0
    max: int = 3650


@dataclass(frozen=True, kw_only=True)
class RuleSet(FormBase):
    """Default settings (deadlines and the like)."""

    rules: tuple[Rule, ...] = ()

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id (KeyError if there is none)."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def value(self, rule_id: str) -> int:
        """The value of a rule (KeyError if there is none)."""
        return self.rule(rule_id).value


@dataclass(frozen=True, kw_only=True)
class HelpTopic:
    """One help text, and the questions, sheet topics and steps it belongs to."""

    id: str
    title: str
    body: str
    keywords: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    sheet_topics: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class HelpLink:
    """A guideline or other reading outside the program (shown as an address, opened on request)."""

    id: str
    label: str
    url: str
    help: str | None = None


@dataclass(frozen=True, kw_only=True)
class HelpFile(FormBase):
    """The help texts: topics in reading order and links to guidelines."""

    topics: tuple[HelpTopic, ...] = ()
    links: tuple[HelpLink, ...] = ()

    def topic(self, topic_id: str) -> HelpTopic:
        """The topic with this id (KeyError if there is none)."""
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)


@dataclass(frozen=True, kw_only=True)
class SignList(ItemList):
    """Signs to look for: an optional checklist, never a score; offered beside `questions`."""

    questions: tuple[str, ...] = ()


OptionSource: TypeAlias = Scale | ItemList | OutcomeList
"""Files whose entries can be the options of a question (`options_from`)."""

FormFile: TypeAlias = Sheet | StepGuide | Scale | ItemList | OutcomeList | RuleSet | HelpFile | QuestionSet
"""Any parsed definition file."""
