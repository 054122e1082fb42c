"""Drive ``node_runner.mjs``: grade inside Pyodide under Node from CPython.

One Node process (one Pyodide boot, a few seconds) serves a whole session, so callers that
grade many problems pay the boot once. The Node side enforces per-test deadlines itself; this
side only guards against a Node that stops answering altogether: it kills and restarts it
(lazily, on the next call) and reports the test that was running as timed out.
"""
from __future__ import annotations

import base64
import collections
import json
import queue
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from .assemble import assemble

RUNNER_JS = Path(__file__).with_name("node_runner.mjs")
BOOT_TIMEOUT = 120.0
EVAL_TIMEOUT = 300.0
# Beyond a run's own time limit: Node's allowance for pytest start-up between tests, its
# SIGINT grace period, and slack for a loaded machine.
RUN_SLACK = 40.0
_EOF = object()


class BridgeError(RuntimeError):
    """The Node side failed (could not start, crashed, or returned an error)."""


class _Lost(Exception):
    """Node died or went silent mid-request; carries the events seen so far."""

    def __init__(self, reason: str, events: list[dict]):
        super().__init__(reason)
        self.events = events


class PyodideSession:
    """A long-lived Pyodide (inside Node) that runs ``harness.runner.run``.

    ``startup`` is Python code evaluated after every (re)start, e.g. to install a stand-in
    ``harness.runner`` in tests. ``restarts`` counts how often Node had to be replaced.
    """

    def __init__(
        self,
        runtime_dir: Path | None = None,
        *,
        offline: bool = False,
        startup: str | None = None,
        node: str = "node",
    ):
        self.runtime_dir = Path(runtime_dir) if runtime_dir else None
        self.offline = offline
        self.startup = startup
        self.node = node
        self.restarts = 0
        self.timings: dict = {}
        self._proc: subprocess.Popen | None = None
        self._lines: queue.Queue = queue.Queue()
        self._stderr: collections.deque[str] = collections.deque(maxlen=50)
        self._next_id = 0
        self._stderr_pump: threading.Thread | None = None

    def __enter__(self) -> "PyodideSession":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> None:
        """Boot Node + Pyodide unless already running (assembling the runtime if needed)."""
        if self._proc is not None:
            return
        node = shutil.which(self.node)
        if node is None:
            raise BridgeError(f"'{self.node}' not found on PATH: Node.js >= 18 is needed to grade in Pyodide")
        if self.runtime_dir is None:
            self.runtime_dir = assemble(offline=self.offline)
        self._lines = queue.Queue()
        self._stderr.clear()
        self._proc = subprocess.Popen(
            [node, str(RUNNER_JS), str(self.runtime_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        threading.Thread(target=self._pump_stdout, args=(self._proc, self._lines), daemon=True).start()
        self._stderr_pump = threading.Thread(target=self._pump_stderr, args=(self._proc,), daemon=True)
        self._stderr_pump.start()
        try:
            ready = self._next_line(BOOT_TIMEOUT)
        except _Lost as lost:
            self._kill()
            raise BridgeError(f"Pyodide did not boot: {lost}") from None
        if not ready.get("ready"):
            self._kill()
            raise BridgeError(f"Pyodide did not boot: {ready.get('error')}{self._stderr_tail()}")
        self.timings = ready.get("timings", {})
        if self.startup:
            self.eval(self.startup)

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            proc.stdin.close()
            proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()

    def ping(self) -> bool:
        """True if Pyodide answers; False if Node had to be killed (it restarts on next use)."""
        try:
            return self._call({"op": "ping"}, 30.0)[0] == "pong"
        except _Lost:
            return False

    def eval(self, code: str, *, time_limit: float | None = None) -> str:
        """Run Python ``code`` in a persistent namespace; ``str()`` of the last expression's value.

        With ``time_limit``, Node interrupts the code (KeyboardInterrupt) once it is exceeded.
        """
        request = {"op": "eval", "code": code}
        if time_limit is not None:
            request["time_limit"] = time_limit
        try:
            return self._call(request, EVAL_TIMEOUT if time_limit is None else time_limit + RUN_SLACK)[0]
        except _Lost as lost:
            raise BridgeError(f"eval lost its Pyodide ({lost}); it will be restarted") from None

    def run(
        self,
        source: str | bytes,
        tests_source: str,
        time_limit: float = 10.0,
        *,
        on_event: Callable[[dict], None] | None = None,
    ) -> dict:
        """``harness.runner.run(source, tests_source, time_limit=...)`` inside Pyodide."""
        request = {"op": "run", "tests": tests_source, "time_limit": time_limit}
        if isinstance(source, bytes):
            request["source_base64"] = base64.b64encode(source).decode("ascii")
        else:
            request["source"] = source
        started = time.perf_counter()
        try:
            return self._call(request, time_limit + RUN_SLACK, on_event)[0]
        except _Lost as lost:
            elapsed_ms = round((time.perf_counter() - started) * 1000, 3)
            return lost_run_result(lost.events, time_limit, str(lost), elapsed_ms)

    def _call(self, request: dict, idle_timeout: float, on_event=None) -> tuple:
        self.start()
        self._next_id += 1
        request_id = self._next_id
        try:
            self._proc.stdin.write(json.dumps({"id": request_id, **request}) + "\n")
            self._proc.stdin.flush()
        except OSError:
            self._lost("Node's stdin is closed", [])
        events: list[dict] = []
        while True:
            try:
                message = self._next_line(idle_timeout)
            except _Lost as lost:
                self._lost(str(lost), events)
            if message.get("id") != request_id:
                continue
            if "event" in message:
                events.append(message["event"])
                if on_event:
                    on_event(message["event"])
            elif "error" in message:
                raise BridgeError(f"{message.get('type', 'Error')}: {message['error']}")
            else:
                return message.get("result"), events

    def _lost(self, reason: str, events: list[dict]):
        self._kill()
        self.restarts += 1
        raise _Lost(reason, events)

    def _next_line(self, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise _Lost(f"no answer from Node within {timeout:g} s", []) from None
            if line is _EOF:
                code = self._proc.wait() if self._proc else None
                raise _Lost(f"Node exited (code {code}){self._stderr_tail()}", [])
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                self._stderr.append(f"[stdout] {line.rstrip()}")

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            proc.kill()
            proc.wait()

    def _stderr_tail(self) -> str:
        if self._stderr_pump is not None:
            self._stderr_pump.join(timeout=1.0)
        tail = [line for line in self._stderr if line.strip()][-5:]
        return (": " + " | ".join(tail)) if tail else ""

    @staticmethod
    def _pump_stdout(proc: subprocess.Popen, lines: queue.Queue) -> None:
        for line in proc.stdout:
            lines.put(line)
        lines.put(_EOF)

    def _pump_stderr(self, proc: subprocess.Popen) -> None:
        for line in proc.stderr:
            self._stderr.append(line.rstrip("\n"))


def lost_run_result(events: list[dict], time_limit: float, reason: str, elapsed_ms: float = 0.0) -> dict:
    """The runner's result shape for a run whose Pyodide had to be killed.

    Tests that finished keep their results; the one that was running is a timeout.
    """
    tests = [{k: v for k, v in e.items() if k != "type"} for e in events if e.get("type") == "result"]
    started = [e for e in events if e.get("type") == "start"]
    running = started[-1] if started and len(started) > len(tests) else None
    message = "Grading stopped at a test that could not be interrupted; the tests after it did not run."
    if running is not None:
        tests.append({
            "id": running.get("id"),
            "title": running.get("title"),
            "status": "timeout",
            "message": f"Timed out: this test took longer than {time_limit:g} s and could not be interrupted.",
            "stdout": "",
            "duration_ms": 0.0,
        })
    else:
        message = f"Your code could not be interrupted after {time_limit:g} s (an endless loop?). ({reason})"
    counts = {s: sum(t["status"] == s for t in tests) for s in ("passed", "failed", "error", "timeout")}
    return {
        "version": 1,
        "status": "error" if running is None else "failed",
        "message": message,
        "summary": {"total": len(tests), **counts, "duration_ms": elapsed_ms},
        "tests": tests,
        "stdout": "",
    }
