"""A refused consent is printed as refused, with its date, in the summary and on the consent form."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

from barnearket.domain.model.enums import ConsentAnswer
from barnearket.reports.consent import render_consent
from barnearket.reports.summary import render_summary
from tests.reports import pdfcheck
from tests.reports.factory import context, sample_case


def test_a_refusal_reads_as_refused_in_both_documents() -> None:
    case = sample_case()
    refused = replace(case.consents[0], answer=ConsentAnswer.REFUSED, given_on=date(2026, 2, 3),
                      expires_on=None)
    case = replace(case, consents=(refused,))
    summary, form = io.BytesIO(), io.BytesIO()
    render_summary(case, context(), summary)
    render_consent(case, context(), form, consent=refused)
    assert "Nektet 03.02.2026" in pdfcheck.flat(summary.getvalue())
    text = pdfcheck.flat(form.getvalue())
    assert "Samtykke ble nektet 03.02.2026" in text and "gjelder fra" not in text


def test_the_summary_says_when_the_user_is_under_18() -> None:
    case = sample_case()
    young = replace(case, parent=replace(case.parent, birth_date=date(2010, 1, 5)))
    stream, adult = io.BytesIO(), io.BytesIO()
    render_summary(young, context(), stream)
    render_summary(case, context(), adult)
    text = pdfcheck.flat(stream.getvalue())
    assert "Under 18 år Ja, 16 år. Meldeplikten gjelder også for brukeren selv." in text
    assert "Under 18 år" not in pdfcheck.flat(adult.getvalue())
