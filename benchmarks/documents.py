"""Benchmarks of the documents: a journal summary of a large family, and a batch of 100."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.reports.names import DocumentKind
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.documents import generate_document
from barnearket.storage import kdf
from barnearket.storage.opening import create_case_file
from barnearket.storage.orm.users import Unit
from benchmarks.common import figure, median_ms
from tests.reports.built import build_family, set_up_sender

BATCH = 100


def _measure(folder: Path) -> tuple[float, float]:
    case_file = create_case_file(folder / "maaling.barnearket", login="maaler",
                                 full_name="Måler Čeavrris", passphrase="en lang nok passordfrase",
                                 kdf_params=kdf.fast_params_for_tests())
    try:
        assert case_file.user is not None
        actor = Actor(case_file.user.id, "maaler", Role.ADMIN)
        with case_file.session() as session, session.begin():
            unit = Unit(name="Rustjenesten", service="rus")
            session.add(unit)
            session.flush()
            ctx = ServiceContext(session, actor, SystemClock())
            set_up_sender(ctx, actor.user_id)
            case_id = build_family(ctx, unit.id, kids=5, worries=3).case_id
            generate_document(ctx, case_id, DocumentKind.SUMMARY)  # warm caches: fonts, form library
            one = median_ms(lambda: generate_document(ctx, case_id, DocumentKind.SUMMARY))
            started = time.perf_counter()
            for _ in range(BATCH):
                generate_document(ctx, case_id, DocumentKind.SUMMARY)
            batch = time.perf_counter() - started
    finally:
        case_file.close()
    return one, batch


def run() -> list[dict[str, Any]]:
    """documents.summary_ms (median of 5, 5 children, 3 concerns) and documents.batch100_s."""
    with tempfile.TemporaryDirectory() as folder:
        one, batch = _measure(Path(folder))
    return [figure("documents.summary_ms", one, "ms"), figure("documents.batch100_s", batch, "s")]


