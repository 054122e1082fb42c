"""How often the page names the right mistake in failing code it has never seen.

Held-out wrong code: the machine-made mutants of ``harness mutate`` whose operator is a mistake
exactly one hand-written mutant of the same problem also describes (matched by the words of its
file name and docstring: ``axis-swap`` and a mutant about the axis, ``drop-keepdims`` and one
about keepdims, ...). Each is graded, diagnosed against the hand mutants' profiles, and counted:

- precision = diagnoses naming that hand mutant / diagnoses shown (on the held-out set);
- coverage = held-out failing mutants that got a diagnosis / held-out failing mutants.

Correct code must get none: every alternative and the reference are graded and diagnosed too.
Machine mutants no hand mutant describes are reported apart (diagnoses shown on them cannot be
scored, so they are listed for a reader to judge).

    .venv/bin/python bench/diagnose.py [PROBLEM_DIR ...] [--jobs N] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.diagnose import diagnose, profile  # noqa: E402
from harness.mutate import mutants as machine_mutants  # noqa: E402
from harness.parallel import default_jobs, grader, ordered_map  # noqa: E402
from harness.problem import find_problems, load_problem  # noqa: E402

# Machine operator -> words, one of which a hand mutant's file name or docstring must contain to
# describe the same mistake. Operators too generic to name one mistake (+/-, swapped arguments)
# are left out: which hand mutant they are is a guess.
OPERATOR_WORDS = {
    "axis-swap": ("axis", "column", "rows"),
    "drop-axis": ("whole array", "global", "all entries", "overall", "everything", "whole batch"),
    "drop-keepdims": ("keepdims",),
    "sum-mean": ("sum", "mean", "averag"),
    "max-min": ("minimum", " min", "min_"),
    "drop-max-shift": ("max subtraction", "shift", "overflow", "naive"),
    "log-clip": ("clip",),
    "in-place": ("in place", "in_place", "modif"),
    "drop-copy": ("in place", "in_place", "modif", "copy"),
    "compare-flip": ("<=", "strict", "tie", "boundary"),
    "int-plus-one": ("off-by-one", "off_by_one", "off by one", "t - 1", "t-1", "one too", "one step"),
    "int-minus-one": ("off-by-one", "off_by_one", "off by one", "t - 1", "t-1", "one too", "one step"),
}


def label(problem, mutant) -> str | None:
    """The one hand mutant that makes this machine mutant's mistake, judged from source text alone:
    it contains the mutated line itself, or (failing that) its file or docstring names the
    operator's mistake and it changed the line the operator changed."""
    own = {h.name: (problem.path / "mutants" / f"{h.name}.py").read_text(encoding="utf-8") for h in problem.mutants}
    mutated = _squeeze(mutant.source.splitlines()[mutant.line - 1])
    same_line = [name for name, text in own.items() if any(_squeeze(l) == mutated for l in text.splitlines())]
    if len(same_line) == 1:
        return same_line[0]
    words = OPERATOR_WORDS.get(mutant.operator)
    if not words or same_line:
        return None
    line = problem.solution.splitlines()[mutant.line - 1].strip()
    hits = []
    for hand in problem.mutants:
        described = any(w in (hand.name.replace("_", " ") + " " + hand.description).lower() for w in words)
        if described and line not in {l.strip() for l in own[hand.name].splitlines()}:
            hits.append(hand.name)
    return hits[0] if len(hits) == 1 else None


def _squeeze(line: str) -> str:
    return "".join(line.split())


def evaluate(path: Path) -> dict:
    problem = load_problem(path)
    grade = grader(False)
    limit = problem.meta.time_limit
    prof = profile(problem, grade)
    rows = {"slug": problem.slug, "held_out": 0, "failing": 0, "shown": 0, "right": 0, "wrong": [],
            "unlabeled_shown": [], "correct_code": 0, "correct_diagnosed": 0, "self": 0, "self_named": 0}
    for mutant in machine_mutants(problem.solution):
        result = grade(mutant.source, problem.tests, limit)
        named = diagnose(result, prof)
        truth = label(problem, mutant)
        if truth is None:
            if named:
                rows["unlabeled_shown"].append(f"{mutant.id} -> {named['mutant']}")
            continue
        rows["held_out"] += 1
        if result["status"] != "failed":
            continue
        rows["failing"] += 1
        if named:
            rows["shown"] += 1
            if named["mutant"] == truth:
                rows["right"] += 1
            else:
                rows["wrong"].append(f"{mutant.id} ({truth}) -> {named['mutant']}")
    for source in [problem.solution, *(a.source for a in problem.alternatives)]:
        rows["correct_code"] += 1
        rows["correct_diagnosed"] += diagnose(grade(source, problem.tests, limit), prof) is not None
    for mutant in problem.mutants:
        rows["self"] += 1
        named = diagnose(grade(mutant.source, problem.tests, limit), prof)
        rows["self_named"] += bool(named and named["mutant"] == mutant.name)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("problems", nargs="*", type=Path)
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    paths = args.problems or find_problems(ROOT / "problems")
    rows = list(ordered_map(evaluate, paths, args.jobs))
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    print(f"{'problem':32} {'held-out':>8} {'failing':>7} {'shown':>5} {'right':>5}  {'self':>7}  correct-code")
    for r in rows:
        print(f"{r['slug']:32} {r['held_out']:8} {r['failing']:7} {r['shown']:5} {r['right']:5}  "
              f"{r['self_named']:3}/{r['self']:<3}  {r['correct_diagnosed']}/{r['correct_code']} diagnosed")
        for wrong in r["wrong"]:
            print(f"    WRONG {wrong}")
    total = {k: sum(r[k] for r in rows) for k in ("held_out", "failing", "shown", "right", "correct_code", "correct_diagnosed", "self", "self_named")}
    precision = total["right"] / total["shown"] if total["shown"] else float("nan")
    coverage = total["shown"] / total["failing"] if total["failing"] else float("nan")
    print(f"\nheld-out wrong code: {total['failing']} failing machine mutants a hand mutant describes "
          f"(of {total['held_out']}); diagnoses shown {total['shown']}, right {total['right']}")
    print(f"precision {precision:.1%}, coverage {coverage:.1%}; correct code diagnosed: "
          f"{total['correct_diagnosed']} of {total['correct_code']}; hand mutants naming themselves: "
          f"{total['self_named']} of {total['self']}")
    unlabeled = [u for r in rows for u in (f"{r['slug']}: {x}" for x in r["unlabeled_shown"])]
    print(f"diagnoses on machine mutants no hand mutant describes (not scored): {len(unlabeled)}")
    for line in unlabeled[:40]:
        print(f"    {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
