"""The verdict a learner sees in Pyodide is the verdict of CPython, for every problem.

For the reference, the stub and every mutant of every problem, both interpreters must give the
same status for every test id, and the same message and output. Three platform differences are
allowed in messages: WebAssembly has no floating-point exception flags (so no numpy warning
note in Pyodide), its default integer is 32 bits wide, and its math library rounds differently
in the last bits (1 - cos(0) is 0 on one and 2.2e-16 on the other; a nearly singular solve gives
two different wrong answers), so messages are compared with the numbers they quote left out. And Pyodide's LAPACK does not
detect an exactly singular matrix: where CPython's `np.linalg.solve` raises "Singular matrix",
Pyodide's returns nan, which the test then reports; that pair counts as the same verdict. So does
a test that runs out of time in CPython where 32-bit Pyodide refuses the memory up front (an
O(n^2) array of 10^10 entries): both mean "too big for this input".
Two Pyodide sessions grade them all, beside CPython.
"""
import contextlib
import json
import queue
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from harness import runtime
from harness.cli import main
from harness.problem import find_problems, load_problem
from harness.runner import run
from harness.runtime.node_bridge import PyodideSession

ROOT = Path(__file__).resolve().parents[2]
PROBLEMS = [load_problem(p) for p in find_problems(ROOT / "problems")]


def solutions(problem):
    yield "reference", problem.solution
    yield "stub", problem.stub
    for mutant in problem.mutants:
        yield f"mutant {mutant.name}", mutant.source
    for alternative in problem.alternatives:
        yield f"alternative {alternative.name}", alternative.source


SESSIONS = 2  # Pyodide grades about twice as slowly as CPython: two sessions keep pace with it


@pytest.fixture(scope="module")
def beside():
    """``submit(source, tests, limit)`` -> a future of Pyodide's result, graded by one of
    :data:`SESSIONS` Pyodide sessions in threads while CPython grades in this one (its time
    limits need the main thread): the machine's cores stay busy."""
    with contextlib.ExitStack() as stack:
        idle = queue.Queue()
        for _ in range(SESSIONS):
            idle.put(stack.enter_context(PyodideSession(runtime.assemble())))

        def grade(source, tests, limit):
            session = idle.get()
            try:
                return session.run(source, tests, limit)
            finally:
                idle.put(session)

        pool = stack.enter_context(ThreadPoolExecutor(max_workers=SESSIONS))
        yield lambda *args: pool.submit(grade, *args)


def verdicts(result):
    return result["status"], {t["id"]: t["status"] for t in result["tests"]}


NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?")


def messages(result):
    def same_platform(message):
        message = (message or "").split("\nWarnings raised during this test:")[0]
        message = re.sub(r"int(32|64)", "int", message)
        return NUMBER.sub("#", message)

    return [(t["id"], same_platform(t["message"]), t["stdout"]) for t in result["tests"]]


SINGULAR = "LinAlgError: Singular matrix"
NON_FINITE = "nan or infinite where a finite value is expected"
TOO_BIG = ("MemoryError", "array is too big", "Unable to allocate", "is too large")


def _singular_alike(here, there):
    """Where CPython raised on a singular matrix and Pyodide failed on the nan it returned
    instead, mark both the same (see the module's docstring)."""
    theirs = {t["id"]: t for t in there["tests"]}
    for mine in here["tests"]:
        other = theirs.get(mine["id"])
        if (other and mine["status"] == "error" and (mine["message"] or "").startswith(SINGULAR)
                and other["status"] == "failed" and NON_FINITE in (other["message"] or "")):
            for test in (mine, other):
                test["status"], test["message"] = "singular", SINGULAR
        elif other and {mine["status"], other["status"]} == {"timeout", "error"} and any(
            word in ((mine["message"] or "") + (other["message"] or "")) for word in TOO_BIG
        ):
            for test in (mine, other):
                test["status"], test["message"] = "too big", "too big"


@pytest.mark.parametrize("problem", PROBLEMS, ids=[p.slug for p in PROBLEMS])
def test_same_status_for_every_test_in_cpython_and_pyodide(beside, problem):
    compared = 0
    programs = list(solutions(problem))
    theirs = [beside(source, problem.tests, problem.meta.time_limit) for _, source in programs]
    for (label, source), future in zip(programs, theirs):
        here = run(source, problem.tests, time_limit=problem.meta.time_limit)
        there = future.result()
        _singular_alike(here, there)
        assert verdicts(there) == verdicts(here), f"{problem.slug} {label}: Pyodide {verdicts(there)} != CPython {verdicts(here)}"
        assert messages(there) == messages(here), f"{problem.slug} {label}: messages differ"
        compared += len(here["tests"])
    assert compared >= 6 * (2 + len(problem.mutants))


def test_check_pyodide_prints_the_same_lines(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    folder = str(ROOT / "problems" / "cross-entropy-grad")

    def lines(*flags):
        assert main(["check", folder, *flags]) == 0
        return [line.rsplit(" (", 1)[0] for line in capsys.readouterr().out.splitlines()]

    assert lines("--pyodide") == lines()


def test_grade_pyodide_json_matches_cpython(capsys):
    folder = ROOT / "problems" / "softmax"
    mutant = next((folder / "mutants").glob("*.py"))

    def grade(*flags):
        code = main(["grade", str(folder), str(mutant), "--json", *flags])
        return code, verdicts(json.loads(capsys.readouterr().out))

    assert grade("--pyodide") == grade()
