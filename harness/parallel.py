"""Grading jobs spread over worker processes, results in the order asked.

Problems and mutants are independent, so ``check --jobs`` and ``mutate`` grade them in parallel.
Each worker process builds its grader once (CPython's runner, or one Pyodide session under
Node) and keeps it for every job it is handed.
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.util
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

from .memory import DEFAULT_GIB, GiB

T = TypeVar("T")
R = TypeVar("R")
_graders: dict = {}


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def grader(pyodide: bool, memory_gib: float = DEFAULT_GIB):
    """This process's ``grade(source, tests, time_limit, first_failure=False) -> result``, made on
    first use (``first_failure``: stop at the first test that does not pass; CPython only).

    CPython grades in-process with learner code under a memory cap of ``memory_gib`` GiB (0: none);
    Pyodide needs no cap (its memory stops at 4 GiB) and keeps one Node session per process.
    """
    key = (pyodide, memory_gib)
    if key not in _graders:
        if pyodide:
            from .runtime.node_bridge import PyodideSession

            session = PyodideSession().__enter__()
            # Pool workers leave through os._exit, which skips atexit; Finalize runs there too.
            multiprocessing.util.Finalize(None, session.__exit__, (None, None, None), exitpriority=10)
            _graders[key] = lambda source, tests, limit, first_failure=False: session.run(source, tests, limit)
        else:
            from .runner import run

            memory = int(memory_gib * GiB) if memory_gib else None
            _graders[key] = lambda source, tests, limit, first_failure=False: run(
                source, tests, time_limit=limit, memory_limit=memory, first_failure=first_failure,
            )
    return _graders[key]


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """``map(fn, items)`` over ``jobs`` processes (in this process when ``jobs`` is 1)."""
    items = list(items)
    if jobs <= 1 or len(items) <= 1:
        yield from map(fn, items)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(jobs, len(items)), mp_context=context) as pool:
        yield from pool.map(fn, items)
