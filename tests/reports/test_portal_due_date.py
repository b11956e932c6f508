"""The unborn child's due date reaches the portal JSON (in the message, the schema's only free place)."""

from __future__ import annotations

from barnearket.reports.report_draft import build_report_draft
from barnearket.services.portal import portal_message
from tests.reports.factory import CHILDREN, NOW, context, sample_case
from tests.reports.test_portal import assert_valid


def test_the_due_date_opens_the_message() -> None:
    message = portal_message(build_report_draft(sample_case(), context(), [3]), NOW)
    first = message["melding"]["melding"].splitlines()[0]
    assert first == f"{CHILDREN[2]} er ikke født ennå. Termin: 10.06.2026."
    assert message["offentligBarn"][0]["ufoedt"] is True
    born = portal_message(build_report_draft(sample_case(), context(), [1]), NOW)
    assert "Termin" not in born["melding"]["melding"]


def test_the_message_with_a_due_date_validates() -> None:
    assert_valid(portal_message(build_report_draft(sample_case(), context(), [1, 3]), NOW))
