"""``gradlab gradescope PROBLEM_DIR... -o autograder.zip``: a Gradescope autograder for problems.

The zip follows Gradescope's autograder specification
(https://gradescope-autograders.readthedocs.io/en/latest/specs/): ``setup.sh`` and
``run_autograder`` at its root. Gradescope unpacks it into ``/autograder/source``, runs
``setup.sh`` once when it builds the image, and ``run_autograder`` (from ``/autograder``) on
each submission, whose files are in ``/autograder/submission``; the scores go to
``/autograder/results/results.json``.

The zip carries the grader itself (the same ``harness`` modules the browser runs:
``builder.runtime.grader_modules``), each problem's hidden tests and time limit, and
``gradlab_autograder.py``, which grades ``<slug>.py`` from the submission (for a one-problem
autograder, the only ``.py`` file submitted will do) and writes one Gradescope test per hidden
test: ``name`` (problem and test title), ``score``, ``max_score``, ``status``, ``output`` (the
failure message and what the code printed) and ``visibility``. The paths are configurable for
running it elsewhere: ``GRADESCOPE_ROOT`` (default ``/autograder``) and ``GRADLAB_PYTHON``
(default the venv ``setup.sh`` makes).
"""
from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

from .problem import ProblemError, load_problem
from .check import titles

VISIBILITY = ("visible", "hidden", "after_due_date", "after_published")
HARNESS = Path(__file__).resolve().parent

SETUP = """#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image.
set -euo pipefail
apt-get install -y python3 python3-venv python3-pip >/dev/null
PY=python3
if apt-get install -y python3.11 python3.11-venv >/dev/null 2>&1; then PY=python3.11; fi
"$PY" -m venv /autograder/venv
/autograder/venv/bin/pip install --disable-pip-version-check -q {requirements}
"""

RUN = """#!/usr/bin/env bash
# Gradescope runs this from /autograder for each submission (see gradlab_autograder.py).
ROOT="${GRADESCOPE_ROOT:-/autograder}"
PY="${GRADLAB_PYTHON:-$ROOT/venv/bin/python}"
cd "$ROOT" && exec "$PY" "$ROOT/source/gradlab_autograder.py"
"""

AUTOGRADER = '''"""Grade /autograder/submission against each problem's hidden tests; write results.json."""
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(os.environ.get("GRADESCOPE_ROOT", "/autograder"))
SOURCE = ROOT / "source"
sys.path.insert(0, str(SOURCE))

from harness.runner import run  # noqa: E402

CONFIG = json.loads((SOURCE / "gradlab.json").read_text(encoding="utf-8"))
MEMORY = int(CONFIG["memory_gib"] * 2**30) or None
OUTPUT_LIMIT = 8000


def find(slug, submitted):
    named = [p for p in submitted if p.name == f"{slug}.py"]
    if named:
        return named[0]
    if len(CONFIG["problems"]) == 1 and len(submitted) == 1:
        return submitted[0]
    return None


def main():
    started = time.time()
    submitted = sorted(p for p in (ROOT / "submission").rglob("*.py") if p.is_file())
    tests, notes = [], []
    for problem in CONFIG["problems"]:
        slug = problem["slug"]
        file = find(slug, submitted)
        source = file.read_text(encoding="utf-8", errors="replace") if file else None
        if file is None:
            notes.append(f"{slug}: no {slug}.py in the submission")
            result = None
        else:
            tests_source = (SOURCE / "problems" / slug / "tests.py").read_text(encoding="utf-8")
            result = run(source, tests_source, time_limit=problem["time_limit"], memory_limit=MEMORY)
        by_id = {t["id"]: t for t in (result or {}).get("tests", [])}
        for n, test in enumerate(problem["tests"], 1):
            got = by_id.get(test["id"])
            passed = bool(got) and got["status"] == "passed"
            if result is None:
                output = f"No file {slug}.py was submitted."
            elif result["status"] == "error" and not got:
                output = "Your code could not be tested:\\n" + (result.get("message") or "")
            else:
                output = ((got or {}).get("message") or "") + (("\\nOutput:\\n" + got["stdout"]) if got and got.get("stdout") else "")
            tests.append({
                "name": f"{problem['title']}: {test['title']}",
                "number": f"{problem['number']}.{n}",
                "score": CONFIG["points"] if passed else 0.0,
                "max_score": CONFIG["points"],
                "status": "passed" if passed else "failed",
                "output": output.strip()[:OUTPUT_LIMIT],
                "visibility": CONFIG["visibility"],
            })
    results = {
        "execution_time": round(time.time() - started, 3),
        "output": "\\n".join(notes) if notes else "Every problem was graded.",
        "stdout_visibility": "hidden",
        "tests": tests,
    }
    out = ROOT / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    passed = sum(t["status"] == "passed" for t in tests)
    print(f"{passed}/{len(tests)} tests passed")


if __name__ == "__main__":
    main()
'''


def requirements() -> str:
    """numpy and pytest, pinned as this gradlab pins them."""
    from importlib import metadata

    try:
        wanted = [r for r in metadata.requires("gradlab") or [] if r.split("==")[0].strip() in ("numpy", "pytest")]
    except metadata.PackageNotFoundError:
        wanted = []
    return " ".join(f"'{r}'" for r in wanted) or "'numpy==2.0.2' 'pytest==8.3.5'"


def write_autograder(folders: list[Path], dest: Path, visibility: str = "visible", points: float = 1.0, memory_gib: float = 4.0) -> dict:
    """Write the autograder zip; return its gradlab.json (problems, tests, points)."""
    problems = []
    for number, folder in enumerate(folders, 1):
        problem = load_problem(folder)
        problems.append({
            "slug": problem.slug, "title": problem.meta.title, "number": number, "time_limit": problem.meta.time_limit,
            "tests": [{"id": t["id"], "title": t["title"]} for t in titles(problem)], "_tests": problem.tests,
        })
    config = {
        "visibility": visibility, "points": float(points), "memory_gib": memory_gib,
        "problems": [{k: v for k, v in p.items() if k != "_tests"} for p in problems],
    }
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        def add(name: str, text: str, mode: int = 0o644) -> None:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o100000 | mode) << 16
            zf.writestr(info, text)

        add("setup.sh", SETUP.format(requirements=requirements()), 0o755)
        add("run_autograder", RUN, 0o755)
        add("gradlab_autograder.py", AUTOGRADER)
        add("gradlab.json", json.dumps(config, indent=2))
        from builder.runtime import grader_modules  # what the browser gets: the runner and what it imports

        for name in grader_modules():
            add(f"harness/{name}", (HARNESS / name).read_text(encoding="utf-8"))
        for problem in problems:
            add(f"problems/{problem['slug']}/tests.py", problem["_tests"])
    return config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gradlab gradescope", description="Write a Gradescope autograder zip for problems.")
    parser.add_argument("problems", nargs="+", type=Path, help="problem folders")
    parser.add_argument("-o", "--output", type=Path, default=Path("autograder.zip"), help="the zip to write (default: autograder.zip)")
    parser.add_argument("--visibility", choices=VISIBILITY, default="visible", help="when students see each test's result (default: visible)")
    parser.add_argument("--points", type=float, default=1.0, help="points per hidden test (default: 1)")
    parser.add_argument("--memory-limit", type=float, default=4.0, metavar="GIB", help="memory learner code may take, GiB (default 4; 0: none)")
    args = parser.parse_args(argv)
    try:
        config = write_autograder(args.problems, args.output, args.visibility, args.points, args.memory_limit)
    except ProblemError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    total = sum(len(p["tests"]) for p in config["problems"])
    print(f"wrote {args.output}: {len(config['problems'])} problems, {total} tests, {total * config['points']:g} points; "
          "upload it as the assignment's autograder (submissions: <slug>.py per problem)")
    return 0
