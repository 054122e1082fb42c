"""Each problem's mutant profiles (``harness.diagnose``), cached by content.

A profile comes from grading every hand-written mutant against the hidden tests, about a second
a problem, so builds keep them in ``.cache/profiles/`` under a hash of everything a profile
depends on: the tests, the reference, the mutants, the hints and the grader's own modules.
"""
from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import harness
from harness.diagnose import profile
from harness.parallel import default_jobs, grader
from harness.problem import Problem, load_problem
from harness.runtime.assemble import cache_home

CACHE = cache_home() / "profiles"
GRADER_MODULES = ("runner.py", "record.py", "diagnose.py", "testkit.py", "guard.py", "messages.py")


def warm(folders: list[Path], jobs: int | None = None) -> None:
    """Make the missing profiles of ``folders`` on every core, before the build reads them one by
    one: a clean checkout's first build grades about a thousand mutants. A folder that fails to
    load is left alone here; the build then reports it, in order, as it would have.

    The workers come from a fresh server process ("forkserver"), never forked from this one,
    which may be running threads (a browser driver in the tests, the live preview's watcher)."""
    jobs = default_jobs() if jobs is None else jobs
    todo = [folder for folder in folders if _missing(folder)]
    if jobs <= 1 or len(todo) <= 1:
        return
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=context) as pool:
        list(pool.map(_warm_one, todo))


def _missing(folder: Path) -> bool:
    try:
        problem = load_problem(folder)
    except Exception:  # noqa: BLE001 - reported by the build itself
        return False
    return bool(problem.mutants) and not _cached(problem).exists()


def _warm_one(folder: Path) -> None:
    try:
        profile_for(load_problem(folder))
    except Exception:  # noqa: BLE001 - the build reports it
        pass


def _cached(problem: Problem) -> Path:
    return CACHE / f"{problem.slug}-{_key(problem)}.json"


def profile_for(problem: Problem) -> dict:
    cached = _cached(problem)
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    made = profile(problem, grader(False))
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps(made), encoding="utf-8")
    os.replace(partial, cached)
    return made


def _grader_sources() -> list[str]:
    """The grader's own modules (a profile is only as current as they are), read again only when
    one changes: a build keys a hundred profiles, the live preview keeps running."""
    paths = [Path(harness.__file__).parent / name for name in GRADER_MODULES]
    return [_read(path, path.stat().st_mtime_ns) for path in paths]


@functools.cache
def _read(path: Path, modified: int) -> str:
    return path.read_text(encoding="utf-8")


def _key(problem: Problem) -> str:
    digest = hashlib.sha256()
    parts = [problem.tests, problem.solution, *(h.title for h in problem.statement.hints)]
    parts += [f"{m.name}\0{m.description}\0{m.hint}\0{m.source}" for m in problem.mutants]
    parts += _grader_sources()
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0\0")
    return digest.hexdigest()[:20]
