"""A writer process for the concurrency test and the save benchmark: N observations through the
services, each in its own writing session, reporting what was acknowledged, how long each save took
and the CPU the saves cost in this process and in its server backend."""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import select, text
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Job:
    """What one process writes: as whom, to which concerns (in turn), how many times.

    `every_s` 0 writes back to back (a closed loop: the next save starts when one is done); otherwise
    one save every `every_s` seconds from a random point in the first interval (an open loop: a
    person's pace, whatever the others do). `warm_up` saves go before the start and are not timed.
    """

    url: str
    login: str
    password: str
    concern_ids: tuple[int, ...]
    writes: int
    tag: str
    every_s: float = 0.0
    warm_up: int = 0


class Written(NamedTuple):
    """One process's report: the acknowledged (n, id), failures, seconds per save, CPU of the saves."""

    tag: str
    acknowledged: list[tuple[int, int]]
    failures: list[str]
    seconds: list[float]
    client_cpu_s: float
    server_cpu_s: float | None
    """None when the backend's /proc entry is not readable (a server on another machine)."""
    span_s: float
    """From the start (all writers released) to this writer's last save done."""


def backend_cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of a process on this machine (the server backend), if readable."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def write_many(job: Job, barrier: Any, results: Any) -> None:
    """Wait for every writer, then write; put a `Written` on results."""
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
        backend = int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())
    writing = engine.execution_options(immediate=True)

    def save(n: int) -> int:
        concern = job.concern_ids[n % len(job.concern_ids)]
        with Session(writing, expire_on_commit=False) as session, session.begin():
            return add_observation(ServiceContext(session, actor, SystemClock()), concern,
                                   f"{job.tag} skriving {n}")

    for n in range(job.warm_up):
        save(-1 - n)
    acknowledged: list[tuple[int, int]] = []
    failures: list[str] = []
    seconds: list[float] = []
    client_cpu = 0.0
    barrier.wait()
    server_before = backend_cpu_s(backend)
    released = time.perf_counter()
    start = released + random.uniform(0, job.every_s)
    for n in range(job.writes):
        if job.every_s:
            time.sleep(max(0.0, start + n * job.every_s - time.perf_counter()))
        started, cpu = time.perf_counter(), time.process_time()
        try:
            new_id = save(n)
            acknowledged.append((n, new_id))
            seconds.append(time.perf_counter() - started)
        except Exception as exc:  # reported to the parent, which fails the test with it
            failures.append(type(exc).__name__)
        client_cpu += time.process_time() - cpu
    span = time.perf_counter() - released
    server_after = backend_cpu_s(backend)
    engine.dispose()
    server_cpu = None if server_before is None or server_after is None else server_after - server_before
    results.put(Written(job.tag, acknowledged, failures, seconds, client_cpu, server_cpu, span))


def run_writers(jobs: list[Job], timeout: float = 600) -> list[Written]:
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
