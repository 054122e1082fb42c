"""A cap on the memory learner code may take, so a huge allocation is a ``MemoryError``.

Without it, ``np.ones(2 * 10**9)`` (16 GB, touched page by page) gets the grading process
killed by the kernel's OOM killer: no verdict, no JSON. ``RLIMIT_AS`` makes such an
allocation fail up front instead. The cap counts on top of what the grader has already mapped
(numpy, pytest, OpenBLAS), so it means the same on any machine. Pyodide needs none: its
32-bit WebAssembly memory refuses anything over 4 GiB by itself.
"""
from __future__ import annotations

import sys

try:
    import resource
except ImportError:  # Windows, Pyodide
    resource = None

GiB = 2**30
DEFAULT_GIB = 4.0
# Bound before any learner code runs: the runner takes setrlimit away from learner code.
_getrlimit = resource and resource.getrlimit
_setrlimit = resource and resource.setrlimit


def _mapped_bytes() -> int:
    """The process's address space in use now (Linux); 0 where it cannot be read."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


class MemoryCap:
    """Context manager: at most ``limit_bytes`` more address space for the block (None: no cap)."""

    def __init__(self, limit_bytes: int | None):
        self.limit = limit_bytes
        self._saved = None

    def __enter__(self) -> "MemoryCap":
        if self.limit is None or resource is None or sys.platform == "emscripten":
            return self
        soft, hard = _getrlimit(resource.RLIMIT_AS)
        wanted = _mapped_bytes() + int(self.limit)
        if hard != resource.RLIM_INFINITY:
            wanted = min(wanted, hard)
        if soft == resource.RLIM_INFINITY or wanted < soft:
            _setrlimit(resource.RLIMIT_AS, (wanted, hard))
            self._saved = (soft, hard)
        return self

    def __exit__(self, *exc) -> None:
        if self._saved is not None:
            _setrlimit(resource.RLIMIT_AS, self._saved)
            self._saved = None
