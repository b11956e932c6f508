"""Prints a concern with its step history: observations, consultations, talks, decisions, actions, reports."""

from __future__ import annotations

from reportlab.platypus import Flowable

from barnearket.domain.forms import FormNotFoundError, StepGuide
from barnearket.domain.forms.standard import STEPS_ID
from barnearket.domain.forms.stepanswers import answer_text
from barnearket.domain.language import t
from barnearket.domain.model import Concern, FormAnswers, Observation, Report, Scale, label
from barnearket.domain.rules.deadlines import report_due_dates
from barnearket.domain.rules.steps import step_progress
from barnearket.reports.blocks import fields, grid, heading, note, para
from barnearket.reports.context import DocumentContext
from barnearket.reports.text import EMPTY, fmt_date, fmt_datetime, joined, or_dash


def concern_part(concern: Concern, number: int, child_name: str, ctx: DocumentContext) -> list[Flowable]:
    """One concern: its facts, then each kind of step entry as its own table."""
    out: list[Flowable] = [heading(t("Bekymring {n}: {name}", n=number, name=child_name), 2),
                           _facts(concern, ctx)]
    for part in (_observations, _consultations, _conversations, _decisions, _actions,
                 _evaluations, _reports, _levels, _history):
        out += part(concern, ctx)
    missing = step_progress(concern).missing
    if missing:
        out.append(note(t("Steg uten registreringer: {steps}.", steps=", ".join(label(s) for s in missing))))
    return out


def _facts(concern: Concern, ctx: DocumentContext) -> Flowable:
    level = ctx.level(concern.level) + ("\n" + t("Foreldrene: {level}",
                                                   level=ctx.level(concern.parent_level, Scale.PARENT))
                                        if concern.parent_level is not None else "")
    return fields([
        ("Oppstod", fmt_date(concern.arose_on)),
        ("Status", label(concern.status)),
        ("Bekymringsnivå", level),
        ("Kategorier", joined(sorted(ctx.category(c) for c in concern.categories))),
        ("Beslutning innen", fmt_date(concern.decision_due)),
        ("Beskrivelse", or_dash(concern.description)),
    ])


def _table(title: str, header: list[str], rows: list[list[str]], widths: list[float]) -> list[Flowable]:
    return [heading(title, 3), grid(header, rows, widths)] if rows else []


def _observations(c: Concern, ctx: DocumentContext) -> list[Flowable]:
    rows = [[fmt_date(o.observed_on), joined([o.text, *_observation_extras(o), *_lines(
        _added(o.form_answers, "concretise", ctx))], "\n"), ctx.worker(o.by)] for o in c.observations]
    return _table("Observasjoner", ["Dato", "Hva ble sett eller hørt", "Registrert av"], rows, [2, 9, 3])


def _observation_extras(o: Observation) -> list[str]:
    extras = [f"Bekymret siden: {o.worried_since}"] if o.worried_since.strip() else []
    earlier = {"ja": "Ja", "nei": "Nei", "uavklart": "Uavklart"}.get(o.earlier_concerns)
    return extras + ([f"Bekymring før: {earlier}"] if earlier else [])


def _added(answers: FormAnswers, step_id: str, ctx: DocumentContext) -> list[tuple[str, str]]:
    """(question, answer) for the questions a municipality added to the step, in the form's order
    (by id, when the forms are not at hand or no longer hold the question)."""
    if not answers:
        return []
    questions = {}
    if ctx.forms is not None:
        try:
            step = ctx.forms.latest_as(STEPS_ID, StepGuide).step(step_id)
            questions = {q.id: q for q in step.questions}
        except (FormNotFoundError, KeyError, TypeError):
            questions = {}
    order = [q for q in questions if q in answers] + sorted(answers.keys() - questions.keys())
    out = []
    for question_id in order:
        question = questions.get(question_id)
        value = answers[question_id]
        if question is not None and ctx.forms is not None:
            out.append((question.label, answer_text(ctx.forms, question, value, fmt_date)))
        else:
            out.append((question_id, ", ".join(map(str, value)) if isinstance(value, list) else str(value)))
    return [(q, a) for q, a in out if a.strip()]


def _lines(pairs: list[tuple[str, str]]) -> list[str]:
    return [f"{q}: {a}" for q, a in pairs]


def _consultations(c: Concern, ctx: DocumentContext) -> list[Flowable]:
    rows = [[fmt_date(x.held_on), label(x.with_whom) + (" " + t("(anonymt)") if x.anonymous else ""),
             joined([x.counterpart, x.summary, *_lines(_added(x.form_answers, "share", ctx))], "\n"),
             ctx.worker(x.by)] for x in c.consultations]
    return _table("Drøftinger", ["Dato", "Med", "Innhold", "Registrert av"], rows, [2, 2.6, 6.4, 3])


def _conversations(c: Concern, ctx: DocumentContext) -> list[Flowable]:
    out: list[Flowable] = []
    for talk in c.conversations:
        if not talk.held:
            title = t("Samtale med foreldrene ikke holdt (registrert {date})", date=fmt_date(talk.held_on))
            out += [heading(title, 3),
                    fields([("Hvorfor ikke", or_dash(talk.not_held_reason)),
                            *_added(talk.form_answers, "conversation", ctx),
                            ("Registrert av", ctx.worker(talk.by))])]
            continue
        out += [heading(t("Samtale med foreldrene {date}", date=fmt_date(talk.held_on)), 3), fields([
            ("Deltakere", or_dash(talk.participants)), ("Hva ble delt", or_dash(talk.shared)),
            ("Foreldrenes respons", or_dash(talk.response)), ("Avtalt", or_dash(talk.agreed)),
            *_added(talk.form_answers, "conversation", ctx), ("Registrert av", ctx.worker(talk.by))])]
    return out


def _decisions(c: Concern, ctx: DocumentContext) -> list[Flowable]:
    rows = [[fmt_date(d.decided_on), label(d.outcome), or_dash(d.anchored_with),
             joined(sorted(ctx.service(r) for r in d.recipients)),
             or_dash(joined([d.note, *_lines(_added(d.form_answers, "decision", ctx))], "\n"))]
            for d in c.decisions]
    return _table("Beslutninger", ["Dato", "Beslutning", "Forankret med", "Deler med", "Merknad"],
                  rows, [2, 3.4, 2.4, 3.4, 3.2])


def _actions(c: Concern, ctx: DocumentContext) -> list[Flowable]:
    rows = [[a.measure, or_dash(a.responsible), fmt_date(a.deadline), fmt_date(a.evaluate_on),
             label(a.status)] for a in c.actions]
    return _table("Tiltak", ["Tiltak", "Ansvarlig", "Frist", "Evalueres", "Status"], rows,
                  [6, 3, 2, 2, 2])


def _evaluations(c: Concern, ctx: DocumentContext) -> list[Flowable]:
    rows = [[a.measure, fmt_date(e.evaluated_on), e.text, ctx.worker(e.by)]
            for a in c.actions for e in a.evaluations]
    return _table("Evalueringer", ["Tiltak", "Dato", "Funn", "Av"], rows, [4, 2, 6, 3])


def report_tracking(report: Report, ctx: DocumentContext) -> list[str]:
    """One row about a report version: status, delivery, reference and child welfare's due dates."""
    due = report_due_dates(report.sent_on, ctx.rules) if report.sent_on else None
    deadlines = (t("Vurdert innen {date}", date=fmt_date(due.assessment_by)) + "\n"
                 + t("Svar innen {date}", date=fmt_date(due.feedback_by)) if due else EMPTY)
    status = label(report.status)
    if report.sent_on:
        status += f" {fmt_date(report.sent_on)}" + (f"\n{label(report.channel)}" if report.channel else "")
    return [f"{report.series}.{report.version}", label(report.recipient), status,
            or_dash(report.portal_reference), deadlines, fmt_date(report.feedback_on)]


def _reports(c: Concern, ctx: DocumentContext) -> list[Flowable]:
    rows = [report_tracking(r, ctx) for r in sorted(c.reports, key=lambda r: (r.series, r.version))]
    header = ["Versjon", "Mottaker", "Status", "Referanse", "Frister", "Svar mottatt"]
    return _table("Meldinger og henvisninger", header, rows, [1.6, 3.3, 3.2, 2.7, 3.2, 2])


def _levels(c: Concern, ctx: DocumentContext) -> list[Flowable]:
    rows = [[fmt_datetime(x.at), label(x.scale), ctx.level(x.level, x.scale), or_dash(x.note),
             ctx.worker(x.by)] for x in c.levels]
    return _table("Endringer i bekymringsnivå", ["Tidspunkt", "Skala", "Nivå", "Begrunnelse", "Av"],
                  rows, [2.4, 2.2, 4.4, 4.0, 2.4])


def _history(c: Concern, ctx: DocumentContext) -> list[Flowable]:
    rows = [[fmt_date(e.on), label(e.kind), e.reason, ctx.worker(e.by)] for e in c.history]
    return _table("Avslutning og gjenåpning", ["Dato", "Hendelse", "Begrunnelse", "Av"], rows,
                  [2, 2.4, 7, 3])


def no_concerns() -> Flowable:
    """The line shown when a case has no concerns."""
    return para(t("Ingen bekymringer er registrert i saken."))
