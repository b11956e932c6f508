"""Every document and every portal export made from the demo generator's data is sound and valid."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from barnearket.reports.names import DocumentKind
from barnearket.services.context import ServiceContext
from barnearket.services.documents import DocumentOptions, generate_document
from barnearket.services.portal import export_report_json
from barnearket.storage.orm.concerns import ConcernRow
from tests.reports import pdfcheck
from tests.reports.test_portal import assert_valid


def test_every_report_json_from_demo_data_validates(demo: ServiceContext, tmp_path: Path) -> None:
    rows = demo.session.execute(select(ConcernRow.case_id, ConcernRow.child_id)).all()
    assert rows, "the demo data has no concerns"
    by_case: dict[int, set[int]] = {}
    for case_id, child_id in rows:
        by_case.setdefault(case_id, set()).add(child_id)
    for case_id, children in by_case.items():
        for chosen in [*([c] for c in sorted(children)), sorted(children)]:
            assert_valid(export_report_json(demo, case_id, tmp_path / "m.json", child_ids=chosen))


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_document_renders_from_demo_data(demo: ServiceContext, kind: DocumentKind) -> None:
    case_ids = sorted({c for c, in demo.session.execute(select(ConcernRow.case_id))})[:4]
    for case_id in case_ids:
        document = generate_document(demo, case_id, kind, DocumentOptions())
        pdfcheck.check_structure(document.data)
        assert document.file_name.startswith(kind.file_stem)
