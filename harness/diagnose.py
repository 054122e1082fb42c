"""Name the likely mistake in failing code by comparing it with the problem's own mutants.

Each hand-written mutant is one known mistake, described once, in its docstring. Grading every
mutant (at build time, or by ``grade`` in the CLI) gives its *profile*: which tests it fails and,
for each, what the failing call did: a fingerprint of the value it returned
(``record.fingerprint``), or the exception it raised. Failing learner code is then compared with
every profile:

- a mutant *matches* when every test it fails, the learner fails too, and on those tests the
  learner's calls agree with the mutant's wherever both are comparable, at least once
  informatively: a finite value (two arrays of nothing but nan agree by coincidence, not by
  mistake), or the same exception with the same message (numpy's messages name the shapes and
  indices involved; the same type worded differently, as a learner's own ``raise`` is, says
  nothing);
- the learner's failing tests being exactly the mutant's makes the match *exact*.

One exact match is named. With none exact, one match that accounts for at least three quarters of
the learner's failing tests is named (the learner may have made a second, smaller mistake too).
Anything else names nothing: two mutants that fit, or a fit on which tests fail without the same
values (the same failing tests are often failed by quite different mistakes). A wrong diagnosis is
worse than none. Passing code gets no diagnosis, nor does code that did not load.
``bench/diagnose.py`` measures all this on held-out wrong code. The same function runs in CPython
and, unchanged, in the browser's Pyodide.
"""
from __future__ import annotations

import math

PROFILE_VERSION = 2
RTOL = 1e-5


def profile(problem, grade) -> dict:
    """Grade every hand-written mutant of ``problem``: what each fails, and with which values."""
    mutants = []
    for mutant in problem.mutants:
        result = grade(mutant.source, problem.tests, problem.meta.time_limit)
        failing = {
            t["id"]: _evidence(t)
            for t in result.get("tests", []) if t["status"] != "passed"
        }
        if result["status"] != "failed" or not failing:
            continue  # a mutant that does not load, or passes, describes no comparable mistake
        mutants.append({
            "name": mutant.name, "description": mutant.description, "hint": mutant.hint, "failing": failing,
        })
    hints = [h.title for h in problem.statement.hints]
    return {"version": PROFILE_VERSION, "hints": hints, "mutants": mutants}


def diagnose(result: dict, profile: dict | None) -> dict | None:
    """``{"mutant", "description", "hint", "hint_title", "exact"}`` for the one clear match, else None."""
    if not profile or result.get("status") != "failed":
        return None
    learner = {t["id"]: _evidence(t) for t in result.get("tests", []) if t["status"] != "passed"}
    if not learner:
        return None
    exact, partial = [], []
    for mutant in profile.get("mutants", []):
        failing = mutant["failing"]
        if not failing or not set(failing) <= set(learner):
            continue
        verdicts = [_agree(failing[test], learner[test]) for test in failing]
        if False in verdicts or True not in verdicts:
            continue
        if set(failing) == set(learner):
            exact.append(mutant)
        elif 4 * len(failing) >= 3 * len(learner):
            partial.append(mutant)
    found = exact or partial
    named = {m["description"] for m in found}
    if len(named) != 1:
        return None
    mutant = found[0]
    hint = mutant.get("hint")
    hints = profile.get("hints", [])
    return {
        "mutant": mutant["name"],
        "description": mutant["description"],
        "hint": hint,
        "hint_title": hints[hint - 1] if hint and hint <= len(hints) else None,
        "exact": bool(exact),
    }


def _evidence(test: dict) -> list:
    """What a failing test saw: its status, and the failing call's fingerprint (or what it raised)."""
    case = test.get("case") or {}
    if test["status"] == "timeout":
        return ["timeout", None]
    if case.get("raised"):
        return ["raised", case["raised"]]
    return [test["status"], case.get("fingerprint")]


def _agree(mutant: list, learner: list) -> bool | None:
    """True: the same informative value; False: different; None: nothing to compare."""
    if mutant[0] != learner[0] and not {mutant[0], learner[0]} <= {"failed", "error"}:
        return False
    if mutant[0] == "raised":
        return _agree_raised(mutant[1], learner[1])
    if mutant[1] is None or learner[1] is None:
        return None
    if not _same(mutant[1], learner[1]):
        return False
    return True if _informative(mutant[1]) else None


def _agree_raised(mutant: str, learner: str) -> bool | None:
    """The same exception with the same message is informative (numpy's messages carry the shapes and
    indices involved); the same type worded differently, as a learner's own ``raise`` is, says nothing."""
    kind, _, message = mutant.partition(":")
    if kind != learner.partition(":")[0]:
        return False
    return True if mutant == learner and message.strip() else None


def _same(a, b) -> bool:
    if isinstance(a, list) and a and a[0] == "tuple":
        return isinstance(b, list) and b and b[0] == "tuple" and len(a[1]) == len(b[1]) and all(
            (x is None and y is None) or (x is not None and y is not None and _same(x, y)) for x, y in zip(a[1], b[1])
        )
    if not (isinstance(b, list) and len(a) == 4 and len(b) == 4):
        return False
    shape_a, samples_a, total_a, bad_a = a
    shape_b, samples_b, total_b, bad_b = b
    if shape_a != shape_b or bad_a != bad_b or len(samples_a) != len(samples_b):
        return False
    return all(_close(x, y) for x, y in zip(samples_a, samples_b)) and _close(total_a, total_b)


def _informative(fingerprint) -> bool:
    if isinstance(fingerprint, list) and fingerprint and fingerprint[0] == "tuple":
        return any(p is not None and _informative(p) for p in fingerprint[1])
    samples = fingerprint[1]
    return any(isinstance(x, (int, float)) for x in samples)


def _close(x, y) -> bool:
    if isinstance(x, str) or isinstance(y, str):
        return x == y
    return abs(x - y) <= RTOL * max(abs(x), abs(y)) + 1e-12 or (math.isnan(x) and math.isnan(y))
