"""``gradlab``: the one command of an installed gradlab, run in a course's folder.

    gradlab init DIR            a new course: course.toml, an example problem, CI, README
    gradlab new SLUG            scaffold a problem under problems/      (python -m harness new)
    gradlab check [DIR ...]     prove problems sound                    (python -m harness check)
    gradlab mutate [DIR ...]    machine-made mutants and survivors      (python -m harness mutate)
    gradlab grade DIR FILE      grade one solution file                 (python -m harness grade)
    gradlab build               the static site, problems/ -> _site/    (python build.py)
    gradlab serve               build, serve and rebuild on save        (python build.py serve)
    gradlab grade-submissions FILE... --out DIR    re-grade learners' exported submissions
    gradlab gradescope DIR... -o autograder.zip    a Gradescope autograder for problems

Each subcommand delegates to the code behind the older entry points, with the same options
and exit codes (0: all holds, 1: a check or test failed, 2: usage error).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HARNESS = ("new", "check", "mutate", "grade")
COMMANDS = ("init", *HARNESS, "build", "serve", "grade-submissions", "gradescope")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        print(_usage(), file=sys.stderr)
        return 2
    if argv[0] in ("-h", "--help"):
        print(_usage())
        return 0
    if argv[0] in ("-V", "--version"):
        from .init import requirement

        print(requirement())
        return 0
    command, rest = argv[0], argv[1:]
    if command in HARNESS:
        from harness.cli import main as harness_main

        return harness_main([command, *rest], prog="gradlab")
    if command in ("build", "serve"):
        from .main import main as build_main

        return build_main([command, *rest], prog=f"gradlab {command}")
    if command == "init":
        return _init(rest)
    if command == "grade-submissions":
        from harness.submissions import main as submissions_main

        return submissions_main(rest)
    if command == "gradescope":
        from harness.gradescope import main as gradescope_main

        return gradescope_main(rest)
    print(f"gradlab: unknown command {command!r}\n{_usage()}", file=sys.stderr)
    return 2


def _usage() -> str:
    return "usage: gradlab {" + ",".join(COMMANDS) + "} ...\n\n" + __doc__.split("\n\n")[1]


def _init(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="gradlab init", description="Start a new course repository in DIR.")
    parser.add_argument("dir", type=Path)
    parser.add_argument("--title", help="the course's title (default: from the folder's name)")
    parser.add_argument("--gradlab", metavar="REQUIREMENT", help="what requirements.txt installs (default: this gradlab's version)")
    args = parser.parse_args(argv)
    from .init import init

    try:
        init(args.dir, args.title, args.gradlab)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"created a course in {args.dir}/: cd {args.dir} && gradlab check && gradlab serve")
    return 0


if __name__ == "__main__":
    sys.exit(main())
