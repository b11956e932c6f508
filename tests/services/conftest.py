"""Fixtures for the service tests: every test runs on the case file and on the server."""

from tests.seam.both import case_file
from tests.services.demo_export import demo_cases, demo_export, demo_path
from tests.services.import_setup import (
    export_doc,
    richest_export,
    richest_places,
    richest_text,
    target,
    target_before,
)
from tests.services.overview_town import made, seeded, town
from tests.services.starting_points import (
    action_concern,
    case_id,
    heaika_concern,
    report_concern,
    report_id,
    step_concern,
)
from tests.services.support import world

__all__ = [
    "action_concern",
    "case_file",
    "case_id",
    "demo_cases",
    "demo_export",
    "demo_path",
    "export_doc",
    "heaika_concern",
    "made",
    "report_concern",
    "report_id",
    "richest_export",
    "richest_places",
    "richest_text",
    "seeded",
    "step_concern",
    "target",
    "target_before",
    "town",
    "world",
]
