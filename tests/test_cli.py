"""The author CLI: exact interface, exit codes, and one-line errors for malformed folders."""
import json
import shutil
import subprocess
import sys

import pytest

from harness.cli import main
from harness.mutate import THRESHOLD
from harness.problem import load_problem
from harness.tracks import TRACK_SLUGS

from conftest import ROOT
from copies import copy_problem, with_course
from malformed import BREAKAGES

EXAMPLE = ROOT / "problems" / "cross-entropy-grad"


@pytest.fixture
def problem(tmp_path):
    folder = tmp_path / "example"
    copy_problem(EXAMPLE, folder)
    return folder


def check(capsys, *folders):
    code = main(["check", *map(str, folders)])
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    return code, out.out


def test_catalogue_meets_the_curriculum_bar(capsys, monkeypatch):
    """100+ problems in 13 tracks, every track used, each problem with 10+ titled tests, 4+
    hand-written mutants, and tests that notice every machine-made mutant not waived as
    equivalent (check --mutate)."""
    monkeypatch.chdir(ROOT)
    assert main(["check", "--mutate", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    problems = report["problems"]
    assert len(problems) >= 100 and report["failed"] == 0
    weak = [(p["slug"], p["tests"], p["mutants"]) for p in problems if p["tests"] < 10 or p["mutants"] < 4]
    assert not weak, f"below 10 tests or 4 mutants: {weak}"
    assert all(p["mutation"]["score"] >= THRESHOLD and not p["mutation"]["survivors"] for p in problems)
    tracks = {load_problem(ROOT / "problems" / p["slug"]).meta.track for p in problems}
    assert tracks == set(TRACK_SLUGS) and len(TRACK_SLUGS) == 13


@pytest.mark.parametrize("name", BREAKAGES)
def test_malformed_folder_gets_one_line(capsys, problem, name):
    breakage, expected = BREAKAGES[name]
    breakage(problem)
    code, out = check(capsys, problem)
    first = out.splitlines()[0]
    assert code == 1
    assert first.startswith("FAIL  example: ") and expected in first, first
    assert out.splitlines()[1] == "0 passed, 1 failed"


def test_check_reports_each_problem_and_continues(capsys, problem, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    code, out = check(capsys, broken, problem)
    assert code == 1
    assert out.splitlines() == [
        f"FAIL  broken: {broken}/problem.md: required file is missing",
        out.splitlines()[1],
        "1 passed, 1 failed",
    ]
    assert out.splitlines()[1].startswith("ok    example: 12 tests")


def test_grade_json_and_exit_codes(capsys):
    assert main(["grade", str(EXAMPLE), str(EXAMPLE / "solution.py"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["status"] == "passed" and result["summary"]["total"] == 12
    assert main(["grade", str(EXAMPLE), str(EXAMPLE / "mutants" / "naive_softmax.py"), "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    failed = [t for t in result["tests"] if t["status"] != "passed"]
    assert [t["id"] for t in failed] == ["test_stable_for_large_logits"]
    assert main(["grade", str(EXAMPLE), str(EXAMPLE / "nope.py")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_grade_human_output_names_failing_tests(capsys):
    assert main(["grade", str(EXAMPLE), str(EXAMPLE / "stub.py")]) == 1
    out = capsys.readouterr().out
    assert out.startswith("cross-entropy-grad: 0/12 tests passed")
    assert "ERROR   Gradient sums to ~0" in out
    assert "cross_entropy_grad() still raises NotImplementedError" in out


def test_usage_errors_exit_2():
    for args in ([], ["grade"], ["grade", "only-one"], ["frobnicate"]):
        proc = subprocess.run([sys.executable, "-m", "harness", *args], cwd=ROOT, capture_output=True, text=True)
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)


def test_new_scaffold_is_incomplete_until_filled(capsys, tmp_path):
    with_course(tmp_path)
    assert main(["new", "layer-norm", "--root", str(tmp_path)]) == 0
    capsys.readouterr()
    folder = tmp_path / "layer-norm"
    assert sorted(p.name for p in folder.iterdir()) == ["mutants", "problem.md", "solution.py", "stub.py", "tests.py"]
    code, out = check(capsys, folder)
    assert code == 1
    assert out.splitlines()[:7] == [
        "FAIL  layer-norm: incomplete: still marked TODO; fill in, in this order:",
        "        1. problem.md: front matter track, tags",
        "        2. problem.md: ## Background, ## Task, ## Inputs and outputs, ## Examples, ## Constraints, ## Hints, ## Explanation",
        "        3. stub.py: the starter code: signatures, docstrings, the __main__ example",
        "        4. solution.py: the reference solution",
        "        5. tests.py: the hidden tests: a title (docstring) and assertions for each",
        "        6. mutants/identity.py: a known-wrong solution and the one-line docstring naming its mistake",
    ]
    assert main(["new", "layer-norm", "--root", str(tmp_path)]) == 2
    assert main(["new", "Bad_Slug", "--root", str(tmp_path)]) == 2


def test_new_infers_title_and_function_and_takes_the_track(capsys, tmp_path):
    with_course(tmp_path)
    assert main(["new", "rms-norm", "--track", "layers", "--root", str(tmp_path)]) == 0
    folder = tmp_path / "rms-norm"
    statement = (folder / "problem.md").read_text()
    assert "title: Rms norm\n" in statement and "track: layers  #" in statement
    assert "def rms_norm(x):" in (folder / "stub.py").read_text()
    capsys.readouterr()
    code, out = check(capsys, folder)
    assert code == 1 and out.splitlines()[1] == "        1. problem.md: front matter tags"


def test_new_asks_for_the_track_by_number_or_name(capsys):
    from harness.scaffold import ask_track

    assert ask_track(lambda prompt: "3") == "layers"
    assert ask_track(lambda prompt: "attention") == "attention"
    assert ask_track(lambda prompt: "") == "TODO"
    assert "7. optimizers" in capsys.readouterr().out


def _grade_json(problem, source, tmp_path, *options):
    solution = tmp_path / "attempt.py"
    solution.write_text(source, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "harness", "grade", str(problem), str(solution), "--json", *options],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    return json.loads(proc.stdout)


def test_grade_endless_loop_costs_one_time_limit_not_one_per_test(problem, tmp_path):
    statement = problem / "problem.md"
    statement.write_text(statement.read_text().replace("\n---\n", "\ntime_limit: 2\n---\n", 1))
    result = _grade_json(problem, "def cross_entropy_grad(logits, target):\n    while True:\n        pass\n", tmp_path)
    assert {t["status"] for t in result["tests"]} == {"timeout"} and len(result["tests"]) == 12
    assert sum("earlier test had already timed out" in t["message"] for t in result["tests"]) == 11
    assert result["summary"]["duration_ms"] < 2 * 2 * 1000


def test_grade_huge_allocation_is_a_memory_error_verdict(problem, tmp_path):
    source = "import numpy as np\n\ndef cross_entropy_grad(logits, target):\n    return np.ones(2 * 10**9)\n"
    result = _grade_json(problem, source, tmp_path)
    assert {t["status"] for t in result["tests"]} == {"error"}
    assert "MemoryError" in result["tests"][0]["message"]


def test_memory_limit_option_is_checked(problem):
    proc = subprocess.run(
        [sys.executable, "-m", "harness", "grade", str(problem), str(problem / "solution.py"), "--memory-limit", "lots"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert proc.returncode == 2 and "not a number of GiB" in proc.stderr
