"""Feedback on failing code: the failing case (recorded calls, replayable), the learner's line,
one notation for expected and got, and the likely mistake named from the problem's mutants."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from harness.diagnose import diagnose, profile
from harness.parallel import grader
from harness.problem import load_problem
from harness.runner import RESULT_VERSION, run
from harness.scratch import run_script

from conftest import ROOT

SOFTMAX = ROOT / "problems" / "softmax"
NAIVE_SOFTMAX = "import numpy as np\n\ndef softmax(x):\n    e = np.exp(x)\n    return e / e.sum(axis=-1, keepdims=True)\n"

TESTS = '''
import numpy as np
from harness.testkit import assert_close
from solution import scale, draw


def test_scale():
    """Scales a vector"""
    x = np.array([1.0, 2.0, 3.0])
    assert_close(scale(x, 2.0), [2.0, 4.0, 6.0], name="scale(x, 2)")


def test_scale_other_call_last():
    """The failing value is not the last call's"""
    bad = scale(np.array([1.0, -1.0]), 3.0)
    scale(np.array([5.0]), 1.0)
    assert_close(bad, [3.0, -3.0], name="scale")


def test_draw():
    """Draws from rng"""
    rng = np.random.default_rng(7)
    assert_close(draw(rng, 3), np.random.default_rng(7).random(3) * 10, name="draw")
'''


def test_a_failing_test_records_the_call_its_value_came_from():
    learner = "import numpy as np\n\ndef scale(x, k):\n    x *= k\n    return x + 1\n\ndef draw(rng, n):\n    return rng.random(n) * 10\n"
    result = run(learner, TESTS)
    assert result["version"] == RESULT_VERSION == 2
    first, second, third = result["tests"]
    assert third["status"] == "passed" and third["case"] is None
    case = first["case"]
    assert case["call"] == "scale(x, k)" and case["function"] == "scale"
    # copied before the call: the learner's in-place *= does not change what is shown
    assert case["args"] == [{"name": "x", "value": "float64 array, shape (3,): [1.0, 2.0, 3.0]"},
                            {"name": "k", "value": "2.0"}]
    assert case["returned"] == "float64 array, shape (3,): [3.0, 5.0, 7.0]"
    assert case["expected"] == "float64 array, shape (3,): [2.0, 4.0, 6.0]"
    # the checked value came from the first call, not the last one
    assert "[1.0, -1.0]" in second["case"]["args"][0]["value"]


def test_the_replay_rebuilds_the_arguments_and_gives_the_same_value():
    learner = "import numpy as np\n\ndef scale(x, k):\n    return x * k + 1\n\ndef draw(rng, n):\n    return rng.random(n)\n"
    by_id = {t["id"]: t for t in run(learner, TESTS)["tests"]}
    for test_id, expected in (("test_scale", [3.0, 5.0, 7.0]), ("test_draw", np.random.default_rng(7).random(3))):
        namespace: dict = {}
        exec(learner, namespace)
        exec(by_id[test_id]["case"]["replay"], namespace)
        assert np.array_equal(namespace["result"], expected), test_id


def test_debug_this_case_runs_the_call_with_the_learners_prints():
    learner = "import numpy as np\n\ndef scale(x, k):\n    print('k is', k)\n    return x * k\n\nif __name__ == '__main__':\n    print('main block')\n"
    result = run_script(learner, 5.0, call="import numpy as np\nx = np.array([1.0])\nk = 4.0\nresult = scale(x, k)")
    assert result["status"] == "ok"
    assert "k is 4.0" in result["stdout"] and "main block" not in result["stdout"]
    assert "returned: array([4.])" in result["stdout"]


def test_an_assert_in_the_learners_code_is_an_error_at_their_line():
    learner = "def scale(x, k):\n    assert k > 5, 'k too small'\n    return x * k\n\ndef draw(rng, n):\n    return rng.random(n) * 10\n"
    test = run(learner, TESTS)["tests"][0]
    assert test["status"] == "error" and test["line"] == 2
    assert "AssertionError: k too small" in test["message"] and 'line 2, in scale' in test["message"]
    assert test["case"]["raised"] == "AssertionError: k too small"


CALLBACK_TESTS = '''
from solution import apply


def test_apply():
    """apply calls f once"""
    calls = []

    def f(x):
        assert not calls, "f was called twice"
        calls.append(x)
        return x

    apply(f, 1)
'''


def test_a_tests_assert_inside_a_callback_the_learner_calls_is_a_failed_test():
    test = run("def apply(f, x):\n    f(x)\n    return f(x)\n", CALLBACK_TESTS)["tests"][0]
    assert test["status"] == "failed" and test["message"].startswith("f was called twice")


def test_a_load_error_and_a_syntax_error_name_the_line():
    assert run("x = 1\ny = 1 / 0\n", TESTS)["line"] == 2
    assert run("def scale(x, k):\n    return (x\n\n", TESTS)["line"] in (2, 4)


def test_expected_and_got_share_one_notation():
    tests = "from harness.testkit import assert_close\nfrom solution import f\n\ndef test_f():\n    '''f'''\n    assert_close(f(), [1e-5, 2.0, 3.0], name='f()')\n"
    message = run("import numpy as np\ndef f():\n    return np.array([1e-5, 2.0, 4.0])\n", tests)["tests"][0]["message"]
    expected = next(line for line in message.splitlines() if line.strip().startswith("expected ["))
    got = next(line for line in message.splitlines() if line.strip().startswith("got "))
    assert "e+00" in expected and "e+00" in got, message


def test_the_cli_shows_the_case_and_the_json_has_the_fields(tmp_path):
    learner = tmp_path / "naive.py"
    learner.write_text(NAIVE_SOFTMAX, encoding="utf-8")
    cli = [sys.executable, "-m", "harness", "grade", str(SOFTMAX), str(learner)]
    text = subprocess.run(cli, cwd=ROOT, capture_output=True, text=True, timeout=120).stdout
    assert "case: softmax(x)" in text and "x = float64 array, shape (3,): [1000.0, 1001.0, 1002.0]" in text
    assert "This looks like a common mistake: No max subtraction" in text
    data = json.loads(subprocess.run([*cli, "--json"], cwd=ROOT, capture_output=True, text=True, timeout=120).stdout)
    assert data["version"] == 2 and data["diagnosis"]["mutant"] == "naive_exp"
    failed = [t for t in data["tests"] if t["status"] != "passed"]
    assert failed and all(t["case"]["replay"] and t["case"]["fingerprint"] for t in failed)


@pytest.fixture(scope="module")
def softmax_profile():
    return profile(load_problem(SOFTMAX), grader(False))


def grade_softmax(source):
    return run(source, load_problem(SOFTMAX).tests)


@pytest.mark.parametrize("source, mutant", [
    (NAIVE_SOFTMAX, "naive_exp"),
    ("import numpy as np\n\ndef softmax(x):\n    z = np.exp(x - np.max(x))\n    return z / np.sum(z, axis=-1, keepdims=True)\n", "global_max"),
    ("import numpy as np\n\ndef softmax(x):\n    x = np.asarray(x, dtype=float)\n    e = np.exp(x - np.max(x, axis=0, keepdims=True))\n"
     "    return e / np.sum(e, axis=0, keepdims=True)\n", "wrong_axis"),
])
def test_a_known_mistake_typed_differently_is_named(softmax_profile, source, mutant):
    named = diagnose(grade_softmax(source), softmax_profile)
    assert named and named["mutant"] == mutant


def test_correct_code_and_alternatives_get_no_diagnosis(softmax_profile):
    problem = load_problem(SOFTMAX)
    for source in [problem.solution, *(a.source for a in problem.alternatives)]:
        result = grade_softmax(source)
        assert result["status"] == "passed" and diagnose(result, softmax_profile) is None


def test_two_mutants_that_fit_equally_name_nothing(softmax_profile):
    twin = json.loads(json.dumps(softmax_profile))
    naive = next(m for m in twin["mutants"] if m["name"] == "naive_exp")
    twin["mutants"].append({**naive, "name": "naive_twin", "description": "Another mistake that looks the same."})
    assert diagnose(grade_softmax(NAIVE_SOFTMAX), twin) is None


BROADCAST = "ValueError: operands could not be broadcast together with shapes (3,4) (3,) "


def _failing(**tests):
    """A failed result whose tests raised (a string) or returned a fingerprint (a list)."""
    return {"status": "failed", "tests": [
        {"id": name, "status": "error", "case": {"raised": seen}} if isinstance(seen, str)
        else {"id": name, "status": "failed", "case": {"fingerprint": seen}}
        for name, seen in tests.items()
    ]}


def _profile_of(**mutants):
    return {"hints": [], "mutants": [
        {"name": name, "description": f"{name} described", "hint": None, "failing": {
            t["id"]: ["raised", t["case"]["raised"]] if "raised" in t["case"] else ["failed", t["case"]["fingerprint"]]
            for t in result["tests"]}}
        for name, result in mutants.items()]}


def test_the_same_exception_with_the_same_message_names_the_mistake():
    profile_ = _profile_of(no_keepdims=_failing(a=BROADCAST, b=BROADCAST))
    assert diagnose(_failing(a=BROADCAST, b=BROADCAST), profile_)["mutant"] == "no_keepdims"
    other_shapes = BROADCAST.replace("(3,)", "(4,)")
    assert diagnose(_failing(a=other_shapes, b=other_shapes), profile_) is None
    assert diagnose(_failing(a="IndexError: index 3 is out of bounds", b=BROADCAST), profile_) is None
    assert diagnose(_failing(a="ValueError: my own words", b="ValueError: my own words"),
                    _profile_of(m=_failing(a="ValueError: T too long", b="ValueError: T too long"))) is None


def test_a_partial_fit_must_account_for_three_quarters_of_the_failing_tests():
    value = [[2], [1.5, 2.5], 4.0, 0]
    profile_ = _profile_of(m=_failing(a=value, b=value, c=value))
    assert diagnose(_failing(a=value, b=value, c=value, d=[[1], [9.0], 9.0, 0]), profile_)["exact"] is False
    assert diagnose(_failing(a=value, b=value, c=value, d=value, e=value), profile_) is None


def test_a_mutant_points_to_the_hint_that_addresses_it(tmp_path):
    import re

    from copies import copy_problem

    folder = copy_problem(SOFTMAX, tmp_path / "softmax")
    mutant = folder / "mutants" / "naive_exp.py"
    text = re.sub(r"\nHint: \d+\n", "\nHint: 1\n", mutant.read_text(encoding="utf-8"), count=1)
    assert "Hint: 1" in text
    mutant.write_text(text, encoding="utf-8")
    problem = load_problem(folder)
    named = diagnose(grade_softmax(NAIVE_SOFTMAX), profile(problem, grader(False)))
    assert named["hint"] == 1 and named["hint_title"] == "Shift the scores"
    mutant.write_text(text.replace("Hint: 1", "Hint: 9", 1), encoding="utf-8")
    with pytest.raises(Exception, match="names hint 9, but problem.md has 3 hint"):
        load_problem(folder)
