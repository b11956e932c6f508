"""Questions forms/ does not hold (reopening, evaluation date, consent, which child), declared once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from barnearket.domain.forms import Option, Question, QuestionType, StepGuide
from barnearket.domain.model import Child, ConsentForm, ConsentGiver, label
from barnearket.domain.model.enums import ConsentAnswer

T = QuestionType


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: tr+=_tr, context ""


def _q(qid: str, qtype: QuestionType, text: str, help_text: str, **extra: object) -> Question:
    return Question(id=qid, type=qtype, label=text, help=help_text, **extra)  # type: ignore[arg-type]


def reopen_questions() -> tuple[Question, ...]:
    """Date and reason for reopening a closed concern."""
    return (
        _q("reopened_on", T.DATE, _tr("Dato"), _tr("Datoen bekymringen ble tatt opp igjen.")),
        _q(
            "reopen_reason",
            T.LONG_TEXT,
            _tr("Hvorfor åpnes bekymringen igjen?"),
            _tr("Skriv hva som har skjedd siden bekymringen ble avsluttet."),
            required=True,
        ),
    )


def evaluation_questions(guide: StepGuide) -> tuple[Question, ...]:
    """The evaluation of one action: its date, what it showed, the next date and the new status."""
    step = guide.step("follow_up")
    by_id = {q.id: q for q in step.questions}
    evaluated = _q(
        "evaluated_on",
        T.DATE,
        _tr("Dato for evalueringen"),
        _tr("Datoen dere evaluerte tiltaket."),
        required=True,
    )
    found = by_id["evaluation"]
    return (
        evaluated,
        _with(found, required=True),
        _with(by_id["evaluate_on"], label=_tr("Neste evaluering"), required=False),
        _with(by_id["action_status"], required=False),
    )


def _with(question: Question, **changes: object) -> Question:
    from dataclasses import replace

    return replace(question, **changes)  # type: ignore[arg-type]


def child_question(children: Sequence[Child]) -> Question:
    """Which child the new concern is about."""
    options = tuple(Option(str(c.id), c.name) for c in children)
    return _q(
        "child_id",
        T.CHOICE,
        _tr("Hvilket barn gjelder bekymringen?"),
        _tr("Lag én bekymring for hvert barn, også når flere søsken er berørt."),
        required=True,
        options=options,
    )


def consent_questions(children: Sequence[Child],
                      recipients: Sequence[Option] | None = None) -> tuple[Question, ...]:
    """The answer (given or refused), who answered, for what, to whom, how, and for how long.

    `recipients` are the services to offer plus the adult relatives (None: the services catalogue)."""
    answers = tuple(Option(a.value, label(a)) for a in ConsentAnswer)
    givers = tuple(Option(g.value, label(g)) for g in ConsentGiver)
    forms = tuple(Option(f.value, label(f)) for f in ConsentForm)
    kids = tuple(Option(str(c.id), c.name) for c in children)
    return (
        _q(
            "answer",
            T.CHOICE,
            _tr("Svar"),
            _tr("Registrer også et nei: da vet alle at det er spurt. Et nei stopper aldri en "
                "bekymringsmelding til barnevernet."),
            required=True,
            options=answers,
        ),
        _q(
            "given_by",
            T.CHOICE,
            _tr("Hvem svarte?"),
            _tr("Barnet kan samtykke selv fra det er fylt 15 år."),
            required=True,
            options=givers,
        ),
        _q(
            "consent_child",
            T.CHOICE,
            _tr("Hvilket barn gjelder det?"),
            _tr("La stå tomt hvis samtykket gjelder alle barna."),
            options=kids,
        ),
        _q(
            "purpose",
            T.CHOICE,
            _tr("Formål"),
            _tr("Hva opplysningene skal brukes til."),
            required=True,
            options_from="samtykkeformal",
        ),
        _q(
            "recipients",
            T.SERVICE_LIST,
            _tr("Hvem kan vi dele med?"),
            _tr("Bare de som er krysset av her, er dekket av samtykket. Voksne pårørende: skriv hvem i "
                "merknaden. En voksen bruker bestemmer selv om pårørende skal informeres eller tas med."),
            required=True,
            options=tuple(recipients or ()),
            options_from=None if recipients else "tjenester",
        ),
        _q(
            "form",
            T.CHOICE,
            _tr("Skriftlig eller muntlig?"),
            _tr("Et muntlig samtykke bør skrives ned og leses opp for den som gir det."),
            required=True,
            options=forms,
        ),
        _q("given_on", T.DATE, _tr("Dato for svaret"), _tr("Datoen samtykket ble gitt eller nektet."),
           required=True),
        _q(
            "expires_on",
            T.DATE,
            _tr("Gyldig til"),
            _tr("La stå tomt hvis samtykket gjelder til det trekkes. Brukes ikke når svaret er nei."),
        ),
        _q("note", T.LONG_TEXT, _tr("Merknad"), _tr("For eksempel forbehold eller hva som ikke skal deles.")),
    )
