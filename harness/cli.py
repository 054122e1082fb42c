"""The author CLI: ``python -m harness check | grade | new``.

Other tools (CI, the site build) depend on this exact interface and on the exit codes:
0 = everything holds, 1 = a check or a test failed, 2 = usage error.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .catalogue import requires_graph
from .diagnose import diagnose, profile
from .check import Report, check_problem
from .memory import DEFAULT_GIB
from .mutate import THRESHOLD, Outcome, mutants, score
from .parallel import default_jobs, grader, ordered_map
from .problem import ProblemError, find_problems, load_problem
from .scaffold import ask_track, scaffold
from .tracks import CourseError, course_for

PROBLEMS_ROOT = Path("problems")
MARKS = {"passed": "PASS", "failed": "FAIL", "error": "ERROR", "timeout": "TIMEOUT"}


def main(argv: list[str] | None = None, prog: str = "python -m harness") -> int:
    parser = _parser(prog)
    args = parser.parse_args(argv)
    args.prog = prog
    if not args.command:
        parser.print_help()
        return 2
    return args.handler(args)


def _parser(prog: str = "python -m harness") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="gradlab author tools")
    sub = parser.add_subparsers(dest="command")
    check = sub.add_parser("check", help="validate problems: reference passes, stub and mutants fail")
    check.add_argument("problems", nargs="*", type=Path, help="problem folders (default: all of problems/)")
    check.add_argument("--pyodide", action="store_true", help="grade inside Pyodide (Node) instead of CPython")
    check.add_argument("--jobs", type=_positive, default=default_jobs(), help="problems checked in parallel (default: CPU count)")
    check.add_argument("--mutate", action="store_true", help=f"also require a mutation score of at least {THRESHOLD:.0%}")
    check.add_argument("--json", action="store_true", help="print one JSON object: per-problem results, counts and scores")
    _memory_option(check)
    check.set_defaults(handler=_check)
    mutate = sub.add_parser("mutate", help="grade machine-made mutants of the reference; print the score and every survivor")
    mutate.add_argument("problems", nargs="*", type=Path, help="problem folders (default: all of problems/)")
    mutate.add_argument("--jobs", type=_positive, default=default_jobs(), help="mutants graded in parallel (default: CPU count)")
    mutate.add_argument("--json", action="store_true", help="print per-problem scores as JSON")
    _memory_option(mutate)
    mutate.set_defaults(handler=_mutate)
    grade = sub.add_parser("grade", help="grade a solution file against a problem's hidden tests")
    grade.add_argument("problem", type=Path)
    grade.add_argument("solution", type=Path)
    grade.add_argument("--json", action="store_true", help="print the results object as JSON")
    grade.add_argument("--pyodide", action="store_true", help="grade inside Pyodide (Node) instead of CPython")
    _memory_option(grade)
    grade.set_defaults(handler=_grade)
    new = sub.add_parser("new", help="scaffold a new problem folder under problems/")
    new.add_argument("slug")
    new.add_argument("--track", help="the track: one of course.toml's (asked at a terminal when not given)")
    new.add_argument("--root", type=Path, default=PROBLEMS_ROOT, help=argparse.SUPPRESS)
    new.set_defaults(handler=_new)
    return parser


def _memory_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--memory-limit", type=_gib, default=DEFAULT_GIB, metavar="GIB",
        help=f"memory learner code may take in CPython, in GiB (default {DEFAULT_GIB:g}; 0 = no cap); "
        "beyond it an allocation raises MemoryError. Pyodide caps memory at 4 GiB by itself",
    )


def _gib(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of GiB: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (no cap) or more")
    return value


def _folders(args) -> list[Path]:
    folders = args.problems or (find_problems(PROBLEMS_ROOT) if PROBLEMS_ROOT.is_dir() else [])
    if not folders:
        print("no problem folders found (run from the project root or name them)", file=sys.stderr)
    return folders


def _check(args) -> int:
    folders = _folders(args)
    if not folders:
        return 2
    roots = {Path(f).resolve().parent for f in folders}
    broken = _course_errors(roots)
    if broken:
        if args.json:
            print(json.dumps({"passed": 0, "failed": len(folders), "course": broken, "problems": []}, indent=2))
        else:
            print("\n".join(f"FAIL  {line}" for line in broken))
            print(f"0 passed, {len(folders)} failed (fix the course file first)")
        return 1
    graphs = {root: requires_graph(root) for root in roots}
    jobs = [(folder, graphs[Path(folder).resolve().parent], args.pyodide, args.mutate, args.memory_limit) for folder in folders]
    reports = []
    for report in ordered_map(_check_one, jobs, args.jobs):
        reports.append(report)
        if not args.json:
            print(report.line(), flush=True)
    failed = sum(not r.ok for r in reports)
    if args.json:
        print(json.dumps({"passed": len(reports) - failed, "failed": failed, "problems": [r.as_json() for r in reports]}, indent=2))
    else:
        print(f"{len(reports) - failed} passed, {failed} failed")
    return 1 if failed else 0


def _course_errors(roots) -> list[str]:
    """One line per malformed course.toml among the problems' folders (harness/tracks.py)."""
    lines = []
    for root in sorted(roots):
        try:
            course_for(root)
        except CourseError as exc:
            lines.append(str(exc))
    return sorted(set(lines))


def _check_one(job) -> Report:
    folder, graph, pyodide, mutate, memory_gib = job
    return check_problem(folder, grader(pyodide, memory_gib), graph, mutate=mutate)


def _mutate(args) -> int:
    folders = _folders(args)
    if not folders:
        return 2
    try:
        problems = [load_problem(folder) for folder in folders]
    except ProblemError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    found = {p.slug: mutants(p.solution) for p in problems}
    jobs = [(m.source, p.tests, p.meta.time_limit, args.memory_limit) for p in problems for m in found[p.slug]]
    statuses = iter(ordered_map(_grade_status, jobs, args.jobs))
    scores = []
    for problem in problems:
        outcomes = [Outcome(m, next(statuses)) for m in found[problem.slug]]
        try:
            scores.append(score(problem, outcomes))
        except ProblemError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps([s.as_json() for s in scores], indent=2))
        return 0
    for result in scores:
        print(result.line())
        for survivor in result.survivors:
            print(_indent(survivor.diff.rstrip("\n"), 4))
    total = sum(s.total - len(s.waived) for s in scores)
    killed = sum(s.killed for s in scores)
    print(f"catalogue: {killed}/{total} mutants killed ({killed / total if total else 1:.0%}); threshold {THRESHOLD:.0%}")
    return 0


def _grade_status(job) -> str:
    source, tests, limit, memory_gib = job
    return grader(False, memory_gib)(source, tests, limit, first_failure=True)["status"]


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _grade(args) -> int:
    try:
        problem = load_problem(args.problem)
        source = args.solution.read_bytes()
    except ProblemError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot read {args.solution}: {exc.strerror}", file=sys.stderr)
        return 2
    grade = grader(args.pyodide, args.memory_limit)
    result = grade(source, problem.tests, problem.meta.time_limit)
    if result["status"] == "failed" and problem.mutants:
        result["diagnosis"] = diagnose(result, profile(problem, grade))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print_result(problem.slug, result)
    return 0 if result["status"] == "passed" else 1


def _new(args) -> int:
    try:
        slugs = course_for(args.root).slugs
        track = args.track or (ask_track(slugs=slugs) if sys.stdin.isatty() else "TODO")
        folder = scaffold(args.root, args.slug, track)
    except (ValueError, CourseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"created {folder}/ - fill in the TODOs, then run: {args.prog} check {folder}")
    return 0


def _print_result(slug: str, result: dict) -> None:
    summary = result["summary"]
    if result["status"] == "error":
        print(f"{slug}: could not run the tests\n\n{result['message']}")
        return
    print(f"{slug}: {summary['passed']}/{summary['total']} tests passed ({summary['duration_ms'] / 1000:.2f} s)")
    for test in result["tests"]:
        print(f"  {MARKS[test['status']]:<7} {test['title'] or test['id']}")
        if test["status"] != "passed" and test["message"]:
            print(_indent(test["message"], 10))
        if test.get("case"):
            print(_indent(_case_text(test["case"]), 10))
        if test["stdout"]:
            print(_indent("output:\n" + test["stdout"].rstrip("\n"), 10))


    diagnosis = result.get("diagnosis")
    if diagnosis:
        hint = f" (see hint {diagnosis['hint']}: {diagnosis['hint_title']})" if diagnosis["hint"] else ""
        print(f"\nThis looks like a common mistake: {diagnosis['description']}{hint}")


def _case_text(case: dict) -> str:
    """The failing call as the page shows it: the call, each argument, what came back."""
    lines = [f"case: {case['call']}"]
    lines += [f"  {arg['name']} = " + _hang(arg["value"], len(arg["name"]) + 5) for arg in case["args"]]
    if case["raised"]:
        lines.append(f"  raised   {case['raised']}")
    else:
        lines.append(f"  returned {_hang(case['returned'], 11)}")
    if case["expected"]:
        lines.append(f"  expected {_hang(case['expected'], 11)}")
    return "\n".join(lines)


def _hang(text: str, width: int) -> str:
    return text.replace("\n", "\n" + " " * width)


def _indent(text: str, width: int) -> str:
    return "\n".join(" " * width + line for line in text.splitlines())
