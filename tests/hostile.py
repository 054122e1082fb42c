"""Hostile learner submissions and the verdict each must end in, wherever the runner runs.

One catalogue serves three suites: CPython (``tests/test_hostile.py``), Pyodide under Node
(``tests/runtime/test_hostile_pyodide.py``) and Chromium (``tests/e2e/test_hostile_browser.py``).
Every case is graded against the tiny ``double`` problem below; after each one a correct
submission must pass, proving the grader survived.
"""
from dataclasses import dataclass, field

TESTS = '''
import numpy as np
from harness.testkit import assert_close
from solution import double


def test_small():
    """Doubles a small vector"""
    assert_close(double(np.array([1.0, 2.0])), [2.0, 4.0], name="double([1, 2])")


def test_zero():
    """Doubles zero"""
    assert_close(double(np.zeros(2)), [0.0, 0.0], name="double(zeros(2))")
'''

GOOD = "import numpy as np\n\ndef double(x):\n    return 2 * np.asarray(x)\n"
TIME_LIMIT = 1.0


@dataclass(frozen=True)
class Case:
    """``run`` is the expected run-level status; ``tests`` the expected status of every test."""

    name: str
    source: str | bytes
    run: str
    message: str | tuple[str, ...]
    tests: str | None = None
    stdout_cut: bool = False
    browser: bool = False
    tags: tuple = field(default_factory=tuple)


def _calls(body: str) -> str:
    """A ``double`` that does ``body`` before returning the right answer."""
    indented = "\n".join("    " + line for line in body.splitlines())
    return f"import numpy as np\n\ndef double(x):\n{indented}\n    return 2 * np.asarray(x)\n"


CASES = [
    Case("endless loop", "def double(x):\n    while True:\n        pass\n", "failed", "longer than 1 s", "timeout", browser=True),
    Case("endless loop swallowing every exception",
         "def double(x):\n    while True:\n        try:\n            while True:\n                pass\n        except BaseException:\n            pass\n",
         "failed", "longer than 1 s", "timeout"),
    # The runner's own deadline says "loading"; in the browser the page stops the worker.
    Case("endless loop at top level", "while True:\n    pass\n", "error",
         ("did not finish loading", "did not finish within 1 s (an endless loop at top level?)"), browser=True),
    Case("deep recursion", "def double(x):\n    return double(x)\n", "failed", "RecursionError", "error", browser=True),
    # 64-bit CPython runs out of memory; 32-bit WebAssembly refuses the size up front.
    Case("huge array", _calls("np.ones((10**7, 10**7))"), "failed", ("MemoryError", "array is too big"), "error", browser=True),
    Case("huge allocation at load", "big = bytearray(10**15)\n" + GOOD, "error",
         ("MemoryError", "OverflowError: cannot fit 'int' into an index-sized integer")),
    Case("printing 100 MB", _calls("for _ in range(100):\n    print('x' * 1_000_000)"), "passed", "", "passed", stdout_cut=True, browser=True),
    Case("sys.exit() while loading", "import sys\nsys.exit()\n" + GOOD, "error", "called sys.exit() while loading"),
    Case("sys.exit() in a test", _calls("import sys\nsys.exit(1)"), "failed", "called sys.exit(1)", "error", browser=True),
    Case("os._exit", _calls("import os\nos._exit(0)"), "failed", "os._exit() is not allowed", "error", browser=True),
    Case("os._exit while loading", "import os\nos._exit(0)\n", "error", "os._exit() is not allowed"),
    Case("raise KeyboardInterrupt", _calls("raise KeyboardInterrupt"), "failed", "raised KeyboardInterrupt", "error", browser=True),
    Case("raise SystemExit", _calls("raise SystemExit(3)"), "failed", "called sys.exit(3)", "error"),
    Case("raise BaseException", _calls("raise BaseException('boom')"), "failed", "raised BaseException", "error"),
    Case("KeyboardInterrupt while loading", "raise KeyboardInterrupt\n", "error", "raised KeyboardInterrupt while loading"),
    Case("deleting builtins", "import builtins\ndel builtins.len\ndel builtins.isinstance\nbuiltins.print = None\n" + GOOD,
         "passed", "", "passed", browser=True),
    Case("overwriting the runner's globals",
         "import harness.runner, harness.testkit, harness.guard\nharness.runner.run = None\nharness.runner.pytest = None\n"
         "harness.testkit.assert_close = lambda *a, **k: None\nharness.guard.Snapshot.restore = lambda self: None\n"
         "def double(x):\n    return x + 1\n",
         "failed", "is wrong at", "failed"),
    Case("monkeypatching numpy before the tests",
         "import numpy as np\nnp.allclose = lambda *a, **k: True\nnp.abs = lambda v: v * 0\nnp.isnan = lambda v: v == v\n"
         "np.testing.assert_allclose = lambda *a, **k: None\ndef double(x):\n    return x + 1\n",
         "failed", "is wrong at", "failed", browser=True),
    Case("monkeypatching numpy inside the call",
         "import numpy as np\ndef double(x):\n    np.asarray = lambda *a, **k: np.zeros(2)\n    np.abs = lambda v: v * 0\n    return x + 1\n",
         "failed", "is wrong at", "failed"),
    Case("np.seterr(all='raise')", "import numpy as np\nnp.seterr(all='raise')\n" + GOOD, "passed", "", "passed", browser=True),
    Case("returning a string", "def double(x):\n    return 'twice'\n", "failed", "should be a numpy array, got str", "failed"),
    Case("returning None", "def double(x):\n    y = 2 * x\n", "failed", "forget to `return`", "failed"),
    Case("wrong shape", "import numpy as np\ndef double(x):\n    return np.zeros(5)\n", "failed", "has shape (5,), expected shape (2,)", "failed"),
    Case("text dtype", "import numpy as np\ndef double(x):\n    return (2 * x).astype('U8')\n", "failed", "got an array of text", "failed"),
    Case("complex dtype", "def double(x):\n    return (2 * x).astype(complex)\n", "failed", "got an array of complex numbers", "failed"),
    Case("ragged list", "def double(x):\n    return [[1.0], [2.0, 3.0]]\n", "failed", "should be a numeric array", "failed"),
    Case("syntax error", "def double(x)\n    return 2 * x\n", "error", "syntax error on line 1", browser=True),
    Case("null byte", "def double(x):\n    return 2 * x\x00\n", "error", "cannot be compiled"),
    Case("non-UTF-8 text", b"def double(x):\n    return 2 * x  # caf\xe9\n", "error", "not UTF-8"),
    Case("signal handler to dodge the time limit",
         "import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\n" + GOOD, "error", "signal.signal() is not allowed"),
]

BY_NAME = {case.name: case for case in CASES}


def says(message: str | None, expected: str | tuple[str, ...]) -> bool:
    options = expected if isinstance(expected, tuple) else (expected,)
    return any(option in (message or "") for option in options)


def assert_verdict(case: Case, result: dict) -> None:
    """The result is the clear verdict ``case`` promises."""
    assert result["status"] == case.run, (case.name, result)
    if case.run == "error":
        assert result["tests"] == [], case.name
        assert says(result["message"], case.message), (case.name, result["message"])
        return
    statuses = {t["status"] for t in result["tests"]}
    assert statuses == {case.tests}, (case.name, result["tests"])
    if case.message:
        assert any(says(t["message"], case.message) for t in result["tests"]), (case.name, result["tests"])
    if case.stdout_cut:
        assert all("output cut" in t["stdout"] and len(t["stdout"]) < 25_000 for t in result["tests"]), case.name


def assert_good_run(result: dict) -> None:
    assert result["status"] == "passed", result
    assert [t["status"] for t in result["tests"]] == ["passed", "passed"]
