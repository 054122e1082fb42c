"""gradlab gradescope: the autograder zip, run locally in a tree laid out like Gradescope's
(/autograder/source, /submission, /results), writes a results.json that follows the schema."""
import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile

import pytest

from builder.init import init
from harness.gradescope import main

from conftest import ROOT
from copies import copy_problem

SLUG = "mean-squared-error"
OTHER = "cross-entropy-grad"
GOOD = "import numpy as np\n\n\ndef mean_squared_error(pred, target):\n    return float(np.mean((np.asarray(pred, float) - np.asarray(target, float)) ** 2))\n"
WRONG = "import numpy as np\n\n\ndef mean_squared_error(pred, target):\n    print('debugging')\n    return float(np.sum((np.asarray(pred, float) - np.asarray(target, float)) ** 2))\n"

# Gradescope's results.json (https://gradescope-autograders.readthedocs.io/en/latest/specs/).
VISIBILITY = {"hidden", "after_due_date", "after_published", "visible"}
TOP = {"score": (int, float), "execution_time": (int, float), "output": str, "output_format": str, "test_output_format": str,
       "test_name_format": str, "visibility": str, "stdout_visibility": str, "extra_data": dict, "tests": list, "leaderboard": list}
TEST = {"score": (int, float), "max_score": (int, float), "status": str, "name": str, "name_format": str, "number": str,
        "output": str, "output_format": str, "tags": list, "visibility": str, "extra_data": dict}


def schema_errors(results: dict) -> list[str]:
    errors = [f"unknown field {k}" for k in set(results) - set(TOP)]
    errors += [f"{k}: wrong type" for k, kind in TOP.items() if k in results and not isinstance(results[k], kind)]
    for k in ("visibility", "stdout_visibility"):
        if k in results and results[k] not in VISIBILITY:
            errors.append(f"{k}: {results[k]!r}")
    if "score" not in results and not all("score" in t for t in results.get("tests", [])):
        errors.append("score: needed at the top or on every test")
    for n, test in enumerate(results.get("tests", [])):
        errors += [f"tests[{n}]: unknown field {k}" for k in set(test) - set(TEST)]
        errors += [f"tests[{n}].{k}: wrong type" for k, kind in TEST.items() if k in test and not isinstance(test[k], kind)]
        if test.get("visibility", "visible") not in VISIBILITY:
            errors.append(f"tests[{n}].visibility")
        if test.get("status", "passed") not in ("passed", "failed"):
            errors.append(f"tests[{n}].status")
        if "max_score" in test and not 0 <= test["score"] <= test["max_score"]:
            errors.append(f"tests[{n}].score out of range")
    return errors


@pytest.fixture(scope="module")
def autograder(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gs")
    init(tmp / "course", "Signals")
    problems = tmp / "course" / "problems"
    copy_problem(ROOT / "problems" / OTHER, problems / OTHER)
    (tmp / "course" / "problems" / "course.toml").unlink(missing_ok=True)
    statement = problems / OTHER / "problem.md"
    statement.write_text(statement.read_text().replace("track: losses", "track: basics"))
    zip_path = tmp / "autograder.zip"
    assert main([str(problems / SLUG), str(problems / OTHER), "-o", str(zip_path), "--visibility", "after_due_date", "--points", "2"]) == 0
    return zip_path


def gradescope_tree(zip_path, root, files):
    """/autograder as Gradescope lays it out: source/ unzipped, run_autograder copied up, the submission."""
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(root / "source")
        names = set(zf.namelist())
    assert {"setup.sh", "run_autograder"} <= names, "both at the zip's root"
    shutil.copyfile(root / "source" / "run_autograder", root / "run_autograder")
    (root / "run_autograder").chmod(0o755)
    (root / "submission").mkdir()
    for name, text in files.items():
        (root / "submission" / name).write_text(text)
    done = subprocess.run(
        ["bash", str(root / "run_autograder")], cwd=root, capture_output=True, text=True, timeout=300,
        env={**os.environ, "GRADESCOPE_ROOT": str(root), "GRADLAB_PYTHON": sys.executable},
    )
    assert done.returncode == 0, done.stderr
    return json.loads((root / "results" / "results.json").read_text())


def test_zip_holds_executable_scripts_and_the_grader(autograder):
    with zipfile.ZipFile(autograder) as zf:
        for name in ("setup.sh", "run_autograder"):
            assert (zf.getinfo(name).external_attr >> 16) & stat.S_IXUSR, name
        assert "harness/runner.py" in zf.namelist() and f"problems/{SLUG}/tests.py" in zf.namelist()
        assert "solution.py" not in " ".join(zf.namelist()), "no reference solution in the zip"
        assert "numpy==" in zf.read("setup.sh").decode()


def test_run_autograder_scores_a_submission_per_schema(autograder, tmp_path):
    results = gradescope_tree(autograder, tmp_path / "autograder", {f"{SLUG}.py": GOOD})
    assert schema_errors(results) == []
    mine = [t for t in results["tests"] if t["name"].startswith("Mean squared error: ")]
    other = [t for t in results["tests"] if not t["name"].startswith("Mean squared error: ")]
    assert len(mine) == 7 and all(t["score"] == 2 and t["max_score"] == 2 and t["status"] == "passed" for t in mine)
    assert mine[0]["name"] == "Mean squared error: Matches the worked example" and mine[0]["number"] == "1.1"
    assert len(other) == 12 and all(t["score"] == 0 and t["output"] == f"No file {OTHER}.py was submitted." for t in other)
    assert {t["visibility"] for t in results["tests"]} == {"after_due_date"}
    assert f"{OTHER}: no {OTHER}.py in the submission" in results["output"]


def test_a_wrong_submission_gets_the_failure_and_its_output(autograder, tmp_path):
    results = gradescope_tree(autograder, tmp_path / "autograder", {f"{SLUG}.py": WRONG})
    assert schema_errors(results) == []
    example = next(t for t in results["tests"] if t["name"].endswith("Matches the worked example"))
    assert example["score"] == 0 and example["status"] == "failed"
    assert "mse" in example["output"] and "debugging" in example["output"]
