"""How often the page names the right mistake in failing code it has never seen.

Held-out wrong code: the machine-made mutants of ``harness mutate``, each one change to the
reference. Every failing one was judged by reading it, and the verdict kept in
``bench/mistake_labels.jsonl``: the one hand-written mutant whose description is a true and
specific account of its mistake (everything the line claims holds for that code), or none. A
label is a person's reading of the code, never the diagnosis's own output, so the figures can be
wrong in both directions:

- precision = diagnoses naming the judged mistake / diagnoses shown, on the failing mutants a hand
  mutant describes;
- coverage = those mutants that got a diagnosis / those mutants; also given without the few that
  are the same program as their hand mutant (a mutant matching itself proves nothing);
- diagnoses on failing mutants that no hand mutant describes are listed: each names a mistake the
  code does not make as described, so a reader can judge how wrong it is;
- correct code (the reference and every alternative) must get none.

A label names its mutant by id and by the mutated line; when a solution changes, its labels go
stale and are reported, and ``--todo FILE`` writes every failing machine mutant not judged yet, in
the labels' format with ``"mistake": null``, for a person to judge and add.

    .venv/bin/python bench/diagnose.py [PROBLEM_DIR ...] [--jobs N] [--json] [--todo FILE]
"""
from __future__ import annotations

import argparse
import ast
import functools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.diagnose import diagnose, profile  # noqa: E402
from harness.mutate import mutants as machine_mutants  # noqa: E402
from harness.parallel import default_jobs, grader, ordered_map  # noqa: E402
from harness.problem import find_problems, load_problem  # noqa: E402

LABELS = Path(__file__).with_name("mistake_labels.jsonl")
COUNTS = ("failing", "shown", "right", "same_program", "same_program_shown", "undescribed",
          "correct_code", "correct_diagnosed", "self", "self_named")


@functools.cache
def labels() -> dict[tuple[str, str], dict]:
    rows = (json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip())
    return {(row["slug"], row["id"]): row for row in rows}


def judged(problem, mutant) -> dict | None:
    """The label of ``mutant``, or None when it has none or the label is stale: read from another
    line than the mutant's, or naming a hand mutant the problem no longer has."""
    label = labels().get((problem.slug, mutant.id))
    if label is None or label["line"] != mutant.mutated_line:
        return None
    if label["mistake"] is not None and label["mistake"] not in {hand.name for hand in problem.mutants}:
        return None
    return label


def evaluate(path: Path) -> dict:
    problem = load_problem(path)
    grade = grader(False)
    limit = problem.meta.time_limit
    prof = profile(problem, grade)
    hands = {hand.name: hand for hand in problem.mutants}
    rows = {"slug": problem.slug, **dict.fromkeys(COUNTS, 0), "wrong": [], "undescribed_shown": [], "todo": []}
    for mutant in machine_mutants(problem.solution):
        result = grade(mutant.source, problem.tests, limit)
        if result["status"] != "failed":
            continue
        label = judged(problem, mutant)
        line = mutant.mutated_line
        if label is None:
            before = problem.solution.splitlines()[mutant.line - 1].strip()
            rows["todo"].append({"slug": problem.slug, "id": mutant.id, "line": line, "before": before, "mistake": None})
            continue
        named = diagnose(result, prof)
        truth = label["mistake"]
        if truth is None:
            rows["undescribed"] += 1
            if named:
                rows["undescribed_shown"].append(f"{mutant.id} `{line}` -> {named['mutant']}")
            continue
        same = _program(mutant.source) == _program(hands[truth].source)
        rows["failing"] += 1
        rows["same_program"] += same
        if named:
            rows["shown"] += 1
            rows["same_program_shown"] += same
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


def _program(source: str) -> str:
    """The code without its docstrings and comments: two mutants that differ only there are one program."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and ast.get_docstring(node):
            node.body = node.body[1:] or [ast.Pass()]
    return ast.dump(tree)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("problems", nargs="*", type=Path)
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--todo", type=Path, help="write the failing machine mutants not judged yet to this file")
    args = parser.parse_args()
    paths = args.problems or find_problems(ROOT / "problems")
    rows = list(ordered_map(evaluate, paths, args.jobs))
    todo = [entry for r in rows for entry in r.pop("todo")]
    if args.todo:
        args.todo.write_text("".join(json.dumps(entry) + "\n" for entry in todo), encoding="utf-8")
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    print(f"{'problem':32} {'described':>9} {'shown':>5} {'right':>5}  {'self':>7}  correct-code")
    for r in rows:
        print(f"{r['slug']:32} {r['failing']:9} {r['shown']:5} {r['right']:5}  "
              f"{r['self_named']:3}/{r['self']:<3}  {r['correct_diagnosed']}/{r['correct_code']} diagnosed")
        for wrong in r["wrong"]:
            print(f"    WRONG {wrong}")
    total = {k: sum(r[k] for r in rows) for k in COUNTS}
    print(f"\nheld-out wrong code: {total['failing']} failing machine mutants whose mistake a hand mutant describes; "
          f"diagnoses shown {total['shown']}, right {total['right']}")
    print(f"precision {_share(total['right'], total['shown'])}, coverage {_share(total['shown'], total['failing'])}; "
          f"without the {total['same_program']} that are their hand mutant's own program: coverage "
          f"{_share(total['shown'] - total['same_program_shown'], total['failing'] - total['same_program'])}")
    print(f"correct code diagnosed: {total['correct_diagnosed']} of {total['correct_code']}; "
          f"hand mutants naming themselves: {total['self_named']} of {total['self']}")
    undescribed = [f"{r['slug']}: {x}" for r in rows for x in r["undescribed_shown"]]
    print(f"diagnoses on failing machine mutants no hand mutant describes: {len(undescribed)} of {total['undescribed']}")
    for line in undescribed:
        print(f"    {line}")
    if todo:
        print(f"not judged yet (new or changed solutions): {len(todo)} failing machine mutants"
              + (f", written to {args.todo}" if args.todo else "; --todo FILE writes them out"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
