"""The columns of each concern table: observations, consultations, talks, decisions, actions and more."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from barnearket.domain.forms import FormLibrary, Question
from barnearket.domain.forms.stepanswers import answer_text
from barnearket.domain.model import label
from barnearket.ui.concern.records import Column
from barnearket.ui.formwidgets.dates import format_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: tr+=_tr, context ""


def _date(attr: str) -> Column:
    def text(record: Any) -> str:
        return format_date(getattr(record, attr))

    def sort(record: Any) -> str:
        value = getattr(record, attr)
        return value.isoformat() if value else ""

    return Column(_tr("Dato"), text, sort)


def _field(title: str, attr: str) -> Column:
    return Column(title, lambda r: " ".join(str(getattr(r, attr) or "").split()))


def observation_columns() -> list[Column]:
    """Date and what was seen or heard."""
    return [_date("observed_on"), _field(_tr("Hva som ble sett eller hørt"), "text")]


def consultation_columns() -> list[Column]:
    """Date, with whom, anonymous or not, name and advice."""

    def anonymous(r: Any) -> str:
        return _tr("Ja") if r.anonymous else _tr("Nei")

    return [
        _date("held_on"),
        Column(_tr("Med"), lambda r: label(r.with_whom)),
        Column(_tr("Anonym"), anonymous),
        _field(_tr("Navn og rolle"), "counterpart"),
        _field(_tr("Råd og vurderinger"), "summary"),
    ]


def conversation_columns() -> list[Column]:
    """Date, who took part, what was shared, the response and what was agreed;
    a conversation that was not held says so, with the reason where the content would be."""
    who, shared = _field(_tr("Hvem var med"), "participants"), _field(_tr("Lagt fram"), "shared")

    def participants(r: Any) -> str:
        return who.text(r) if r.held else _tr("Ikke holdt")

    def content(r: Any) -> str:
        return shared.text(r) if r.held else " ".join(r.not_held_reason.split())

    return [
        _date("held_on"),
        Column(who.title, participants),
        Column(shared.title, content),
        _field(_tr("Foreldrenes respons"), "response"),
        _field(_tr("Avtalt"), "agreed"),
    ]


def decision_columns(library: FormLibrary) -> list[Column]:
    """Date, outcome, anchored with and the reasons."""

    def outcome(r: Any) -> str:
        return library.option_label(_outcome_question(library), str(r.outcome)) or label(r.outcome)

    return [
        _date("decided_on"),
        Column(_tr("Beslutning"), outcome),
        _field(_tr("Forankret hos"), "anchored_with"),
        _field(_tr("Begrunnelse"), "note"),
    ]


def added_columns(library: FormLibrary, questions: list[Question]) -> list[Column]:
    """One column per question a municipality added to the step, titled with its label."""

    def column(question: Question) -> Column:
        def shown(r: Any) -> str:
            value = r.form_answers.get(question.id)
            return " ".join(answer_text(library, question, value, format_date).split())

        return Column(question.label, shown)

    return [column(q) for q in questions]


def action_columns() -> list[Column]:
    """Measure, responsible, deadline, evaluation date, status and number of evaluations."""
    deadline, evaluate = _date("deadline"), _date("evaluate_on")
    return [
        _field(_tr("Tiltak"), "measure"),
        _field(_tr("Ansvarlig"), "responsible"),
        Column(_tr("Frist"), deadline.text, deadline.sort),
        Column(_tr("Evalueres"), evaluate.text, evaluate.sort),
        Column(_tr("Status"), lambda r: label(r.status)),
        Column(_tr("Evaluert"), lambda r: str(len(r.evaluations)), lambda r: len(r.evaluations)),
    ]


def evaluation_columns() -> list[Column]:
    """Date and what the evaluation found."""
    return [_date("evaluated_on"), _field(_tr("Hva evalueringen viste"), "text")]


def level_columns(scale_label: Any) -> list[Column]:
    """When, which scale, and the level with its name."""
    return [
        Column(_tr("Dato"), lambda r: format_date(r.at.date()), lambda r: r.at.isoformat()),
        Column(_tr("Gjelder"), lambda r: label(r.scale)),
        Column(_tr("Nivå"), lambda r: scale_label(r.scale, r.level), lambda r: r.level),
        _field(_tr("Merknad"), "note"),
    ]


def history_columns() -> list[Column]:
    """Closures and reopenings with date and reason."""
    return [
        _date("on"),
        Column(_tr("Hendelse"), lambda r: label(r.kind)),
        _field(_tr("Begrunnelse"), "reason"),
    ]


def consent_columns(service_name: Any, today: Any = None, purpose_name: Any = None) -> list[Column]:
    """State (in force, refused, withdrawn, expired), who answered, purpose, recipients, form, the
    answer's date, expiry and withdrawal; `today()` gives the day the state is judged on."""
    from datetime import date

    from barnearket.domain.rules.consent import STATE_LABELS, consent_state

    def recipients(r: Any) -> str:
        return ", ".join(sorted(service_name(s) for s in r.recipients))

    def state(r: Any) -> str:
        return _tr(STATE_LABELS[consent_state(r, today() if today else date.today())])

    expires, withdrawn = _date("expires_on"), _date("withdrawn_on")
    return [
        Column(_tr("Status"), state),
        Column(_tr("Svart av"), lambda r: label(r.given_by)),
        Column(_tr("Formål"), lambda r: purpose_name(r.purpose) if purpose_name else r.purpose),
        Column(_tr("Mottakere"), recipients),
        Column(_tr("Form"), lambda r: label(r.form)),
        _date("given_on"),
        Column(_tr("Gyldig til"), expires.text, expires.sort),
        Column(_tr("Trukket"), withdrawn.text, withdrawn.sort),
    ]


def _outcome_question(library: FormLibrary) -> Any:
    from barnearket.domain.forms import StepGuide
    from barnearket.domain.forms.standard import STEPS_ID

    return library.latest_as(STEPS_ID, StepGuide).question("outcome")
