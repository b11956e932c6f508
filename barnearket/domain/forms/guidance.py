"""Finds the help topic that belongs to a question or step, searches help texts, and offers signs."""

from __future__ import annotations

from barnearket.domain.forms.catalogs import HelpFile, HelpTopic, SignList
from barnearket.domain.forms.errors import FormNotFoundError
from barnearket.domain.forms.library import FormLibrary
from barnearket.domain.forms.model import Question, StepGuide
from barnearket.domain.forms.standard import HELP_ID, SIGNS_ID, STEPS_ID


def help_file(library: FormLibrary) -> HelpFile | None:
    """The newest help file, or None if neither the program nor the municipality has one."""
    try:
        found = library.latest(HELP_ID)
    except FormNotFoundError:
        return None
    return found if isinstance(found, HelpFile) else None


def sign_list(library: FormLibrary) -> SignList | None:
    """The newest signs checklist, or None if there is none."""
    try:
        found = library.latest(SIGNS_ID)
    except FormNotFoundError:
        return None
    return found if isinstance(found, SignList) else None


def topic_for_question(library: FormLibrary, question: Question) -> HelpTopic | None:
    """The topic naming this question, else its sheet topic, else the step that asks it."""
    helps = help_file(library)
    if helps is None:
        return None
    for topic in helps.topics:
        if question.id in topic.questions:
            return topic
    if question.topic is not None:
        found = topic_for_sheet_topic(library, question.topic)
        if found is not None:
            return found
    step_id = _step_asking(library, question)
    return topic_for_step(library, step_id) if step_id else None


def topic_for_sheet_topic(library: FormLibrary, sheet_topic: str) -> HelpTopic | None:
    """The first topic that belongs to this topic of the Barnearket sheet."""
    helps = help_file(library)
    if helps is None:
        return None
    return next((t for t in helps.topics if sheet_topic in t.sheet_topics), None)


def topic_for_step(library: FormLibrary, step_id: str) -> HelpTopic | None:
    """The first topic that belongs to this concern step."""
    helps = help_file(library)
    if helps is None:
        return None
    return next((t for t in helps.topics if step_id in t.steps), None)


def _step_asking(library: FormLibrary, question: Question) -> str | None:
    try:
        guide = library.latest(STEPS_ID)
    except FormNotFoundError:
        return None
    if not isinstance(guide, StepGuide):
        return None
    return next((s.id for s in guide.steps if question in s.questions), None)


def search(helps: HelpFile, query: str) -> tuple[HelpTopic, ...]:
    """Topics where every word of the query appears in the title, keywords or text (case ignored);
    title hits first. An empty query gives every topic in reading order."""
    words = query.casefold().split()
    if not words:
        return helps.topics
    found = [t for t in helps.topics if all(w in _haystack(t) for w in words)]
    return tuple(sorted(found, key=lambda t: not any(w in t.title.casefold() for w in words)))


def _haystack(topic: HelpTopic) -> str:
    return " ".join((topic.title, topic.body, *topic.keywords)).casefold()


def offers_signs(library: FormLibrary, question: Question) -> SignList | None:
    """The signs checklist if it is offered beside this question."""
    signs = sign_list(library)
    return signs if signs is not None and question.id in signs.questions else None
