"""Keep learner code from changing anything the tests or later runs rely on.

Learner code runs in the same interpreter as the tests (there is no second process inside
Pyodide), so instead of isolation we take a snapshot of every namespace a verdict depends on
and put it back each time control returns from learner code: ``np.allclose = lambda *a: True``,
``del builtins.len``, ``np.seterr(all="raise")`` or a replaced ``sys.stdout`` last only until
the learner's function returns.
"""
from __future__ import annotations

import builtins
import importlib
import io
import sys

import numpy as np

GUARDED_PREFIXES = ("numpy", "pytest", "_pytest", "pluggy", "harness")
HOT_MODULES = (
    "numpy", "numpy.linalg", "numpy.testing", "pytest", "harness.testkit", "harness.runner", "harness.guard", "harness.record",
)
_SYS_OWN = {"stdout", "stderr", "last_type", "last_value", "last_traceback", "last_exc"}
OUTPUT_LIMIT = 20_000
_MISSING = object()


class Snapshot:
    """Shallow copies of guarded module namespaces, harness classes and interpreter settings."""

    def __init__(self, names=None):
        """Snapshot the modules called ``names``, or every guarded module when None."""
        if names is None:
            names = [n for n in list(sys.modules) if n.split(".")[0] in GUARDED_PREFIXES]
        self._modules = {n: sys.modules[n] for n in names if sys.modules.get(n) is not None}
        spaces = [vars(builtins)] + [vars(m) for m in self._modules.values() if hasattr(m, "__dict__")]
        self._dicts = [(d, dict(d)) for d in spaces]
        self._classes = [(c, dict(vars(c))) for c in _harness_classes(self._modules)]
        self._sys = {k: v for k, v in vars(sys).items() if k not in _SYS_OWN}
        self._err = np.geterr()
        self._print = np.get_printoptions()
        self._recursion = sys.getrecursionlimit()
        # Bound now, so a learner who replaces ``Snapshot.restore`` cannot disarm this snapshot.
        self.restore = self._restore

    def _restore(self) -> None:
        # Builtins come first and are put back without calling any builtin: they may be gone.
        for live, saved in self._dicts:
            for key, value in saved.items():
                if live.get(key, _MISSING) is not value:
                    live[key] = value
        for cls, saved in self._classes:
            for key, value in saved.items():
                if vars(cls).get(key, _MISSING) is not value:
                    setattr(cls, key, value)
        for name, module in self._modules.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
        live = vars(sys)
        for key, value in self._sys.items():
            if live.get(key, _MISSING) is not value:
                setattr(sys, key, value)
        np.seterr(**self._err)
        np.set_printoptions(**self._print)
        sys.setrecursionlimit(self._recursion)


def _harness_classes(modules: dict) -> list[type]:
    """The runner's own classes: patching ``Snapshot.restore`` must not outlive a call either."""
    return [
        value
        for name, module in modules.items() if name.split(".")[0] == "harness"
        for value in vars(module).values()
        if isinstance(value, type) and value.__module__ == name
    ]


class CappedOutput(io.TextIOBase):
    """A stdout replacement that keeps the first ``limit`` characters and counts the rest."""

    def __init__(self, limit: int = OUTPUT_LIMIT):
        self.limit = limit
        self._parts: list[str] = []
        self._kept = 0
        self.dropped = 0

    def writable(self) -> bool:
        return True

    def write(self, text) -> int:
        text = str(text)
        room = self.limit - self._kept
        if room > 0:
            self._parts.append(text[:room])
            self._kept += min(room, len(text))
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def getvalue(self) -> str:
        value = "".join(self._parts)
        if self.dropped:
            value += f"\n... output cut: {self.dropped:,} more characters not shown (limit {self.limit:,})\n"
        return value


class capture_output:
    """Send stdout and stderr to one :class:`CappedOutput` for the duration of a block."""

    def __init__(self, limit: int = OUTPUT_LIMIT):
        self.output = CappedOutput(limit)

    def __enter__(self) -> CappedOutput:
        self._saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = self.output
        return self.output

    def __exit__(self, *exc) -> None:
        sys.stdout, sys.stderr = self._saved


_SIGNAL_CALLS = ("signal", "setitimer", "alarm", "pthread_kill", "pthread_sigmask", "raise_signal", "siginterrupt")
_PROCESS_ENDERS = {
    "os": ("_exit", "abort", "kill", "killpg"),
    "posix": ("_exit", "abort", "kill", "killpg"),
    "signal": _SIGNAL_CALLS,
    "_signal": _SIGNAL_CALLS,
    "resource": ("setrlimit", "prlimit"),
}


class GraderProtected(RuntimeError):
    """Raised instead of ending the grading process or disarming its time limit."""


class block_process_enders:
    """Take away the calls that would end the interpreter or its deadlines, for a run.

    ``os._exit(0)`` cannot be caught, and a grader killed with status 0 would read as a pass;
    a learner's own SIGALRM/SIGINT handler would turn an endless loop into a hung grader, and
    raising the memory cap would let a huge allocation get the process killed.
    """

    def __enter__(self):
        self._saved = []
        for module_name, names in _PROCESS_ENDERS.items():
            try:
                module = importlib.import_module(module_name)
            except ImportError:
                continue
            for name in names:
                if hasattr(module, name):
                    self._saved.append((module, name, getattr(module, name)))
                    setattr(module, name, _refusal(f"{module_name}.{name}"))
        return self

    def __exit__(self, *exc) -> None:
        for module, name, original in self._saved:
            setattr(module, name, original)


def _refusal(qualified: str):
    def refuse(*args, **kwargs):
        raise GraderProtected(f"{qualified}() is not allowed here: it would stop or disarm the grader.")

    return refuse
