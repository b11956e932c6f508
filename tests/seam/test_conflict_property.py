"""Three clients read, edit and save the same answer, concern level and action in random order: no
acknowledged write is ever lost unless a later writer had seen it (on a case file and on the server)."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.model import ActionStatus
from barnearket.services import concerns
from barnearket.services.conflicts import version
from barnearket.services.context import ServiceContext
from barnearket.services.corrections import update_action
from barnearket.services.sheets import answer_question
from barnearket.storage.mapping import load_case
from tests.seam.stores import OpenStore
from tests.seam.test_row_versions import family

RECORDS = ("answer", "level", "action")
CLIENTS = 3
WORDS = st.sampled_from(["Mor", "Far", "Ánde", "Máret", "sover", "dårlig", "gråter", "ŋ", "ø"])


@dataclass
class Client:
    """What one client has read: per record, the version and the value it saw."""

    seen: dict[str, tuple[int, object]] = field(default_factory=dict)


@dataclass
class Written:
    """One acknowledged write: its value, the version it was based on and the one it made."""

    value: object
    base: int
    version: int


def run_machine(store: OpenStore, examples: int, steps: int) -> None:
    """Run the state machine against this store."""

    class ThreeClients(RuleBasedStateMachine):
        @initialize()
        def start(self) -> None:
            self.ids = family(store)
            self.clients = [Client() for _ in range(CLIENTS)]
            self.acked: dict[str, list[Written]] = {r: [] for r in RECORDS}
            self.refused = 0
            for client in self.clients:
                for record in RECORDS:
                    client.seen[record] = self._stored(record)

        def _stored(self, record: str) -> tuple[int, object]:
            with store.store.read_session() as session:
                case = load_case(session, self.ids["case"])
            concern = case.concerns[0]
            if record == "level":
                return concern.row_version, concern.level
            if record == "action":
                return concern.actions[0].row_version, concern.actions[0].measure
            answer = next((a for a in case.sheets[0].answers if a.question_id == "parent_situation"), None)
            return (answer.row_version, answer.value) if answer else (0, None)

        @rule(client=st.integers(0, CLIENTS - 1), record=st.sampled_from(RECORDS))
        def read(self, client: int, record: str) -> None:
            self.clients[client].seen[record] = self._stored(record)

        @rule(client=st.integers(0, CLIENTS - 1), record=st.sampled_from(RECORDS),
              words=st.lists(WORDS, min_size=1, max_size=4), level=st.integers(1, 3))
        def save(self, client: int, record: str, words: list[str], level: int) -> None:
            base, _ = self.clients[client].seen[record]
            value: object = level if record == "level" else " ".join(words)
            stored_before, _ = self._stored(record)
            try:
                with store.work() as ctx:
                    version = self._write(ctx, record, value, base)
            except EditConflictError:
                self.refused += 1
                return
            if version != stored_before:  # something was stored (the same value again stores nothing)
                self.acked[record].append(Written(value, base, version))
            self.clients[client].seen[record] = (version, value)

        def _write(self, ctx: ServiceContext, record: str, value: object, base: int) -> int:
            if record == "answer":
                return answer_question(ctx, self.ids["sheet"], "parent_situation", str(value), base=base)
            if record == "level":
                assert isinstance(value, int)
                return concerns.set_level(ctx, self.ids["concern"], value, base=base)
            update_action(ctx, self.ids["action"], str(value), responsible="", deadline=None,
                          evaluate_on=None, status=ActionStatus.PLANNED, base=base)
            return version(ctx, "actions", self.ids["action"])

        @invariant()
        def nothing_acknowledged_is_lost(self) -> None:
            if not hasattr(self, "ids"):
                return
            for record, writes in self.acked.items():
                for before, after in pairwise(writes):
                    assert after.base == before.version, "a write replaced one its writer had not seen"
                if writes:
                    version, value = self._stored(record)
                    assert version == writes[-1].version
                    shown = value if record != "action" else str(value).split("\n\n[Rettet")[0]
                    assert shown == writes[-1].value

    run_state_machine_as_test(ThreeClients, settings=settings(
        max_examples=examples, stateful_step_count=steps, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))


def test_no_acknowledged_write_is_lost_between_three_clients(store: OpenStore) -> None:
    run_machine(store, examples=5 if store.kind == "server" else 8, steps=20)
