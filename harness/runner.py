"""Run learner source text against a problem's hidden pytest tests; return one results dict.

This module is the single grader: the CLI calls it in CPython and the browser worker and the
Node bridge call it, unchanged, inside Pyodide. Hence: pure Python + numpy + pytest, no
subprocess, no threads, nothing written outside a temporary directory.

The result follows Exercism's test-runner shape::

    {"version": 1, "status": "passed" | "failed" | "error", "message": str | None,
     "summary": {"total", "passed", "failed", "error", "timeout", "duration_ms"},
     "tests": [{"id", "title", "status", "message", "stdout", "duration_ms"}], "stdout": str}

``status`` of a test is ``passed``, ``failed`` (an assertion about the result failed), ``error``
(the code raised) or ``timeout``. A run-level ``error`` (syntax error, crash while loading, a
missing function) is one message and no test results.
"""
from __future__ import annotations

import ast
import functools
import os
import re
import sys
import tempfile
import time
import types
import warnings

import numpy as np
import pytest

from . import guard, messages, record, testkit  # noqa: F401  (testkit binds real numpy before learner code runs)
from .deadline import Deadline, TestTimeout
from .memory import MemoryCap

RESULT_VERSION = 2
_seed_global_random = np.random.seed  # bound before learner code could replace it
LEARNER_MODULE = "solution"
TESTS_FILE = "tests.py"
DEFAULT_TIME_LIMIT = 10.0
# The run-level budget: once a test has timed out, the tests after it share this many seconds
# (each at most its own limit, at least AFTER_TIMEOUT_FLOOR_S), so an endless loop that every
# test reaches costs about one time limit, not one per test.
AFTER_TIMEOUT_SHARED_S = 1.0
AFTER_TIMEOUT_FLOOR_S = 0.05
_PYTEST_ARGS = (
    "-qq", "--tb=native", "--capture=no", "--import-mode=importlib",
    "-p", "no:cacheprovider", "-p", "no:warnings", "-p", "no:doctest",
    "-p", "no:junitxml", "-p", "no:pastebin", "-p", "no:stepwise", "-p", "no:logging",
)


# No third-party pytest plugins: the browser has none, so CPython must not either (parity), and
# re-importing them for every session (their modules are dropped after each) costs ~200 ms.
_NO_AUTOLOAD = "PYTEST_DISABLE_PLUGIN_AUTOLOAD"


class LearnerAbort(Exception):
    """Learner code raised something a test must not let escape (``SystemExit``, ...)."""


class CollectionError(Exception):
    """The tests could not be collected; ``str()`` says why."""


def run(
    source: str | bytes, tests_source: str, *, time_limit: float = DEFAULT_TIME_LIMIT, on_event=None,
    memory_limit: int | None = None, first_failure: bool = False,
) -> dict:
    """Grade ``source`` against ``tests_source``. Never raises for anything the learner wrote.

    ``memory_limit``: bytes of address space learner code may add (see ``memory.py``); None
    leaves memory uncapped. ``first_failure``: stop at the first test that does not pass, when
    only the verdict matters (a mutation score grades thousands of mutants).
    """
    started = time.perf_counter()
    snapshot = guard.Snapshot()
    emit = on_event or (lambda event: None)
    with MemoryCap(memory_limit), guard.block_process_enders():
        try:
            source = _decode(source)
            loaded = _load(source, time_limit, snapshot)
            if isinstance(loaded, str):
                return _result("error", loaded, [], "", started)
            module, load_output = loaded
            emit({"type": "loaded"})
            missing = _missing_names(module, tests_source)
            if missing:
                return _result("error", missing, [], load_output, started)
            plugin = _Grader(time_limit, emit, snapshot)
            problem = _pytest_session(module, tests_source, plugin, *(["--exitfirst"] if first_failure else []))
            if problem:
                return _result("error", problem, [], load_output, started)
            failed = any(t["status"] != "passed" for t in plugin.tests)
            return _result("failed" if failed else "passed", None, plugin.tests, load_output, started)
        except _Verdict as verdict:
            return _result("error", str(verdict), [], "", started)
        finally:
            snapshot.restore()


def collect(tests_source: str, source: str) -> list[dict]:
    """The tests' ids and titles, in run order, collected with ``source`` as the solution.

    Raises :class:`CollectionError` when the tests do not import or collect.
    """
    snapshot = guard.Snapshot()
    try:
        with guard.block_process_enders():
            loaded = _load(source, DEFAULT_TIME_LIMIT, snapshot)
            if isinstance(loaded, str):
                raise CollectionError(loaded)
            plugin = _Grader(DEFAULT_TIME_LIMIT, lambda e: None, snapshot)
            problem = _pytest_session(loaded[0], tests_source, plugin, "--collect-only")
        if problem:
            raise CollectionError(problem)
        return plugin.collected
    finally:
        snapshot.restore()


def _decode(source: str | bytes) -> str:
    if isinstance(source, str):
        return source
    try:
        return source.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Verdict(
            f"Your file is not UTF-8 text (undecodable byte 0x{source[exc.start]:02x} at offset {exc.start}). "
            "Save it as UTF-8 and run again."
        ) from None


def _load(source: str, time_limit: float, snapshot: guard.Snapshot):
    """Compile and execute learner code into a fresh module; a message string on failure."""
    try:
        code = compile(source, messages.LEARNER_FILE, "exec", dont_inherit=True)
    except SyntaxError as exc:
        return _Failure(messages.syntax_error(exc), exc.lineno)
    except ValueError as exc:
        return f"Your code cannot be compiled: {exc}."
    messages.register_source(source)
    module = types.ModuleType(LEARNER_MODULE)
    module.__file__ = messages.LEARNER_FILE
    with guard.capture_output() as output, Deadline(time_limit) as deadline:
        try:
            try:
                exec(code, module.__dict__)
            finally:
                snapshot.restore()
            error = None
        except TestTimeout:
            error = f"Your code did not finish loading within {time_limit:g} s (an endless loop at top level?)."
        except KeyboardInterrupt as exc:
            error = _timeout_or(deadline, exc, time_limit, "while loading")
        except SystemExit as exc:
            error = f"Your code called sys.exit({_exit_arg(exc)}) while loading. Remove that call: the tests need your functions to stay loaded."
        except BaseException as exc:  # noqa: BLE001 - anything the learner raises is a verdict
            error = _Failure(messages.raised_by_learner(exc, while_loading=True), messages.learner_line(exc))
    if error:
        return error
    return _guarded_module(module, snapshot), output.getvalue()


def _timeout_or(deadline: Deadline, exc: BaseException, limit: float, where: str) -> str:
    if deadline.expired():
        return f"Your code did not finish {where} within {limit:g} s (an endless loop?)."
    return f"Your code raised KeyboardInterrupt {where}. Remove it: it would stop the grader."


def _exit_arg(exc: SystemExit) -> str:
    return "" if exc.code is None else repr(exc.code)


def _guarded_module(module: types.ModuleType, snapshot: guard.Snapshot) -> types.ModuleType:
    """The module the tests import: learner functions wrapped so each call restores namespaces."""
    hot = guard.Snapshot(guard.HOT_MODULES)
    facade = types.ModuleType(LEARNER_MODULE)
    for name, value in vars(module).items():
        if isinstance(value, types.FunctionType) and value.__code__.co_filename == messages.LEARNER_FILE:
            value = _guarded_function(value, hot)
        setattr(facade, name, value)
    return facade


def _guarded_function(fn, hot: guard.Snapshot):
    params = fn.__code__.co_varnames[: fn.__code__.co_argcount]

    @functools.wraps(fn)
    def call(*args, **kwargs):
        recorded = record.before_call(fn.__name__, params, args, kwargs)
        try:
            returned = fn(*args, **kwargs)
            record.after_call(recorded, returned)
            return returned
        except (TestTimeout, Exception) as exc:
            record.after_call(recorded, raised=exc)
            raise
        except SystemExit as exc:
            raise LearnerAbort(f"{fn.__name__}() called sys.exit({_exit_arg(exc)}); return a value instead.") from None
        except KeyboardInterrupt:
            if _Grader.current_deadline and _Grader.current_deadline.expired():
                raise TestTimeout("interrupted") from None
            raise LearnerAbort(f"{fn.__name__}() raised KeyboardInterrupt; that would stop the grader.") from None
        except BaseException as exc:  # noqa: BLE001
            raise LearnerAbort(
                f"{fn.__name__}() raised {type(exc).__name__}, which would stop the grader; raise an Exception subclass."
            ) from None
        finally:
            hot.restore()

    return call


def _missing_names(module: types.ModuleType, tests_source: str) -> str | None:
    """One clear message when the learner lacks a function the tests import."""
    wanted = []
    for node in ast.walk(ast.parse(tests_source)):
        if isinstance(node, ast.ImportFrom) and node.module == LEARNER_MODULE:
            wanted += [alias.name for alias in node.names]
    missing = [name for name in wanted if not callable(getattr(module, name, None))]
    if not missing:
        return None
    names = ", ".join(f"{n}()" for n in missing)
    return f"Your code does not define {names}. The tests call: {', '.join(wanted)}. Keep the names and signatures of the starter code."


def _pytest_session(module, tests_source: str, plugin: "_Grader", *extra: str) -> str | None:
    """Run pytest in-process on the tests; a message when the session itself failed."""
    before = set(sys.modules)
    sys.modules[LEARNER_MODULE] = module
    with tempfile.TemporaryDirectory(prefix="gradlab-") as tmp:
        tests_path = os.path.join(tmp, TESTS_FILE)
        ini_path = os.path.join(tmp, "pytest.ini")
        with open(tests_path, "w", encoding="utf-8") as f:
            f.write(tests_source)
        with open(ini_path, "w", encoding="utf-8") as f:
            f.write("[pytest]\n")
        dont_write = sys.dont_write_bytecode
        sys.dont_write_bytecode = True
        autoload = os.environ.get(_NO_AUTOLOAD)
        os.environ[_NO_AUTOLOAD] = "1"
        try:
            with guard.capture_output() as output:
                code = pytest.main([tests_path, "-c", ini_path, "--rootdir", tmp, *_PYTEST_ARGS, *extra], plugins=[plugin])
        finally:
            sys.dont_write_bytecode = dont_write
            if autoload is None:
                del os.environ[_NO_AUTOLOAD]
            else:
                os.environ[_NO_AUTOLOAD] = autoload
            for name in set(sys.modules) - before:
                if name.split(".")[0] not in guard.GUARDED_PREFIXES:
                    del sys.modules[name]
            sys.modules.pop(LEARNER_MODULE, None)
    if plugin.collection_error:
        return plugin.collection_error
    if int(code) in (pytest.ExitCode.INTERNAL_ERROR, pytest.ExitCode.USAGE_ERROR, pytest.ExitCode.INTERRUPTED):
        return f"The grader could not run the tests (pytest exit {int(code)}).\n{messages.clip(output.getvalue())}"
    return None


class _Grader:
    """pytest plugin: times, captures and classifies each test into the results list."""

    current_deadline: Deadline | None = None

    def __init__(self, time_limit, emit, snapshot):
        self.time_limit = time_limit
        self.limit = time_limit  # the running test's own limit: see next_limit()
        self.after_timeout_left: float | None = None  # seconds left once a test has timed out
        self.emit = emit
        self.snapshot = snapshot
        self.tests: list[dict] = []
        self.collected: list[dict] = []
        self.collection_error: str | None = None

    def pytest_collectreport(self, report):
        if report.failed and not self.collection_error:
            self.collection_error = "The hidden tests could not be loaded:\n" + messages.clip(str(report.longreprtext))

    def pytest_collection_modifyitems(self, items):
        self.collected = [{"id": _test_id(item), "title": _title(item)} for item in items]

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item, nextitem):
        entry = {
            "id": _test_id(item), "title": _title(item), "status": "passed", "message": None, "line": None,
            "case": None, "stdout": "", "duration_ms": 0.0,
        }
        self._entry = entry
        self._raised = None
        record.start()
        # numpy's global generator starts every test in the same state, on every platform: code
        # that draws from np.random instead of the rng it was given fails the same way each run.
        _seed_global_random(0)
        self.limit = self.next_limit()
        # "limit" tells a host that enforces time from outside (Node, the browser) this test's own limit.
        self.emit({"type": "start", "id": entry["id"], "title": entry["title"], "limit": self.limit})
        started = time.perf_counter()
        with guard.capture_output() as output, warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            np.seterr(all="warn", under="ignore")
            try:
                return (yield)
            finally:
                elapsed = time.perf_counter() - started
                entry["duration_ms"] = round(elapsed * 1000, 3)
                entry["stdout"] = output.getvalue()
                if self.after_timeout_left is not None:
                    self.after_timeout_left = max(0.0, self.after_timeout_left - elapsed)
                if entry["status"] == "timeout" and self.after_timeout_left is None:
                    self.after_timeout_left = AFTER_TIMEOUT_SHARED_S
                if entry["status"] != "passed" and caught:
                    entry["message"] += _warning_note(caught)
                if entry["status"] != "passed":
                    entry["case"] = record.case(self._raised)
                record.stop()
                self.snapshot.restore()
                self.tests.append(entry)
                self.emit({"type": "result", **entry})

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item):
        with Deadline(self.limit) as deadline:
            _Grader.current_deadline = deadline
            try:
                return (yield)
            finally:
                _Grader.current_deadline = None

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item, call):
        report = yield
        if call.excinfo is not None and self._entry["status"] == "passed":
            self._raised = call.excinfo.value
            status, message = _classify(call.excinfo.value, call.when, self.limit, report)
            if status == "error":
                self._entry["line"] = messages.learner_line(call.excinfo.value)
            if status == "timeout" and self.limit < self.time_limit:
                message = (
                    f"Timed out: stopped after {self.limit:g} s, not its full {self.time_limit:g} s, because an earlier "
                    f"test had already timed out (the tests after a timeout share {AFTER_TIMEOUT_SHARED_S:g} s)."
                )
            self._entry["status"], self._entry["message"] = status, message
        return report

    def next_limit(self) -> float:
        """The next test's limit: its own, or what is left of the budget after a timeout."""
        if self.after_timeout_left is None:
            return self.time_limit
        return min(self.time_limit, max(AFTER_TIMEOUT_FLOOR_S, self.after_timeout_left))


def _classify(exc: BaseException, when: str, time_limit: float, report) -> tuple[str, str]:
    if isinstance(exc, TestTimeout) or (isinstance(exc, KeyboardInterrupt) and "interrupted" in str(exc)):
        return "timeout", f"Timed out: this test took longer than {time_limit:g} s (an endless loop, or far too slow?)."
    if isinstance(exc, LearnerAbort):
        return "error", str(exc)
    if when != "call":
        return "error", f"The test's setup failed ({when}): " + messages.exception_summary(exc)
    if isinstance(exc, AssertionError) and not messages.raised_in_learner_code(exc):
        text = str(exc).strip() or report.longreprtext.strip().splitlines()[-1]
        lines = text.splitlines()
        if len(lines) > 1 and not lines[0].startswith("assert "):
            lines = lines[: next((i for i, l in enumerate(lines) if l.startswith("assert ")), len(lines))]
        lines = [line for line in lines if not line.lstrip().startswith("+  ")]
        return "failed", messages.clip("\n".join(lines))
    if isinstance(exc, pytest.fail.Exception):
        return "failed", messages.clip(_did_not_raise(str(exc)))
    return "error", messages.raised_by_learner(exc)


def _did_not_raise(text: str) -> str:
    """pytest.raises says "DID NOT RAISE <class 'ValueError'>"; say it as a learner needs it."""
    match = re.match(r"DID NOT RAISE <class '(?:builtins\.)?([\w.]+)'>", text)
    if not match:
        return text
    return f"Expected your code to raise {match.group(1)} here, but it returned normally."


def _warning_note(caught) -> str:
    seen = []
    for w in caught:
        text = f"{w.category.__name__}: {w.message}"
        if w.filename == messages.LEARNER_FILE:
            text += f" (solution.py, line {w.lineno})"
        if text not in seen:
            seen.append(text)
    return "\nWarnings raised during this test:\n" + "\n".join(f"  {t}" for t in seen[:5])


def _test_id(item) -> str:
    return item.nodeid.split("::", 1)[-1]


def _title(item) -> str | None:
    """The first docstring line is the title; ``{name}`` fields take parametrize values."""
    doc = getattr(item, "function", None) and item.function.__doc__
    if not doc or not doc.strip():
        return None
    title = doc.strip().splitlines()[0].strip()
    params = getattr(getattr(item, "callspec", None), "params", None)
    if params:
        try:
            formatted = title.format(**params)
        except (KeyError, IndexError, ValueError):
            formatted = title
        title = formatted if formatted != title else f"{title} [{item.callspec.id}]"
    return title


class _Failure(str):
    """A run-level error message that knows the learner's line it points at (or None)."""

    def __new__(cls, text: str, line: int | None = None):
        made = super().__new__(cls, text)
        made.line = line
        return made


class _Verdict(Exception):
    """Internal: the run ends early with a run-level error message."""


def _result(status, message, tests, stdout, started) -> dict:
    counts = {s: sum(t["status"] == s for t in tests) for s in ("passed", "failed", "error", "timeout")}
    return {
        "version": RESULT_VERSION,
        "status": status,
        "message": None if message is None else str(message),
        "line": getattr(message, "line", None),
        "summary": {"total": len(tests), **counts, "duration_ms": round((time.perf_counter() - started) * 1000, 3)},
        "tests": tests,
        "stdout": stdout,
        "diagnosis": None,
    }
