"""``build.py serve`` in its own process, exactly as an author runs it, for tests that need one."""
from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def build_py_serve(problems: Path, out: Path, log: Path, *args: str) -> Iterator[str]:
    """Build ``problems`` into ``out`` and serve it on a free port; yield the base URL.

    Its stderr (errors, the preview's rebuild failures) goes to ``log``.
    """
    with log.open("w") as stderr:
        server = subprocess.Popen(
            [sys.executable, "build.py", "serve", "--port", "0", "--problems", str(problems), "--out", str(out), *args],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr, text=True,
        )
        try:
            for line in server.stdout:
                found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
                if found:
                    break
            else:
                server.wait(timeout=10)
                pytest.fail(f"build.py serve did not start: {log.read_text()}")
            yield found.group(1)
        finally:
            server.terminate()
            server.wait(timeout=10)
            server.stdout.close()
