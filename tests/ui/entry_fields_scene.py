"""A case open in the real main window (on a case file, then on the server) and a colleague, Siv, who
corrects its observation or decision in a session of her own while the window's correction is open
(the field-by-field conflict tests of issue 14, point 1)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

from barnearket.app import Barnearket
from barnearket.domain.clock import SystemClock
from barnearket.domain.model import ChildDetails, DecisionOutcome
from barnearket.domain.roles import Role
from barnearket.services import concerns, steps
from barnearket.services.children import add_child
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage import accounts, kdf
from barnearket.storage.casefile import CaseFile
from barnearket.storage.location import StoreLocation
from barnearket.storage.store import open_store
from barnearket.ui.edit.child import service_items
from tests.ui.conftest import ClosedStore, add_case

SIV, SIV_NAME, SIV_PASS = "siv", "Siv Ánde Ŋuolas-Ødegård", "Siv sitt lange passord æøå"
UNIT = "Psykisk helse og rus Nord"
"""The unit `add_case` makes with the window's person in it (Siv joins it on the server)."""


@dataclass(frozen=True)
class EntryScene:
    """The window's root, the case and its concern, and where Siv logs in."""

    root: Barnearket
    closed: ClosedStore
    case_id: int
    concern_id: int
    siv_id: int

    @contextmanager
    def siv_writes(self) -> Iterator[ServiceContext]:
        """One unit of work as Siv: on the server over her own login and connection, on a file in a
        session of its own with her id on every row and log entry."""
        forms = self.root.ctx.forms
        if not self.closed.on_server:
            case_file = self.root.ctx.case_file
            assert case_file is not None
            with case_file.session() as session, session.begin():
                session.info["actor_id"] = self.siv_id
                yield ServiceContext(session, Actor(self.siv_id, SIV, Role.ADMIN), SystemClock(), forms)
            return
        assert self.closed.options.server is not None
        store = open_store(StoreLocation.server(self.closed.options.server), login=SIV, passphrase=SIV_PASS)
        try:
            with store.session() as session, session.begin():
                actor = Actor(self.siv_id, SIV, Role.SAKSBEHANDLER)
                yield ServiceContext(session, actor, SystemClock(), forms)
        finally:
            store.close()


def days_ago(days: int) -> date:
    """A day in the past (entries may not be dated ahead)."""
    return date.today() - timedelta(days=days)


def make_entry_scene(root: Barnearket, closed: ClosedStore) -> EntryScene:
    """A case with a child, a concern, an observation and a decision to cooperate with the first
    service of the list; Siv may write in its unit."""
    case_id = add_case(root, "Áilu Čeavrris-Ødegård")
    with root.ctx.unit_of_work() as sctx:
        child = add_child(sctx, case_id, ChildDetails(name="Máret Ŋuolas", birth_date=date(2015, 4, 9)))
        concern = concerns.open_concern(sctx, case_id, child, level=2, description="Uro.")
        steps.add_observation(sctx, concern, "Kom uten yttertøy", observed_on=days_ago(35))
        steps.record_decision(sctx, concern, DecisionOutcome.COOPERATE, note="Vi samarbeider",
                              anchored_with="Leder", decided_on=days_ago(17),
                              recipients=[service_items(root.ctx.forms)[0][0]])
    siv_id = _add_siv(root, closed)
    assert root.main is not None
    root.main.open_case(case_id)
    return EntryScene(root, closed, case_id, concern, siv_id)


def _add_siv(root: Barnearket, closed: ClosedStore) -> int:
    case_file = root.ctx.case_file
    if isinstance(case_file, CaseFile):
        return accounts.add_user(case_file, SIV, SIV_NAME, Role.ADMIN, SIV_PASS, kdf.fast_params_for_tests())
    from barnearket.storage.server.setup import add_person
    from tests.server.helpers import ADMIN, PASSWORD

    assert closed.options.server is not None
    admin = open_store(StoreLocation.server(closed.options.server), login=ADMIN, passphrase=PASSWORD)
    try:
        with admin.session() as session, session.begin():
            add_person(session, SIV, SIV_NAME, Role.SAKSBEHANDLER, [UNIT], SIV_PASS)
        siv = open_store(StoreLocation.server(closed.options.server), login=SIV, passphrase=SIV_PASS)
        try:
            assert siv.user is not None
            return siv.user.id
        finally:
            siv.close()
    finally:
        admin.close()
