"""gradlab grade-submissions: re-grade exported files in CPython, flag what the browser claimed
wrongly, refuse corrupt and foreign files in one line each, write the gradebook."""
import csv
import json

import pytest

from builder.init import init
from harness.submissions import main

SLUG = "mean-squared-error"
GOOD = (
    "import numpy as np\n\n\ndef mean_squared_error(pred, target):\n"
    "    d = np.asarray(pred, float) - np.asarray(target, float)\n    return float((d * d).mean())\n"
)
STUB = "def mean_squared_error(pred, target):\n    raise NotImplementedError\n"
LOOP = "def mean_squared_error(pred, target):\n    while True:\n        pass\n"


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    root = tmp_path_factory.mktemp("course") / "signals"
    init(root, "Signals")
    statement = root / "problems" / SLUG / "problem.md"
    statement.write_text(statement.read_text().replace("minutes: 5\n", "minutes: 5\ntime_limit: 1\n"))
    return root


def submission(name, code, results=None, hints=0, solution=None, course="Signals", **extra):
    entry = {"code": code, "savedAt": 1_700_000_000_000, "status": "attempted", "complete": False, "quiz": {},
             "results": results, "hints": hints, "solution": solution, "ranAt": None, "solvedAt": None}
    return {"format": "gradlab-progress", "version": 2, "kind": "submission", "exportedAt": "2026-01-05T10:00:00.000Z",
            "learner": {"name": name}, "course": {"title": course}, "problems": {SLUG: entry}, **extra}


def write(folder, name, data):
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def test_gradebook_flags_an_edited_file_and_refuses_bad_ones(course, tmp_path, capsys):
    passed = {"status": "passed", "passed": 7, "total": 7, "tests": []}
    files = [
        write(tmp_path, "ada.json", submission("Ada", GOOD, passed, hints=1)),
        # Edited by hand: the stub, with the browser's results changed to a pass.
        write(tmp_path, "bob.json", submission("Bob", STUB, passed)),
        write(tmp_path, "cy.json", submission("Cy 42", GOOD, passed, hints=2, solution={"at": 1, "beforeSolving": True})),
        write(tmp_path, "dee.json", submission("Dee", LOOP, {"status": "timeout", "passed": None, "total": None, "tests": []})),
        write(tmp_path, "corrupt.json", '{"format": "gradlab-progress", "vers'),
        write(tmp_path, "foreign.json", submission("Eve", GOOD, course="Another course")),
        write(tmp_path, "progress.json", {k: v for k, v in submission("Fay", GOOD).items() if k != "kind"}),
        write(tmp_path, "old.json", {**submission("Gus", GOOD), "version": 1}),
        write(tmp_path, "damaged.json", submission("Hal", GOOD, results={"status": "great"})),
    ]
    out = tmp_path / "out"
    code = main([*map(str, files), "--out", str(out), "--problems", str(course / "problems"), "--jobs", "2"])
    printed = capsys.readouterr().out
    assert code == 1
    refused = [line for line in printed.splitlines() if line.startswith("REFUSED")]
    assert len(refused) == 5, printed
    assert "corrupt.json: corrupt: not valid JSON" in printed
    assert "foreign.json: foreign: made for the course 'Another course', not 'Signals'" in printed
    assert "progress.json: a progress export, not a submission" in printed
    assert "old.json: format version 1" in printed
    assert 'damaged.json: damaged: problem "mean-squared-error": results:' in printed
    flagged = [line for line in printed.splitlines() if line.startswith("FLAGGED")]
    assert flagged == [f"FLAGGED  Bob / {SLUG}: browser says passed 7/7, re-graded failed 0/7 ({files[1]})"]
    assert "4 learners, 4 problems re-graded, 1 flagged, 5 files refused" in printed

    rows = {r["learner"]: r for r in csv.DictReader((out / "gradebook.csv").open())}
    assert set(rows) == {"Ada", "Bob", "Cy 42", "Dee"}
    assert (rows["Ada"]["passed"], rows["Ada"]["total"], rows["Ada"]["flag"]) == ("7", "7", "")
    assert rows["Ada"]["hints_used"] == "1" and rows["Ada"]["solution_seen_before_solving"] == "no"
    assert rows["Bob"]["passed"] == "0" and rows["Bob"]["flag"].startswith("browser says passed")
    assert rows["Cy 42"]["hints_used"] == "2" and rows["Cy 42"]["solution_seen_before_solving"] == "yes"
    assert rows["Dee"]["passed"] == "0" and rows["Dee"]["flag"] == ""
    dee = json.loads((out / "learners" / "Dee.json").read_text())["problems"][SLUG]["tests"]
    assert {t["status"] for t in dee} == {"timeout"}, "an endless loop is a time-out, not a hang"
    assert rows["Ada"]["submitted_at"] == "2026-01-05T10:00:00.000Z"
    learner = json.loads((out / "learners" / "Cy_42.json").read_text())
    assert learner["problems"][SLUG]["tests"][0]["status"] == "passed"
    assert (out / "report.txt").read_text().count("REFUSED") == 5


def test_every_file_good_exits_0_and_jobs_do_not_change_the_gradebook(course, tmp_path, capsys):
    files = [write(tmp_path, f"l{i}.json", submission(f"L{i}", GOOD if i % 2 else STUB)) for i in range(4)]
    books = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        assert main([*map(str, files), "--out", str(out), "--problems", str(course / "problems"), "--jobs", jobs]) == 0
        books.append((out / "gradebook.csv").read_text())
    capsys.readouterr()
    assert books[0] == books[1]
