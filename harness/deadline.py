"""Per-test time limits that work both in CPython and inside Pyodide.

CPython (the CLI) has ``SIGALRM``; Pyodide has no timers that can preempt Python, so there the
host interrupts Python with SIGINT (Node: a watchdog thread writing Pyodide's interrupt buffer;
browser: the page terminates the worker). Either way the learner sees one exception type,
:class:`TestTimeout`, and a ``KeyboardInterrupt`` that arrives after the limit counts as one.
"""
from __future__ import annotations

import _signal
import signal
import sys
import threading
import time

from .messages import LEARNER_FILE


class TestTimeout(BaseException):
    """Raised into learner code when a test runs past its limit.

    A ``BaseException`` so that ``except Exception`` in learner code cannot swallow it.
    """

    __test__ = False


_HAS_ALARM = hasattr(signal, "setitimer") and sys.platform != "emscripten"
# Bound before any learner code runs: the runner takes these names away from learner code.
_set_handler = _signal.signal
_set_timer = getattr(_signal, "setitimer", None)
_REPEAT = 0.05


class Deadline:
    """Context manager arming a time limit of ``seconds`` for the enclosed block."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.started = 0.0
        self._armed = False

    def __enter__(self) -> "Deadline":
        self.started = time.perf_counter()
        if threading.current_thread() is not threading.main_thread():
            return self
        self._signal = signal.SIGALRM if _HAS_ALARM else signal.SIGINT
        self._previous = _set_handler(self._signal, self._fire)
        if _HAS_ALARM:
            _set_timer(signal.ITIMER_REAL, self.seconds, _REPEAT)
        self._armed = True
        return self

    def __exit__(self, *exc) -> None:
        if self._armed:
            if _HAS_ALARM:
                _set_timer(signal.ITIMER_REAL, 0)
            _set_handler(self._signal, self._previous)
            sys.settrace(None)
            self._armed = False

    def expired(self) -> bool:
        return time.perf_counter() - self.started >= self.seconds * 0.95

    def _fire(self, signum, frame):
        """Raise now, and on every later line of learner code, so ``except`` cannot hold it."""
        sys.settrace(_reraise_in_learner_code)
        while frame is not None:
            if frame.f_code.co_filename == LEARNER_FILE:
                frame.f_trace = _reraise_in_learner_code
            frame = frame.f_back
        raise TestTimeout(f"took longer than {self.seconds:g} s")


def _reraise_in_learner_code(frame, event, arg):
    if frame.f_code.co_filename != LEARNER_FILE:
        return None
    if event == "line":
        raise TestTimeout("still running after the time limit")
    return _reraise_in_learner_code
