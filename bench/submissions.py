#!/usr/bin/env python3
"""``gradlab grade-submissions`` wall time on 200 generated submissions, ``--jobs 1`` vs ``--jobs 2``.

    python bench/submissions.py [--learners 10] [--problems 20] [--repeat 1]

Makes one submission file per learner (as the site's "Export a submission" writes them: format
version 2, kind "submission") over the first ``--problems`` problems of this catalogue, so
10 x 20 = 200 problem submissions to re-grade. Each learner's code is, by turns, the reference
solution, the stub or a hand-written mutant, with browser results that agree with it, and
one learner's file claims a pass for a stub (the edited file the grader must flag). Then it
runs the grader in a fresh process for each ``--jobs`` and prints the wall times.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from harness.problem import find_problems, load_problem  # noqa: E402
from harness.tracks import course_for  # noqa: E402


def generate(folder: Path, learners: int, count: int) -> list[Path]:
    problems = [load_problem(p) for p in find_problems(REPO / "problems")[:count]]
    title = course_for(REPO / "problems").title
    files = []
    for n in range(learners):
        entries = {}
        for i, problem in enumerate(problems):
            kind = (n + i) % 3
            code = problem.solution if kind == 0 else problem.stub if kind == 1 else problem.mutants[0].source
            claimed = "passed" if kind == 0 or (n == 1 and i == 0) else "failed"  # learner 1 edited a pass in
            entries[problem.slug] = {
                "code": code, "savedAt": 1_700_000_000_000 + i, "status": "solved" if claimed == "passed" else "attempted",
                "complete": False, "quiz": {}, "results": {"status": claimed, "passed": None, "total": None, "tests": []},
                "hints": i % 3, "solution": {"at": 1_700_000_000_500, "beforeSolving": i % 5 == 0} if i % 4 == 0 else None,
                "ranAt": 1_700_000_000_000 + i, "solvedAt": None,
            }
        data = {"format": "gradlab-progress", "version": 2, "kind": "submission", "exportedAt": "2026-01-05T10:00:00.000Z",
                "learner": {"name": f"learner-{n:02d}"}, "course": {"title": title}, "problems": entries}
        path = folder / f"submission-{n:02d}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        files.append(path)
    return files


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=10)
    parser.add_argument("--problems", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = generate(Path(tmp), args.learners, args.problems)
        print(f"{len(files)} files, {args.learners * args.problems} problem submissions")
        for jobs in (1, 2):
            times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                done = subprocess.run(
                    [sys.executable, "-m", "builder.cli", "grade-submissions", *map(str, files), "--out", f"{tmp}/out{jobs}",
                     "--problems", str(REPO / "problems"), "--jobs", str(jobs)],
                    cwd=REPO, capture_output=True, text=True,
                )
                times.append(time.perf_counter() - started)
            summary = done.stdout.strip().splitlines()[-1]
            print(f"--jobs {jobs}: {min(times):.1f} s (best of {args.repeat}; exit {done.returncode}): {summary}")


if __name__ == "__main__":
    main()
