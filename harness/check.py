"""``harness check``: prove a problem folder is sound before learners see it.

A problem is sound when its folder loads, every test has a title, the reference passes every
test, the stub fails at least one, every known-wrong solution (mutant) fails at least one and
every known-right other formulation (alternative) passes them all: mutants prove the tests
strong enough to trust, alternatives prove them not tied to the reference's arithmetic.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import visual
from .catalogue import check_requires
from .incomplete import MARK as INCOMPLETE_MARK
from .incomplete import to_fill
from .mutate import THRESHOLD, mutation_score
from .problem import Problem, ProblemError, load_problem
from .runner import CollectionError, collect

Grade = Callable[[str, str, float], dict]


@dataclass(frozen=True)
class Report:
    slug: str
    ok: bool
    detail: str
    counts: dict = field(default_factory=dict)  # tests, mutants, alternatives, quiz; mutation score with --mutate

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.slug}: {self.detail}"

    def as_json(self) -> dict:
        return {"slug": self.slug, "ok": self.ok, "detail": self.detail, **self.counts}


def check_problem(
    path: Path, grade: Grade, graph: dict[str, tuple[str, ...]] | None = None, *, mutate: bool = False,
) -> Report:
    """``graph``: the catalogue's ``requires`` edges (read from the folder's parent when None).
    ``mutate``: also grade the machine-made mutants and hold the score to ``mutate.THRESHOLD``."""
    started = time.perf_counter()
    counts: dict = {}
    steps = to_fill(Path(path))
    if steps:
        todo = "\n".join(f"        {n}. {step}" for n, step in enumerate(steps, 1))
        return Report(Path(path).name, False, f"incomplete: still marked {INCOMPLETE_MARK}; fill in, in this order:\n{todo}")
    try:
        problem = load_problem(path)
        check_requires(problem, graph)
        detail, tested = _verify(problem, grade)
        counts = {"tests": tested, "mutants": len(problem.mutants),
                  "alternatives": len(problem.alternatives), "quiz": len(problem.quiz)}
        if mutate:
            score = mutation_score(problem, grade)
            counts["mutation"] = score.as_json()
            detail += f", mutation score {score.value:.0%}"
            if score.value < THRESHOLD:
                raise ProblemError(
                    problem.path / "tests.py", None,
                    f"mutation score {score.value:.0%} is below {THRESHOLD:.0%}: no test notices "
                    + ", ".join(m.id for m in score.survivors[:5])
                    + (" ..." if len(score.survivors) > 5 else "")
                    + f" (see: python -m harness mutate {problem.path})",
                )
    except ProblemError as exc:
        return Report(Path(path).name, False, str(exc), counts)
    return Report(problem.slug, True, f"{detail} ({time.perf_counter() - started:.1f} s)", counts)


def titles(problem: Problem) -> list[dict]:
    """Test ids and titles, collected against the reference; every test must have a title."""
    try:
        tests = collect(problem.tests, problem.solution)
    except CollectionError as exc:
        raise ProblemError(problem.path / "tests.py", None, _first_line(str(exc), 2)) from None
    if not tests:
        raise ProblemError(problem.path / "tests.py", None, "defines no test functions")
    for test in tests:
        if not test["title"]:
            raise ProblemError(problem.path / "tests.py", test["id"], "test has no title: give it a docstring")
    return tests


def _verify(problem: Problem, grade: Grade) -> tuple[str, int]:
    _refuse_placeholders(problem)
    tests = titles(problem)
    limit = problem.meta.time_limit
    reference = grade(problem.solution, problem.tests, limit)
    if reference["status"] != "passed":
        raise ProblemError(problem.path / "solution.py", None, "reference solution " + _what_failed(reference))
    ran = [t["id"] for t in reference["tests"]]
    if ran != [t["id"] for t in tests]:
        raise ProblemError(problem.path / "tests.py", None, "tests ran differently from how they were collected")
    stub = grade(problem.stub, problem.tests, limit)
    if stub["status"] == "error":
        raise ProblemError(problem.path / "stub.py", None, "stub does not load: " + _first_line(stub["message"]))
    if stub["status"] == "passed":
        raise ProblemError(problem.path / "stub.py", None, "stub passes every test: the tests check nothing")
    for mutant in problem.mutants:
        result = grade(mutant.source, problem.tests, limit, first_failure=True)
        file = problem.path / "mutants" / f"{mutant.name}.py"
        if result["status"] == "error":
            raise ProblemError(file, None, "mutant does not load: " + _first_line(result["message"]))
        if result["status"] == "passed":
            raise ProblemError(file, None, f"mutant passes every test, so the tests miss: {mutant.description}")
    for alternative in problem.alternatives:
        result = grade(alternative.source, problem.tests, limit)
        if result["status"] != "passed":
            file = problem.path / "alternatives" / f"{alternative.name}.py"
            raise ProblemError(file, None, f"a correct formulation ({alternative.description}) {_what_failed(result)}")
    if problem.visual:
        try:
            visual.reference(problem.solution, problem.visual)
        except visual.VisualError as exc:
            raise ProblemError(problem.path / visual.VISUAL_FILE, None, str(exc)) from None
    stub_failed = stub["summary"]["total"] - stub["summary"]["passed"]
    return (
        f"{len(tests)} tests, reference passes, stub fails {stub_failed}/{len(tests)}, "
        f"{len(problem.mutants)}/{len(problem.mutants)} mutants caught"
        + (f", {len(problem.alternatives)} alternatives pass" if problem.alternatives else "")
    ), len(tests)


def _refuse_placeholders(problem: Problem) -> None:
    if not problem.mutants:
        raise ProblemError(problem.path / "mutants", None, "incomplete: add at least one known-wrong solution")


def _what_failed(result: dict) -> str:
    if result["status"] == "error":
        return "does not load: " + _first_line(result["message"])
    bad = [t for t in result["tests"] if t["status"] != "passed"]
    first = bad[0]
    return f"fails {len(bad)} test(s), first {first['id']!r} ({first['status']}): {_first_line(first['message'] or '')}"


def _first_line(text: str, lines: int = 1) -> str:
    return " / ".join(line.strip() for line in (text or "").strip().splitlines()[:lines])
