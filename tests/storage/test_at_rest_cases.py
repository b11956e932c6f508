"""Canary search over real cases: names and identity numbers written through the services.

Complements test_at_rest.py (which stresses volume, a crash and temp folders with its own table):
here the canaries go into the case tables themselves (parent, children, observations), are edited,
and the file, its WAL, its key file and a backup must not contain them in any readable form.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.domain.clock import SystemClock
from barnearket.domain.model.enums import GateAnswer, TreatmentPhase
from barnearket.domain.model.people import ChildDetails, Parent
from barnearket.domain.roles import Role
from barnearket.services.cases import answer_gate, create_case, update_case
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.settings import SYNTHETIC_IDS
from barnearket.services.steps import add_observation
from barnearket.services.units import add_unit
from barnearket.storage import backup
from barnearket.storage.casefile import CaseFile
from barnearket.storage.mapping import load_case
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.meta import set_meta
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.helpers.canary import find_canaries
from tests.storage.test_at_rest import synthetic_fnr

pytestmark = pytest.mark.file_only("what reaches the disk of the encrypted file")

PARENT, PARENT_EDITED = "Ŋuolas Čeavrris-Ødegård", "Máret Đuolbma Ærlig"
CHILDREN = ("Sárá Čeavrris", "Ánte Ŧoavdda")
FNRS = (synthetic_fnr(3, 4, 1985), synthetic_fnr(13, 5, 2016), synthetic_fnr(1, 12, 2019, 720))
NOTE = "Ŋuolas sa at Sárá Čeavrris bor hos mormor i Guovdageaidnu"


def _fill(case_file: CaseFile) -> int:
    assert case_file.user is not None
    actor = Actor(case_file.user.id, case_file.user.login, Role(case_file.user.role))
    with case_file.session() as session, session.begin():
        set_meta(session, SYNTHETIC_IDS, "true")
        ctx = ServiceContext(session, actor, SystemClock())
        unit = add_unit(ctx, name="Rustjenesten sør", service="rus")
        case_id = create_case(ctx, unit_id=unit, parent=Parent(PARENT, identity_number=FNRS[0]))
        answer_gate(ctx, case_id, GateAnswer.JA)
        children = [add_child(ctx, case_id, ChildDetails(name, identity_number=fnr))
                    for name, fnr in zip(CHILDREN, FNRS[1:], strict=True)]
        concern = open_concern(ctx, case_id, children[0], level=2, description=NOTE)
        add_observation(ctx, concern, NOTE)
    with case_file.session() as session, session.begin():
        ctx = ServiceContext(session, actor, SystemClock())
        update_case(ctx, case_id, parent=Parent(PARENT_EDITED, identity_number=FNRS[0]),
                    responsible_id=None, categories=(), treatment_phase=TreatmentPhase.NONE)
    return case_id


def test_case_canaries_never_reach_the_disk_in_clear(case_file: CaseFile, tmp_path: Path) -> None:
    case_id = _fill(case_file)
    wal = Path(f"{case_file.path}-wal")
    assert wal.exists()
    canaries = [PARENT, PARENT_EDITED, *CHILDREN, *FNRS]
    assert find_canaries([case_file.path.parent], canaries) == []
    backup.backup(case_file, tmp_path / "kopi.barnearket")
    path = case_file.path
    case_file.close()
    reopened = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        with reopened.read_session() as session:
            case = load_case(session, case_id)
    finally:
        reopened.close()
    assert case.parent.name == PARENT_EDITED and case.parent.identity_number == FNRS[0]
    assert sorted(c.name for c in case.children) == sorted(CHILDREN)
    assert find_canaries([tmp_path], canaries) == []
