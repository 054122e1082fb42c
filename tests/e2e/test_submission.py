"""A learner's submission, end to end: runs, a hint and the solution in Chromium, "Export a
submission" from the index, then `gradlab grade-submissions` on it and on a copy edited by hand
to claim a pass: the CSV has the re-graded counts, the hints and the early look at the
solution, and flags the edited copy."""
from __future__ import annotations

import csv
import json

from conftest import SLUG
from harness.submissions import grade_submissions
from pagekit import open_problem, run_tests, set_code

WRONG = "import numpy as np\n\n\ndef cross_entropy_grad(logits, target):\n    return np.zeros(len(logits))\n"


def test_exported_submission_is_regraded_and_an_edited_copy_flagged(context, base_url, problem_dir, tmp_path):
    errors: list[str] = []
    page = open_problem(context, base_url, SLUG, errors)
    set_code(page, WRONG)
    summary = run_tests(page)
    page.click("#next-hint")
    page.click("#show-solution")
    page.click("#confirm-ok")
    page.wait_for_selector("#solution-body:not([hidden])")
    page.goto(base_url + "index.html")
    page.fill("#learner-name", "Ada 7")
    with page.expect_download() as download:
        page.click("#export-submission")
    exported = tmp_path / download.value.suggested_filename
    download.value.save_as(exported)
    assert exported.name.startswith("submission-Ada_7-")
    data = json.loads(exported.read_text())
    assert (data["format"], data["version"], data["kind"], data["learner"]) == ("gradlab-progress", 2, "submission", {"name": "Ada 7"})
    entry = data["problems"][SLUG]
    assert entry["hints"] == 1 and entry["solution"]["beforeSolving"] is True
    assert entry["results"]["status"] == "failed" and f"{entry['results']['passed']} of {entry['results']['total']}" in summary
    assert page.input_value("#learner-name") == "Ada 7"

    edited = json.loads(exported.read_text())
    edited["learner"]["name"] = "Bob"
    edited["problems"][SLUG]["results"].update(status="passed", passed=entry["results"]["total"])
    forged = tmp_path / "bob.json"
    forged.write_text(json.dumps(edited))

    said: list[str] = []
    code = grade_submissions([exported, forged], problem_dir.parent, tmp_path / "out", jobs=1, say=said.append)
    assert code == 1
    rows = {(r["learner"], r["problem"]): r for r in csv.DictReader((tmp_path / "out" / "gradebook.csv").open())}
    ada, bob = rows[("Ada 7", SLUG)], rows[("Bob", SLUG)]
    assert ada["flag"] == "" and ada["passed"] == str(entry["results"]["passed"]) and ada["total"] == str(entry["results"]["total"])
    assert ada["hints_used"] == "1" and ada["solution_seen_before_solving"] == "yes"
    assert bob["flag"].startswith("browser says passed") and bob["passed"] == ada["passed"]
    assert [line for line in said if line.startswith("FLAGGED")] == [f"FLAGGED  Bob / {SLUG}: {bob['flag']} ({forged})"]
    assert not errors, errors
