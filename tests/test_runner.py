"""The runner's verdicts and messages (the hostile-submission catalogue is in test_hostile.py)."""
import builtins
import sys

import numpy as np
import pytest

import harness.runner
from harness.runner import collect, run


def statuses(result):
    return {t["id"]: t["status"] for t in result["tests"]}


def test_correct_solution_passes(tiny_tests, good_source):
    result = run(good_source, tiny_tests)
    assert result["status"] == "passed"
    assert result["summary"]["total"] == 3 and result["summary"]["passed"] == 3
    assert [t["title"] for t in result["tests"]] == ["Doubles a small vector", "Doubles zero", "Doubles negative numbers"]
    assert all(set(t) == {"id", "title", "status", "message", "line", "case", "stdout", "duration_ms"} for t in result["tests"])


def test_wrong_values_give_index_expected_and_got(tiny_tests):
    result = run("def double(x):\n    return x + 2\n", tiny_tests)
    small = result["tests"][0]
    assert small["status"] == "failed"
    assert "first mismatch at index [0]: expected 2.0, got 3.0" in small["message"]
    assert "max abs error" in small["message"]


def test_first_failure_stops_at_the_first_test_that_does_not_pass(tiny_tests, good_source):
    wrong = "def double(x):\n    return x + 2\n"
    full = run(wrong, tiny_tests)
    assert [t["status"] for t in full["tests"]].count("failed") >= 2
    first = run(wrong, tiny_tests, first_failure=True)
    assert first["status"] == "failed" and [t["status"] for t in first["tests"]] == ["failed"]
    assert run(good_source, tiny_tests, first_failure=True)["summary"]["passed"] == 3, "passing code runs every test"


def test_syntax_error_is_one_message(tiny_tests):
    result = run("def double(x)\n    return x\n", tiny_tests)
    assert result["status"] == "error"
    assert result["tests"] == []
    assert "syntax error on line 1" in result["message"]


def test_exception_traceback_shows_learner_lines_only(tiny_tests):
    source = "import numpy as np\n\n\ndef double(x):\n    return np.reshape(x, (7, 7))\n"
    result = run(source, tiny_tests)
    message = result["tests"][0]["message"]
    assert result["tests"][0]["status"] == "error"
    assert 'File "solution.py", line 5, in double' in message
    assert "np.reshape(x, (7, 7))" in message
    assert "site-packages" not in message and "_pytest" not in message


def test_not_implemented_is_named(tiny_tests):
    result = run("def double(x):\n    raise NotImplementedError\n", tiny_tests)
    assert {t["status"] for t in result["tests"]} == {"error"}
    assert "double() still raises NotImplementedError" in result["tests"][0]["message"]


def test_missing_function_is_one_message(tiny_tests):
    result = run("def triple(x):\n    return 3 * x\n", tiny_tests)
    assert result["status"] == "error"
    assert "does not define double()" in result["message"]


def test_print_output_is_captured_per_test(tiny_tests, good_source):
    source = good_source.replace("    return", "    print('seen', len(x))\n    return")
    result = run(source, tiny_tests)
    assert [t["stdout"] for t in result["tests"]] == ["seen 2\n", "seen 2\n", "seen 1\n"]


def test_huge_output_is_cut_with_a_note(tiny_tests, good_source):
    source = good_source.replace("    return", "    print('x' * 5_000_000)\n    return")
    result = run(source, tiny_tests)
    out = result["tests"][0]["stdout"]
    assert len(out) < 25_000
    assert "output cut" in out
    assert result["status"] == "passed"


def test_endless_loop_times_out_and_others_still_run(tiny_tests, good_source):
    source = good_source.replace("    return", "    if len(x) == 2 and x[0] == 1:\n        while True:\n            pass\n    return")
    result = run(source, tiny_tests, time_limit=0.3)
    assert statuses(result) == {"test_small": "timeout", "test_zero": "passed", "test_negative": "passed"}
    assert "longer than 0.3 s" in result["tests"][0]["message"]


@pytest.mark.parametrize("statement, expected", [
    ("import sys; sys.exit(0)", "called sys.exit(0)"),
    ("raise KeyboardInterrupt", "raised KeyboardInterrupt"),
    ("import os; raise GeneratorExit", "raised GeneratorExit"),
    ("import os; os._exit(0)", "os._exit() is not allowed here"),
    ("import os, signal; os.kill(os.getpid(), signal.SIGKILL)", "os.kill() is not allowed here"),
    ("import posix; posix._exit(0)", "posix._exit() is not allowed here"),
    ("import signal; signal.setitimer(signal.ITIMER_REAL, 0)", "signal.setitimer() is not allowed here"),
    ("import _signal; _signal.signal(14, lambda *a: None)", "_signal.signal() is not allowed here"),
])
def test_abort_inside_a_test_fails_only_that_test(tiny_tests, statement, expected, good_source):
    source = good_source.replace("    return", f"    if len(x) == 1:\n        {statement}\n    return")
    result = run(source, tiny_tests)
    assert statuses(result) == {"test_small": "passed", "test_zero": "passed", "test_negative": "error"}
    assert expected in result["tests"][2]["message"]


def test_os_exit_while_loading_cannot_end_the_grader(tiny_tests):
    import os

    result = run("import os\nos._exit(0)\n", tiny_tests)
    assert result["status"] == "error" and "os._exit() is not allowed" in result["message"]
    assert os._exit.__module__ == "posix"


def test_monkeypatched_numpy_cannot_fool_the_verdict(tiny_tests):
    source = (
        "import numpy as np\nnp.allclose = lambda *a, **k: True\nnp.abs = lambda x: x * 0\n"
        "np.isnan = lambda x: x == x\n"
        "def double(x):\n    np.asarray = lambda *a, **k: np.zeros(2)\n    return x\n"
    )
    result = run(source, tiny_tests)
    assert result["status"] == "failed"
    assert statuses(result)["test_small"] == "failed"
    assert not np.allclose([1.0], [2.0])
    assert np.asarray([1]).tolist() == [1]


def test_broken_builtins_and_runner_globals_are_restored(tiny_tests, good_source):
    source = (
        "import builtins, harness.runner, harness.testkit\n"
        "del builtins.len\nbuiltins.isinstance = None\n"
        "harness.runner.run = None\nharness.testkit.assert_close = lambda *a, **k: None\n"
        "def double(x):\n    return x\n"
    )
    result = run(source, tiny_tests)
    assert result["status"] == "failed"
    assert builtins.len is len and callable(builtins.isinstance)
    assert harness.runner.run is run
    assert run(good_source, tiny_tests)["status"] == "passed"


def test_seterr_and_recursion_limit_are_restored(tiny_tests, good_source):
    before = np.geterr(), sys.getrecursionlimit()
    run("import numpy as np, sys\nnp.seterr(all='raise')\nsys.setrecursionlimit(50)\n" + good_source, tiny_tests)
    assert (np.geterr(), sys.getrecursionlimit()) == before


def test_learner_code_is_loaded_fresh_each_run(tiny_tests):
    stateful = "calls = []\ndef double(x):\n    calls.append(1)\n    return 2 * x * len(calls) ** 0\n"
    assert run(stateful, tiny_tests)["status"] == "passed"
    assert run("def double(x):\n    return x\n", tiny_tests)["status"] == "failed"
    assert "solution" not in sys.modules


def test_events_announce_each_test(tiny_tests, good_source):
    events = []
    run(good_source, tiny_tests, on_event=events.append)
    assert [e["type"] for e in events] == ["loaded"] + ["start", "result"] * 3
    assert events[2]["status"] == "passed" and events[1]["title"] == "Doubles a small vector"


def test_collect_lists_titles_without_running(tiny_tests, good_source):
    assert collect(tiny_tests, good_source) == [
        {"id": "test_small", "title": "Doubles a small vector"},
        {"id": "test_zero", "title": "Doubles zero"},
        {"id": "test_negative", "title": "Doubles negative numbers"},
    ]


def test_parametrized_titles_are_filled(good_source):
    tests = (
        "import pytest\nfrom solution import double\n\n"
        "@pytest.mark.parametrize('n', [1, 2])\ndef test_n(n):\n    '''Doubles {n}'''\n    assert double(n) == 2 * n\n\n"
        "@pytest.mark.parametrize('n', [3])\ndef test_m(n):\n    '''Doubles a number'''\n    assert double(n) == 2 * n\n"
    )
    assert [t["title"] for t in collect(tests, good_source)] == ["Doubles 1", "Doubles 2", "Doubles a number [3]"]


def test_patching_the_guard_itself_does_not_disarm_it(tiny_tests):
    source = (
        "import harness.guard, harness.testkit, numpy as np\n"
        "harness.guard.Snapshot.restore = lambda self: None\n"
        "harness.guard.Snapshot._restore = lambda self: None\n"
        "def double(x):\n    np.abs = lambda v: v * 0\n    return x\n"
    )
    result = run(source, tiny_tests)
    assert statuses(result)["test_small"] == "failed"
    import harness.guard

    assert harness.guard.Snapshot._restore.__name__ == "_restore"
    assert np.abs(-1) == 1


APPROX_AND_RAISES = '''
import pytest
from solution import double


def test_approx():
    """Doubles 0.1 to about 0.2"""
    assert double(0.1) == pytest.approx(0.2)


def test_raises():
    """Refuses a string"""
    with pytest.raises(TypeError):
        double("a")
'''


def test_pytest_approx_and_raises_work():
    good = "def double(x):\n    if isinstance(x, str):\n        raise TypeError('numbers only')\n    return 2 * x\n"
    assert run(good, APPROX_AND_RAISES)["status"] == "passed"
    result = run("def double(x):\n    return x * 3\n", APPROX_AND_RAISES)
    approx, raises = result["tests"]
    assert approx["status"] == "failed" and "0.2" in approx["message"] and "0.3" in approx["message"]
    assert raises["status"] == "failed"
    assert raises["message"] == "Expected your code to raise TypeError here, but it returned normally."


def test_one_endless_loop_costs_about_one_time_limit(tiny_tests):
    limit = 1.5
    result = run("def double(x):\n    while True:\n        pass\n", tiny_tests, time_limit=limit)
    first, *later = result["tests"]
    assert [t["status"] for t in result["tests"]] == ["timeout"] * 3
    assert f"longer than {limit:g} s" in first["message"]
    assert all("because an earlier test had already timed out" in t["message"] for t in later)
    shared = harness.runner.AFTER_TIMEOUT_SHARED_S
    assert sum(t["duration_ms"] for t in later) < (shared + 0.5) * 1000


def test_start_events_carry_each_tests_own_limit(tiny_tests):
    events = []
    source = "def double(x):\n    if len(x) == 2 and x[0] == 1:\n        while True:\n            pass\n    return 2 * x\n"
    run(source, tiny_tests, time_limit=0.4, on_event=events.append)
    limits = [e["limit"] for e in events if e["type"] == "start"]
    assert limits[0] == 0.4 and all(limit <= harness.runner.AFTER_TIMEOUT_SHARED_S for limit in limits[1:])


def test_a_huge_allocation_is_a_memory_error_under_the_cap(tiny_tests):
    source = "import numpy as np\n\ndef double(x):\n    np.ones(2 * 10**9)\n    return 2 * x\n"
    result = run(source, tiny_tests, memory_limit=256 * 2**20)
    assert {t["status"] for t in result["tests"]} == {"error"}
    assert "MemoryError" in result["tests"][0]["message"]
    assert_good = run(GOOD_AFTER_CAP, tiny_tests, memory_limit=256 * 2**20)
    assert assert_good["status"] == "passed"


def test_the_cap_is_lifted_after_the_run_and_learners_cannot_raise_it(tiny_tests):
    import resource

    before = resource.getrlimit(resource.RLIMIT_AS)
    source = "import resource\n\ndef double(x):\n    resource.setrlimit(resource.RLIMIT_AS, (-1, -1))\n    return 2 * x\n"
    result = run(source, tiny_tests, memory_limit=256 * 2**20)
    assert "resource.setrlimit() is not allowed" in result["tests"][0]["message"]
    assert resource.getrlimit(resource.RLIMIT_AS) == before


GOOD_AFTER_CAP = "import numpy as np\n\ndef double(x):\n    return 2 * np.asarray(x) @ np.eye(len(x))\n"
