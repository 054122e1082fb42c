"""The Node bridge: one Pyodide per session, JSON lines, per-test deadlines that really fire."""
from __future__ import annotations

import shutil
import time

import pytest

from harness import runtime
from harness.runtime.node_bridge import BridgeError, PyodideSession

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")

FAKE_RUNNER = '''
import sys, types
_fake = types.ModuleType("harness.runner")
exec("""
def run(source, tests_source, *, time_limit=10.0, on_event=None):
    tests = []
    for test_id in ("first", "second"):
        on_event({"type": "start", "id": test_id})
        try:
            exec(source, {})
            status = "passed"
        except KeyboardInterrupt:
            status = "timeout"
        tests.append({"id": test_id, "status": status})
        on_event({"type": "result", **tests[-1]})
    return {"status": "done", "tests": tests, "echo": tests_source, "limit": time_limit}
""", _fake.__dict__)
_real = sys.modules.get("harness.runner")
sys.modules["harness.runner"] = _fake
'''
RESTORE_RUNNER = '''
if _real is None:
    del sys.modules["harness.runner"]
else:
    sys.modules["harness.runner"] = _real
'''

TESTS = '''
import numpy as np
from solution import double


def test_double():
    """Doubles a vector"""
    assert np.allclose(double(np.array([1.0, 2.0])), [2.0, 4.0])


def test_zero():
    """Doubles zero"""
    assert np.allclose(double(np.zeros(2)), 0.0)
'''
GOOD = "import numpy as np\n\ndef double(x):\n    return 2 * np.asarray(x)\n"
LOOPS = "def double(x):\n    while True:\n        pass\n"
# The runner refuses learner signal handlers; a long matrix product in C never checks for
# SIGINT, so only killing Node can end it.
DEAF_AT_LOAD = "import signal\nsignal.signal(signal.SIGINT, lambda *a: None)\n" + LOOPS
DEAF = "import numpy as np\ndef double(x):\n    a = np.ones((2500, 2500))\n    for _ in range(20):\n        a = a @ a\n    return a\n"


@pytest.fixture(scope="module")
def session():
    with PyodideSession(runtime.assemble()) as s:
        yield s


@pytest.fixture
def fake_runner(session):
    session.eval(FAKE_RUNNER)
    yield
    session.eval(RESTORE_RUNNER)


def test_ping_and_boot_timings(session):
    assert session.ping()
    assert {"boot_ms", "numpy_ms"} <= set(session.timings)


def test_eval_sees_pinned_numpy_and_pytest(session):
    assert session.eval('import numpy; numpy.__version__ == "2.0.2"') == "True"
    assert session.eval("import pytest; pytest.__version__") == "8.3.5"
    assert session.eval("x = 41") == ""
    assert session.eval("x + 1") == "42"


def test_eval_error_is_reported_and_session_survives(session):
    with pytest.raises(BridgeError, match="ZeroDivisionError"):
        session.eval("1 / 0")
    assert session.ping()


def test_fake_runner_round_trip(session, fake_runner):
    events = []
    result = session.run("x = 1", "TESTS", 2.0, on_event=events.append)
    assert result == {
        "status": "done",
        "tests": [{"id": "first", "status": "passed"}, {"id": "second", "status": "passed"}],
        "echo": "TESTS",
        "limit": 2.0,
    }
    assert [e["type"] for e in events] == ["start", "result", "start", "result"]


def test_endless_loop_is_interrupted_per_test(session, fake_runner):
    restarts = session.restarts
    started = time.perf_counter()
    result = session.run("while True: pass", "", 1.0)
    elapsed = time.perf_counter() - started
    assert [t["status"] for t in result["tests"]] == ["timeout", "timeout"]
    assert 2.0 <= elapsed < 6.0
    assert session.restarts == restarts
    assert session.eval("1 + 1") == "2"


def test_eval_time_limit_interrupts(session):
    with pytest.raises(BridgeError, match="KeyboardInterrupt"):
        session.eval("while True: pass", time_limit=0.5)
    assert session.ping()


def test_real_runner_grades_in_pyodide(session):
    result = session.run(GOOD, TESTS, 5.0)
    assert result["status"] == "passed", result
    assert [t["status"] for t in result["tests"]] == ["passed", "passed"]


def test_real_runner_times_out_endless_learner_loop_once(session):
    """The runner's run-level budget reaches Node: the second test gets the short limit."""
    result = session.run(LOOPS, TESTS, 2.0)
    assert [t["status"] for t in result["tests"]] == ["timeout", "timeout"], result
    assert "because an earlier test had already timed out" in result["tests"][1]["message"]
    assert result["tests"][1]["duration_ms"] < 1800


def test_learner_signal_handlers_are_refused(session):
    result = session.run(DEAF_AT_LOAD, TESTS, 1.0)
    assert result["status"] == "error" and "signal.signal() is not allowed" in result["message"], result


def test_stalled_pyodide_is_killed_reported_and_replaced(session):
    restarts = session.restarts
    started = time.perf_counter()
    result = session.run(DEAF, TESTS, 1.0)
    assert time.perf_counter() - started < 15
    assert session.restarts == restarts + 1
    assert [(t["id"], t["status"]) for t in result["tests"]] == [("test_double", "timeout")]
    assert session.run(GOOD, TESTS, 5.0)["status"] == "passed"


def test_missing_node_is_a_clear_error(tmp_path):
    with pytest.raises(BridgeError, match="not found on PATH"):
        PyodideSession(tmp_path, node="no-such-node-binary").start()


def test_silent_node_hits_the_python_side_cap(monkeypatch):
    """With Node's own watchdog made lenient, the bridge still never hangs its caller."""
    from harness.runtime import node_bridge

    monkeypatch.setenv("GRADLAB_INTERRUPT_GRACE_MS", "600000")
    monkeypatch.setattr(node_bridge, "RUN_SLACK", 2.0)
    with PyodideSession(runtime.assemble()) as s:
        started = time.perf_counter()
        result = s.run(DEAF, TESTS, 1.0)
        assert time.perf_counter() - started < 10
        assert s.restarts == 1
        assert result["status"] == "failed"
        assert [(t["id"], t["status"]) for t in result["tests"]] == [("test_double", "timeout")]
        assert s.ping()
