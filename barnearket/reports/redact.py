"""Takes the worker's free text out of what a summary without child details prints.

Free text about a concern (descriptions, observations, consultations, talks, decisions, actions,
evaluations, reasons) is about the child and may name it; with child details left out, none of it
may reach the parent's record. Dates, choices, levels and who registered what stay.
"""

from __future__ import annotations

from dataclasses import replace

from barnearket.domain.language import t
from barnearket.domain.model import Action, Concern, Consent, FormAnswers
from barnearket.reports.context import DocumentContext

LEFT_OUT = "Utelatt"
"""What stands where a free text was."""


def without_free_text(concern: Concern) -> Concern:
    """A copy of the concern where every free text written by a worker says «Utelatt»."""
    def gone(text: str) -> str:
        return t(LEFT_OUT) if text.strip() else ""

    return replace(
        concern,
        description=gone(concern.description),
        levels=tuple(replace(x, note=gone(x.note)) for x in concern.levels),
        observations=tuple(replace(x, text=t(LEFT_OUT), worried_since=gone(x.worried_since),
                                   form_answers=_added(x.form_answers)) for x in concern.observations),
        consultations=tuple(replace(x, counterpart=gone(x.counterpart), summary=gone(x.summary),
                                    form_answers=_added(x.form_answers)) for x in concern.consultations),
        conversations=tuple(replace(x, participants=gone(x.participants), shared=gone(x.shared),
                                    response=gone(x.response), agreed=gone(x.agreed),
                                    not_held_reason=gone(x.not_held_reason),
                                    form_answers=_added(x.form_answers))
                            for x in concern.conversations),
        decisions=tuple(replace(x, anchored_with=gone(x.anchored_with), note=gone(x.note),
                                form_answers=_added(x.form_answers)) for x in concern.decisions),
        actions=tuple(_action(a, gone(a.responsible)) for a in concern.actions),
        history=tuple(replace(x, reason=t(LEFT_OUT)) for x in concern.history),
    )


def _added(answers: FormAnswers) -> FormAnswers:
    """Answers to a municipality's added questions: every single text is left out (it may be free
    text), lists of chosen options stay."""
    return {k: (t(LEFT_OUT) if isinstance(v, str) else v) for k, v in answers.items()}


def _action(action: Action, responsible: str) -> Action:
    evaluations = tuple(replace(e, text=t(LEFT_OUT)) for e in action.evaluations)
    return replace(action, measure=t(LEFT_OUT), responsible=responsible, evaluations=evaluations)


def consent_purpose(consent: Consent, ctx: DocumentContext) -> str:
    """The purpose's wording when it is one of the catalogue's, else «Utelatt» (it was typed freely)."""
    return ctx.purpose(consent.purpose) if ctx.is_catalogue_purpose(consent.purpose) else t(LEFT_OUT)
