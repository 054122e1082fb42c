"""The author CLI: ``python -m harness check | grade | new``.

Other tools (CI, the site build) depend on this exact interface and on the exit codes:
0 = everything holds, 1 = a check or a test failed, 2 = usage error.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from .catalogue import requires_graph
from .check import check_problem
from .memory import DEFAULT_GIB, GiB
from .problem import ProblemError, find_problems, load_problem
from .scaffold import scaffold

PROBLEMS_ROOT = Path("problems")
MARKS = {"passed": "PASS", "failed": "FAIL", "error": "ERROR", "timeout": "TIMEOUT"}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    return args.handler(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m harness", description="gradlab author tools")
    sub = parser.add_subparsers(dest="command")
    check = sub.add_parser("check", help="validate problems: reference passes, stub and mutants fail")
    check.add_argument("problems", nargs="*", type=Path, help="problem folders (default: all of problems/)")
    check.add_argument("--pyodide", action="store_true", help="grade inside Pyodide (Node) instead of CPython")
    _memory_option(check)
    check.set_defaults(handler=_check)
    grade = sub.add_parser("grade", help="grade a solution file against a problem's hidden tests")
    grade.add_argument("problem", type=Path)
    grade.add_argument("solution", type=Path)
    grade.add_argument("--json", action="store_true", help="print the results object as JSON")
    grade.add_argument("--pyodide", action="store_true", help="grade inside Pyodide (Node) instead of CPython")
    _memory_option(grade)
    grade.set_defaults(handler=_grade)
    new = sub.add_parser("new", help="scaffold a new problem folder under problems/")
    new.add_argument("slug")
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


def _check(args) -> int:
    folders = args.problems or (find_problems(PROBLEMS_ROOT) if PROBLEMS_ROOT.is_dir() else [])
    if not folders:
        print("no problem folders found (run from the project root or name them)", file=sys.stderr)
        return 2
    graphs = {root: requires_graph(root) for root in {Path(f).resolve().parent for f in folders}}
    with _grader(args.pyodide, args.memory_limit) as grade:
        reports = [check_problem(folder, grade, graphs[Path(folder).resolve().parent]) for folder in folders]
        for report in reports:
            print(report.line(), flush=True)
    failed = sum(not r.ok for r in reports)
    print(f"{len(reports) - failed} passed, {failed} failed")
    return 1 if failed else 0


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
    with _grader(args.pyodide, args.memory_limit) as grade:
        result = grade(source, problem.tests, problem.meta.time_limit)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print_result(problem.slug, result)
    return 0 if result["status"] == "passed" else 1


def _new(args) -> int:
    try:
        folder = scaffold(args.root, args.slug)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"created {folder}/ - fill in the TODOs, then run: python -m harness check {folder}")
    return 0


@contextlib.contextmanager
def _grader(pyodide: bool, memory_gib: float = DEFAULT_GIB):
    """A ``grade(source, tests, time_limit)`` callable: in-process CPython or one Pyodide session."""
    if not pyodide:
        from .runner import run

        memory = int(memory_gib * GiB) if memory_gib else None
        yield lambda source, tests, limit: run(source, tests, time_limit=limit, memory_limit=memory)
        return
    from .runtime.node_bridge import PyodideSession

    with PyodideSession() as session:
        yield lambda source, tests, limit: session.run(source, tests, limit)


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
        if test["stdout"]:
            print(_indent("output:\n" + test["stdout"].rstrip("\n"), 10))


def _indent(text: str, width: int) -> str:
    return "\n".join(" " * width + line for line in text.splitlines())
