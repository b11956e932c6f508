"""Prints a completed Barnearket conversation with the question texts of the form version it used."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from barnearket.domain import forms as f
from barnearket.domain.language import t
from barnearket.domain.model import Case, Child, JsonValue, Sheet
from barnearket.reports.blocks import fields, heading, note
from barnearket.reports.context import DocumentContext
from barnearket.reports.redact import LEFT_OUT
from barnearket.reports.text import fmt_date, fmt_datetime, or_dash

ChildName = Callable[[Child], str]
_FREE_TEXT = frozenset({f.QuestionType.TEXT, f.QuestionType.LONG_TEXT, f.QuestionType.PERSON})


def latest_for_child(case: Case, child_id: int) -> Sheet | None:
    """The newest completed conversation holding answers about this child."""
    sheets = [s for s in case.sheets if s.is_completed and s.answers_for(child_id)]
    return max(sheets, key=lambda s: s.version, default=None)


def sheet_part(case: Case, ctx: DocumentContext, name: ChildName, with_children: bool) -> list[Flowable]:
    """The latest completed conversation, then per child the latest one that answered for it."""
    out: list[Flowable] = [heading("Barnearket")]
    latest = case.latest_sheet()
    if latest is None:
        return [*out, note("Ingen fullført samtale med Barnearket er registrert.")]
    form = _form(ctx, latest)
    out += [_sheet_facts(latest, form, ctx, with_children),
            *_answer_blocks(latest, form, None, ctx, free_text=with_children)]
    if not with_children:
        return [*out, note("Svarene om hvert enkelt barn og fritekstsvarene er utelatt fra dette "
                           "sammendraget.")]
    for child in case.children:
        sheet = latest_for_child(case, child.id)
        if sheet is None:
            continue
        when = "" if sheet is latest else " " + t("(samtale {date})", date=fmt_date(sheet.held_on))
        out.append(heading(t("Om {name}", name=name(child)) + when, 2))
        out += _answer_blocks(sheet, _form(ctx, sheet), child.id, ctx, level=3)
    return out


def every_sheet_part(case: Case, ctx: DocumentContext, name: ChildName) -> list[Flowable]:
    """Every conversation of the case, oldest first, with the questions of the version it was asked
    under: the answers about the parent, then about each child of the case (innsyn shows them all)."""
    out: list[Flowable] = []
    for sheet in sorted(case.sheets, key=lambda s: s.version):
        form = _form(ctx, sheet)
        title = (t("Samtale {version} (fullført)", version=sheet.version) if sheet.is_completed
                 else t("Samtale {version} (ikke fullført)", version=sheet.version))
        out += [heading(title, 2), _sheet_facts(sheet, form, ctx, True),
                *_answer_blocks(sheet, form, None, ctx, level=3)]
        for child in case.children:
            if sheet.answers_for(child.id):
                out.append(heading(f"Om {name(child)}", 3))
                out += _answer_blocks(sheet, form, child.id, ctx, level=3)
        if sheet.quick_notes.strip():
            out.append(fields([("Stikkord fra samtalen", sheet.quick_notes)]))
    return out


def _form(ctx: DocumentContext, sheet: Sheet) -> f.Sheet | None:
    if ctx.forms is None:
        return None
    try:
        return ctx.forms.get_as(sheet.form_id, sheet.form_version, f.Sheet)
    except (f.FormNotFoundError, TypeError):
        return None


def _sheet_facts(sheet: Sheet, form: f.Sheet | None, ctx: DocumentContext, free_text: bool) -> Flowable:
    completed = t("{date} av {name}", date=fmt_datetime(sheet.completed_at),
                  name=ctx.worker(sheet.completed_by))
    return fields([
        ("Samtalen ble holdt", fmt_date(sheet.held_on)),
        ("Deltakere", or_dash(sheet.participants) if free_text else t(LEFT_OUT)),
        ("Skjema", t("{form}, versjon {version}", form=form.title if form else sheet.form_id,
                     version=sheet.form_version)),
        ("Fullført", completed),
    ])


def _answer_blocks(sheet: Sheet, form: f.Sheet | None, child_id: int | None, ctx: DocumentContext,
                   level: int = 2, *, free_text: bool = True) -> list[Flowable]:
    answers = sheet.answers_for(child_id)
    if form is None:
        pairs = [(qid, _plain(v) if free_text or not isinstance(v, str) else t(LEFT_OUT))
                 for qid, v in answers.items() if _given(v)]
        hint = note(t("Skjemaet «{form}» versjon {version} er ikke lastet; spørsmålene vises med sine id-er.",
                      form=sheet.form_id, version=sheet.form_version))
        return [hint, fields(pairs)] if pairs else [hint]
    out: list[Flowable] = []
    for section in form.sections:
        if section.per_child != (child_id is not None):
            continue
        pairs = [(q.label, _answer(q, answers.get(q.id), ctx.forms)
                  if free_text or q.type not in _FREE_TEXT else t(LEFT_OUT))
                 for q in section.questions if _given(answers.get(q.id))]
        if pairs:
            out += [heading(section.label, level), fields(pairs, label_width=80 * mm)]
    return out


def _given(value: JsonValue) -> bool:
    return value not in (None, "", [], {})


def _answer(question: f.Question, value: JsonValue, library: f.FormLibrary | None) -> str:
    if question.type.has_options and library is not None:
        ids = value if isinstance(value, list) else [value]
        labels = [library.option_label(question, str(i)) or str(i) for i in ids]
        return ", ".join(labels)
    if question.type is f.QuestionType.DATE and isinstance(value, str):
        try:
            return fmt_date(date.fromisoformat(value))
        except ValueError:
            return value
    return _plain(value)


def _plain(value: JsonValue) -> str:
    if isinstance(value, bool):
        return t("Ja") if value else t("Nei")
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain(v)}" for k, v in value.items())
    return "" if value is None else str(value)
