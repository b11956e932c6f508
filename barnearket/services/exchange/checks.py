"""Checks an imported row against the forms in force and common sense, naming the place on refusal.

The codec has already checked each value's type, length and closed vocabulary. This adds what needs
the forms or other rows of the case: catalogue ids, scale levels, sheet versions and questions with
their options, who may consent at what age, and dates that make sense for what they are.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime, timedelta
from typing import Any

from barnearket.domain.forms import QuestionType
from barnearket.domain.forms.validate import AnswerMismatchError, check_answer
from barnearket.domain.model import ConsentGiver
from barnearket.domain.rules.ages import age_on
from barnearket.services.context import ServiceContext
from barnearket.services.exchange.codec import ExchangeError
from barnearket.services.exchange.vocab import Vocabulary, vocabulary
from barnearket.services.settings import load_rules

OLDEST_BIRTH = date(1900, 1, 1)
OLDEST_EVENT = date(2000, 1, 1)
FUTURE_YEARS = 50
"""Deadlines, expiry and follow-up dates may lie ahead (and another machine's clock may be ahead of
this one), but not further than this."""
BIRTH_COLUMNS = frozenset({"parent_birth_date", "birth_date"})
CATALOGUE = {"categories": "categories", "services": "services", "recipients": "services"}


class RowChecker:
    """Remembers what earlier rows of the same case said (the children's birth dates)."""

    def __init__(self, ctx: ServiceContext, *, trusted: bool = False) -> None:
        self.vocab: Vocabulary = vocabulary(ctx)
        self.trusted = trusted
        self.today = ctx.clock.today()
        self.now = ctx.clock.now()
        self.consent_age = load_rules(ctx.session, ctx.forms).own_consent_age
        self._births: dict[int, date | None] = {}

    def ids(self, key: str, values: frozenset[str], path: str) -> None:
        """Catalogue ids (categories, services, recipients) must be in the loaded lists."""
        known = getattr(self.vocab, CATALOGUE.get(key, key), None)
        if known is not None and not values <= known:
            raise ExchangeError(path, "inneholder en verdi som ikke finnes i kodelisten som er i bruk")

    def row(self, table: str, row_id: int, values: dict[str, Any], path: str) -> None:
        """Check one decoded row of `table` (its columns in `values`)."""
        if not self.trusted:
            self._dates(values, path)
        check = getattr(self, f"_{table}", None)
        if check is not None:
            check(row_id, values, path)

    def _dates(self, values: dict[str, Any], path: str) -> None:
        for column, value in values.items():
            problem = self._date_problem(column, value)
            if problem:
                raise ExchangeError(f"{path}.{column}", problem)

    def _date_problem(self, column: str, value: object) -> str | None:
        if isinstance(value, datetime):
            oldest = datetime(OLDEST_EVENT.year, 1, 1, tzinfo=UTC)
            ok = oldest <= value <= self.now + timedelta(days=366 * FUTURE_YEARS)
            return None if ok else f"tidspunktet er urimelig (før 2000 eller over {FUTURE_YEARS} år fram)"
        if not isinstance(value, date):
            return None
        if column in BIRTH_COLUMNS:
            ok = OLDEST_BIRTH <= value <= self.today
            return None if ok else "fødselsdatoen er urimelig (før 1900 eller fram i tid)"
        ok = OLDEST_EVENT <= value <= self.today + timedelta(days=366 * FUTURE_YEARS)
        return None if ok else f"datoen er urimelig (før 2000 eller mer enn {FUTURE_YEARS} år fram i tid)"

    def _children(self, row_id: int, values: dict[str, Any], path: str) -> None:
        self._births[row_id] = values.get("birth_date")

    def _sheets(self, row_id: int, values: dict[str, Any], path: str) -> None:
        if not self.vocab.forms.versions(values["form_id"]):
            raise ExchangeError(f"{path}.form_id", "skjemaet finnes ikke i programmet")
        if self.vocab.sheet(values["form_id"], values["form_version"]) is None:
            raise ExchangeError(f"{path}.form_version", "denne skjemaversjonen finnes ikke i programmet")

    def _sheet_answers(self, row_id: int, values: dict[str, Any], path: str) -> None:
        sheet = self.vocab.sheet(values["form_id"], values["form_version"])
        if sheet is None:
            raise ExchangeError(f"{path}.form_version", "denne skjemaversjonen finnes ikke i programmet")
        value = json.loads(values["value"])
        try:
            question = sheet.question(values["question_id"])
            options = [o.id for o in self.vocab.forms.options_for(question)]
        except KeyError:
            raise ExchangeError(f"{path}.question_id", "spørsmålet finnes ikke i denne versjonen av "
                                                       "arket") from None
        try:
            check_answer(sheet, values["question_id"], value, per_child=values["child_id"] is not None,
                         option_ids=options)
        except AnswerMismatchError as problem:
            raise ExchangeError(f"{path}.value", str(problem).rstrip(".").lower()) from None
        _answer_type(question.type, value, question.max_length, f"{path}.value")

    def _concerns(self, row_id: int, values: dict[str, Any], path: str) -> None:
        self._level("child", values.get("level"), f"{path}.level")
        self._level("parent", values.get("parent_level"), f"{path}.parent_level")

    def _level_changes(self, row_id: int, values: dict[str, Any], path: str) -> None:
        self._level(values["scale"], values.get("level"), f"{path}.level")

    def _level(self, scale: str, level: int | None, path: str) -> None:
        allowed = self.vocab.levels.get(scale)
        if level is not None and allowed and level not in allowed:
            raise ExchangeError(path, f"nivået finnes ikke på skalaen (gyldige nivåer: "
                                      f"{min(allowed)}–{max(allowed)})")

    def _actions(self, row_id: int, values: dict[str, Any], path: str) -> None:
        service = values.get("service_id")
        if service is not None and service not in self.vocab.services:
            raise ExchangeError(f"{path}.service_id", "tjenesten finnes ikke i kodelisten som er i bruk")

    def _consents(self, row_id: int, values: dict[str, Any], path: str) -> None:
        if values.get("given_by") != ConsentGiver.CHILD.value:
            return
        child = values.get("child_id")
        if child is None:
            raise ExchangeError(f"{path}.child", "samtykke fra barnet selv må gjelde ett bestemt barn")
        birth = self._births.get(child)
        given = values.get("given_on")
        if birth is None or given is None or given < birth or age_on(birth, given) < self.consent_age:
            raise ExchangeError(f"{path}.given_by", f"barnet må ha fylt {self.consent_age} år og ha "
                                                    "kjent fødselsdato for å samtykke selv")


def _answer_type(kind: QuestionType, value: Any, max_length: int | None, path: str) -> None:
    """Texts within the question's length, dates are dates, numbers finite (the service layer lets a
    text question hold other JSON, so that is kept)."""
    if value is None:
        return
    if kind in (QuestionType.TEXT, QuestionType.LONG_TEXT):
        if isinstance(value, str) and max_length is not None and len(value) > max_length:
            raise ExchangeError(path, f"svaret er lengre enn {max_length} tegn")
    elif kind is QuestionType.DATE:
        try:
            day = date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
        except ValueError:
            day = None
        if day is None or not OLDEST_BIRTH <= day <= date(2199, 12, 31):
            raise ExchangeError(path, "svaret skal være en dato ÅÅÅÅ-MM-DD")
    elif kind is QuestionType.NUMBER and (isinstance(value, bool) or not isinstance(value, int | float)
                                          or not math.isfinite(value) or abs(value) > 1e9):
        raise ExchangeError(path, "svaret skal være et endelig tall")
