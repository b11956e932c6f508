"""A person belongs to several units on both stores: `users add --unit U --unit V`, `list --json`."""

from __future__ import annotations

import json

from barnearket.services.units import add_unit
from tests.cli.stores import ADMIN_LOGIN, UNIT, WORKER, WORKER_NAME, CliStore

SECOND = "Psykisk helse Čáhcegáddi"


def test_several_units_on_add_and_in_the_json_list(cli: CliStore) -> None:
    with cli.work() as ctx:
        add_unit(ctx, name=SECOND, service="psykisk_helse")
    ran = cli.run("users", cli.where, "add", "inga", "--name", "Inga Ødegård", "--role", "saksbehandler",
                  "--unit", UNIT, "--unit", SECOND, more=("ingas lange frase om bålet",))
    assert ran.code == 0, ran.err
    ran = cli.run("users", cli.where, "list", "--json")
    assert ran.code == 0, ran.err
    people = {p["login"]: p for p in json.loads(ran.out)}
    assert people["inga"] == {"login": "inga", "full_name": "Inga Ødegård", "role": "saksbehandler",
                              "units": [SECOND, UNIT], "active": True}
    assert people[WORKER] == {"login": WORKER, "full_name": WORKER_NAME, "role": "saksbehandler",
                              "units": [UNIT], "active": True}
    assert people[ADMIN_LOGIN]["units"] == [UNIT] and people[ADMIN_LOGIN]["role"] == "admin"
    refused = cli.run("users", cli.where, "add", "ola", "--name", "Ola", "--role", "saksbehandler",
                      "--unit", "Finnes ikke", more=("olas lange frase om fjellet",))
    assert refused.code == 2 and "Finner ikke enheten" in refused.err
    listed = json.loads(cli.run("users", cli.where, "list", "--json").out)
    assert "ola" not in {p["login"] for p in listed}, "a refused person is not added"
