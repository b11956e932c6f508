"""A writer process for the concurrency test and the save benchmark: N observations through the
services, each in its own writing session, reporting what was acknowledged and how long it took."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Job:
    """What one process writes: as whom, to which concerns (in turn), how many times."""

    url: str
    login: str
    password: str
    concern_ids: tuple[int, ...]
    writes: int
    tag: str


def write_many(job: Job, barrier: Any, results: Any) -> None:
    """Wait for every writer, then write; put (tag, acknowledged [(n, id)], failures, seconds) on results."""
    from barnearket.domain.clock import SystemClock
    from barnearket.domain.roles import Role
    from barnearket.services.context import Actor, ServiceContext
    from barnearket.services.steps import add_observation
    from barnearket.storage.orm.users import User
    from barnearket.storage.server.connect import ServerLocation, server_engine

    engine = server_engine(ServerLocation.parse(job.url), job.login, job.password, pool_size=1)
    with Session(engine) as session:
        me = session.scalars(select(User).where(User.login == job.login)).one()
        actor = Actor(me.id, me.login, Role(me.role))
    writing = engine.execution_options(immediate=True)
    acknowledged: list[tuple[int, int]] = []
    failures: list[str] = []
    seconds: list[float] = []
    barrier.wait()
    for n in range(job.writes):
        concern = job.concern_ids[n % len(job.concern_ids)]
        started = time.perf_counter()
        try:
            with Session(writing, expire_on_commit=False) as session, session.begin():
                new_id = add_observation(ServiceContext(session, actor, SystemClock()), concern,
                                         f"{job.tag} skriving {n}")
            acknowledged.append((n, new_id))
            seconds.append(time.perf_counter() - started)
        except Exception as exc:  # reported to the parent, which fails the test with it
            failures.append(type(exc).__name__)
    engine.dispose()
    results.put((job.tag, acknowledged, failures, seconds))


def run_writers(jobs: list[Job], timeout: float = 600) -> list[tuple[str, list[tuple[int, int]], list[str],
                                                                     list[float]]]:
    """Start one spawned process per job, release them together, collect every result."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(len(jobs)), ctx.Queue()
    processes = [ctx.Process(target=write_many, args=(job, barrier, results)) for job in jobs]
    for process in processes:
        process.start()
    collected = [results.get(timeout=timeout) for _ in jobs]
    for process in processes:
        process.join(timeout=60)
    return collected
