"""Run the learner's code as a script (the page's **Run** button), not against the tests.

The same protections as grading apply, because it is the same interpreter the tests run in
next: namespaces are restored afterwards, process enders are refused, the time limit holds
(in Pyodide the host interrupts), output is cut at 20,000 characters with a note, and the
traceback keeps only the learner's own lines. Never raises for anything the learner wrote.
"""
from __future__ import annotations

import io
import sys
import time
import traceback
import types

from . import guard, messages
from .deadline import Deadline, TestTimeout

SCRIPT_VERSION = 1
DEBUG_FILE = "<debug this case>"
_SHOW_RESULT = "\nprint('returned:', repr(result))\n"


def run_script(source: str, time_limit: float = 10.0, call: str | None = None) -> dict:
    """Execute ``source`` as ``__main__``; ``{status, stdout, stderr, traceback, duration_ms}``.

    ``status`` is ``ok``, ``error`` (it raised, or does not compile) or ``timeout``.
    ``call``: **Debug this case**: the source is loaded as a module (its ``__main__`` block stays
    quiet), then ``call`` (a failing case's replay, which sets ``result``) runs in its namespace
    and ``result`` is printed, so the learner's own prints show for exactly that input.
    """
    started = time.perf_counter()
    snapshot = guard.Snapshot()
    stdout, stderr = guard.CappedOutput(), guard.CappedOutput()
    status, trace, raised = "ok", "", None
    try:
        code = compile(source, messages.LEARNER_FILE, "exec", dont_inherit=True)
        then = compile(call + _SHOW_RESULT, DEBUG_FILE, "exec", dont_inherit=True) if call else None
    except (SyntaxError, ValueError) as exc:
        return _result("error", "", "", messages.clip("".join(traceback.format_exception_only(exc))), started)
    messages.register_source(source)
    main = types.ModuleType("solution" if call else "__main__")
    main.__file__ = messages.LEARNER_FILE
    saved = sys.stdin, sys.stdout, sys.stderr, sys.modules.get("__main__")
    with guard.block_process_enders():
        # No one can type into a script run from a button: input() reads end-of-file at once.
        sys.stdin, sys.stdout, sys.stderr = io.StringIO(""), stdout, stderr
        # Code that looks itself up (dataclasses, pickle) must find this module, not the host's.
        sys.modules["__main__"] = main
        try:
            with Deadline(time_limit) as deadline:
                try:
                    exec(code, main.__dict__)
                    if then is not None:
                        exec(then, main.__dict__)
                except TestTimeout:
                    status = "timeout"
                except KeyboardInterrupt as exc:
                    status, raised = ("timeout", None) if deadline.expired() else ("error", exc)
                except SystemExit as exc:
                    if exc.code not in (None, 0):
                        status, trace = "error", f"The script called sys.exit({exc.code!r})."
                except BaseException as exc:  # noqa: BLE001 - anything the learner raises is shown
                    status, raised = "error", exc
        finally:
            sys.stdin, sys.stdout, sys.stderr = saved[:3]
            if saved[3] is None:
                sys.modules.pop("__main__", None)
            else:
                sys.modules["__main__"] = saved[3]
            snapshot.restore()
    # Formatted only now: learner code may have broken builtins the formatting needs.
    if raised is not None:
        trace = _trace(raised)
    if status == "timeout":
        trace = f"Stopped: the script ran longer than {time_limit:g} s (an endless loop?)."
    return _result(status, stdout.getvalue(), stderr.getvalue(), trace, started)


def _trace(exc: BaseException) -> str:
    """Python's own traceback shape, with the learner's frames only."""
    frames = messages.learner_traceback(exc)
    lines = ["Traceback (most recent call last):", *frames] if frames else []
    lines.append(messages.exception_summary(exc))
    if isinstance(exc, NotImplementedError) and frames:
        # The stub as given: say what to do, in the tests' words.
        lines += ["", messages.raised_by_learner(exc)]
    return messages.clip("\n".join(lines))


def _result(status: str, stdout: str, stderr: str, trace: str, started: float) -> dict:
    return {
        "version": SCRIPT_VERSION,
        "status": status,
        "stdout": stdout,
        "stderr": stderr,
        "traceback": trace,
        "duration_ms": round((time.perf_counter() - started) * 1000, 3),
    }
