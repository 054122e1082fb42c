"""Each problem's mutant profiles (``harness.diagnose``), cached by content.

A profile comes from grading every hand-written mutant against the hidden tests, about a second
a problem, so builds keep them in ``.cache/profiles/`` under a hash of everything a profile
depends on: the tests, the reference, the mutants, the hints and the grader's own modules.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import harness
from harness.diagnose import profile
from harness.parallel import grader
from harness.problem import Problem
from harness.runtime.assemble import cache_home

CACHE = cache_home() / "profiles"
GRADER_MODULES = ("runner.py", "record.py", "diagnose.py", "testkit.py", "guard.py", "messages.py")


def profile_for(problem: Problem) -> dict:
    key = _key(problem)
    cached = CACHE / f"{problem.slug}-{key}.json"
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


def _key(problem: Problem) -> str:
    digest = hashlib.sha256()
    parts = [problem.tests, problem.solution, *(h.title for h in problem.statement.hints)]
    parts += [f"{m.name}\0{m.description}\0{m.hint}\0{m.source}" for m in problem.mutants]
    parts += [(Path(harness.__file__).parent / name).read_text(encoding="utf-8") for name in GRADER_MODULES]
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0\0")
    return digest.hexdigest()[:20]
