"""``gradlab grade-submissions FILE... [--jobs N] --out DIR``: grade learners' exported files.

A learner exports a *submission* from the site (the progress export, format version 2, with
``"kind": "submission"``, their name or ID and the course's title; see docs/courses.md). This
re-grades every problem's code in CPython against the course's hidden tests, under the grader's
usual limits (time per test, memory, output), and never trusts the browser's results: when
they disagree with the re-grade (a file edited to claim a pass, or a browser that graded other
code) the row is flagged. A corrupt, foreign (another course, or not a submission) or malformed
file is one line in the report, and the others go on.

Writes ``DIR/gradebook.csv`` (one row per learner and problem), ``DIR/learners/<name>.json``
(each learner's results, test by test) and ``DIR/report.txt`` (the refused files and the
flags, as printed). Exit 0 when every file was read and no row is flagged, 1 otherwise,
2 on usage errors.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .memory import DEFAULT_GIB
from .parallel import default_jobs, grader, ordered_map
from .problem import ProblemError, find_problems, load_problem
from .tracks import CourseError, course_for

FORMAT = "gradlab-progress"
VERSIONS = (2,)
KIND = "submission"
MAX_BYTES = 20 * 2**20
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
STATUSES = ("not-started", "attempted", "solved")
RESULT_STATUSES = ("passed", "failed", "error", "timeout")
COLUMNS = (
    "learner", "problem", "passed", "total", "score", "status", "hints_used",
    "solution_seen", "solution_seen_before_solving", "submitted_at", "browser_passed", "browser_total", "flag",
)


class SubmissionError(ValueError):
    """A file that cannot be graded; ``str()`` is its one line."""


@dataclass
class Entry:
    slug: str
    code: str | None
    results: dict | None
    hints: int
    solution: dict | None
    saved_at: float | None


@dataclass
class Submission:
    file: Path
    learner: str
    exported_at: str
    entries: list[Entry] = field(default_factory=list)


def parse(file: Path, course_title: str, known: set[str]) -> Submission:
    """Read and validate one exported file; :class:`SubmissionError` with its one line."""
    try:
        if file.stat().st_size > MAX_BYTES:
            raise SubmissionError("too large to be a gradlab submission")
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SubmissionError(f"cannot read: {exc.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SubmissionError("corrupt: not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SubmissionError(f'not a gradlab export (no "format": "{FORMAT}")')
    if data.get("version") not in VERSIONS:
        raise SubmissionError(f"format version {data.get('version')!r}; this gradlab reads version {', '.join(map(str, VERSIONS))}")
    if data.get("kind") != KIND:
        raise SubmissionError('a progress export, not a submission (export it with "Export a submission" and your name)')
    learner = data.get("learner")
    name = learner.get("name") if isinstance(learner, dict) else None
    if not isinstance(name, str) or not name.strip():
        raise SubmissionError("learner.name: missing")
    course = data.get("course")
    title = course.get("title") if isinstance(course, dict) else None
    if title != course_title:
        raise SubmissionError(f"foreign: made for the course {title!r}, not {course_title!r}")
    problems = data.get("problems")
    if not isinstance(problems, dict):
        raise SubmissionError('damaged: no "problems" object')
    exported = data.get("exportedAt")
    if not isinstance(exported, str) or not _iso(exported):
        raise SubmissionError("damaged: exportedAt: not a date and time")
    submission = Submission(file, name.strip(), exported)
    for slug, raw in sorted(problems.items()):
        try:
            entry = _entry(slug, raw)
        except SubmissionError as exc:
            raise SubmissionError(f'damaged: problem "{slug}": {exc}') from None
        if slug in known:
            submission.entries.append(entry)
    if problems and not submission.entries:
        raise SubmissionError("foreign: none of its problems is in this course")
    return submission


def _entry(slug: str, raw) -> Entry:
    if not SLUG.match(slug):
        raise SubmissionError("not a problem name")
    if not isinstance(raw, dict):
        raise SubmissionError("must be an object")
    code, saved_at = raw.get("code"), raw.get("savedAt")
    if code is not None and not isinstance(code, str):
        raise SubmissionError("code: must be text or null")
    if saved_at is not None and (isinstance(saved_at, bool) or not isinstance(saved_at, (int, float)) or saved_at < 0):
        raise SubmissionError("savedAt: must be a time in ms or null")
    if raw.get("status", "not-started") not in STATUSES:
        raise SubmissionError("status: must be one of " + ", ".join(STATUSES))
    results = raw.get("results")
    if results is not None:
        if not isinstance(results, dict) or results.get("status") not in RESULT_STATUSES:
            raise SubmissionError("results: must be null or an object with a status")
        for key in ("passed", "total"):
            value = results.get(key)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise SubmissionError(f"results.{key}: must be a count")
    hints = raw.get("hints", 0)
    if isinstance(hints, bool) or not isinstance(hints, int) or hints < 0:
        raise SubmissionError("hints: must be a count")
    solution = raw.get("solution")
    if solution is not None and (not isinstance(solution, dict) or not isinstance(solution.get("beforeSolving"), bool)):
        raise SubmissionError("solution: must be null or an object with beforeSolving")
    return Entry(slug, code, results, hints, solution, saved_at)


def _iso(text: str) -> bool:
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def flag(entry: Entry, actual: dict) -> str:
    """Why the browser's results disagree with the re-grade ('' when they agree or are absent)."""
    claimed = entry.results
    if not claimed:
        return ""
    summary = actual.get("summary") or {}
    passed, total = summary.get("passed", 0), summary.get("total", 0)
    all_claimed = claimed["status"] == "passed"
    if all_claimed != (actual["status"] == "passed"):
        return f"browser says {claimed['status']}" + _counts(claimed) + f", re-graded {actual['status']} {passed}/{total}"
    if claimed.get("passed") is not None and claimed.get("total") == total and claimed["passed"] != passed:
        return f"browser says {claimed['passed']}/{claimed['total']} passed, re-graded {passed}/{total}"
    return ""


def _counts(claimed: dict) -> str:
    return f" {claimed['passed']}/{claimed['total']}" if claimed.get("passed") is not None and claimed.get("total") is not None else ""


def _grade_job(job) -> dict:
    source, tests, limit, memory_gib = job
    return grader(False, memory_gib)(source, tests, limit)


def grade_submissions(files: list[Path], problems_root: Path, out: Path, jobs: int = 1, memory_gib: float = DEFAULT_GIB,
                      say=print) -> int:
    course = course_for(problems_root)
    problems = {}
    for folder in find_problems(problems_root):
        problem = load_problem(folder)
        problems[problem.slug] = problem
    lines: list[str] = []

    def report(line: str) -> None:
        lines.append(line)
        say(line)

    latest: dict[str, Submission] = {}
    for file in files:
        try:
            submission = parse(Path(file), course.title, set(problems))
        except SubmissionError as exc:
            report(f"REFUSED  {file}: {exc}")
            continue
        before = latest.get(submission.learner)
        if before is not None:
            older, submission = sorted((before, submission), key=lambda s: s.exported_at)
            report(f"NOTE     {submission.learner}: {older.file} replaced by the later export {submission.file}")
        latest[submission.learner] = submission

    work = [(s, e) for s in latest.values() for e in s.entries if e.code is not None]
    graded = ordered_map(
        _grade_job,
        [(e.code, problems[e.slug].tests, problems[e.slug].meta.time_limit, memory_gib) for _, e in work],
        jobs,
    )
    results = {(s.learner, e.slug): r for (s, e), r in zip(work, graded)}

    out.mkdir(parents=True, exist_ok=True)
    (out / "learners").mkdir(exist_ok=True)
    flagged = 0
    with (out / "gradebook.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, COLUMNS)
        writer.writeheader()
        for learner in sorted(latest):
            submission = latest[learner]
            per_learner = {"learner": learner, "file": str(submission.file), "submitted_at": submission.exported_at, "problems": {}}
            for entry in submission.entries:
                actual = results.get((learner, entry.slug))
                summary = (actual or {}).get("summary") or {}
                why = flag(entry, actual) if actual else ""
                flagged += bool(why)
                if why:
                    report(f"FLAGGED  {learner} / {entry.slug}: {why} ({submission.file})")
                solution = entry.solution or {}
                row = {
                    "learner": learner, "problem": entry.slug,
                    "passed": summary.get("passed", 0), "total": summary.get("total", 0),
                    "score": f"{summary.get('passed', 0) / summary['total']:.3f}" if summary.get("total") else "0.000",
                    "status": actual["status"] if actual else "no code",
                    "hints_used": entry.hints,
                    "solution_seen": "yes" if entry.solution else "no",
                    "solution_seen_before_solving": "yes" if solution.get("beforeSolving") else "no",
                    "submitted_at": submission.exported_at,
                    "browser_passed": (entry.results or {}).get("passed", ""),
                    "browser_total": (entry.results or {}).get("total", ""),
                    "flag": why,
                }
                writer.writerow(row)
                per_learner["problems"][entry.slug] = {**row, "tests": [
                    {"id": t["id"], "title": t.get("title"), "status": t["status"], "message": t.get("message")}
                    for t in (actual or {}).get("tests", [])
                ], "message": (actual or {}).get("message")}
            name = re.sub(r"[^A-Za-z0-9._-]+", "_", learner).strip("._") or "learner"
            (out / "learners" / f"{name}.json").write_text(json.dumps(per_learner, indent=2), encoding="utf-8")
    refused = sum(line.startswith("REFUSED") for line in lines)
    report(f"{len(latest)} learners, {len(work)} problems re-graded, {flagged} flagged, {refused} files refused; gradebook: {out / 'gradebook.csv'}")
    (out / "report.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 1 if flagged or refused else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gradlab grade-submissions", description="Re-grade learners' exported submission files.")
    parser.add_argument("files", nargs="+", type=Path, help="exported submission files (.json)")
    parser.add_argument("--out", type=Path, required=True, help="folder for gradebook.csv, learners/ and report.txt")
    parser.add_argument("--problems", type=Path, default=Path("problems"), help="the course's problems folder (default: problems)")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="problems graded in parallel (default: CPU count)")
    parser.add_argument("--memory-limit", type=float, default=DEFAULT_GIB, metavar="GIB", help=f"memory learner code may take, GiB (default {DEFAULT_GIB:g})")
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    try:
        return grade_submissions(args.files, args.problems, args.out, args.jobs, args.memory_limit)
    except (ProblemError, CourseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
