"""Node-side build tools: the pinned npm packages, esbuild, and one long-lived renderer.

The renderer is a single ``node`` process for the whole build because starting Node and
loading KaTeX costs far more than typesetting one formula.
"""
from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import BuildError
from .paths import PREBUILT

REPO = Path(__file__).resolve().parents[1]
NODE_MODULES = REPO / "node_modules"
LOCK = REPO / "package-lock.json"
INSTALLED_LOCK = NODE_MODULES / ".package-lock.json"
ESBUILD = NODE_MODULES / ".bin" / "esbuild"
RENDER_SCRIPT = Path(__file__).with_name("render.mjs") if PREBUILT is None else PREBUILT / "render.mjs"


def ensure_node_modules() -> None:
    """Run ``npm ci`` when ``node_modules`` is missing or older than ``package-lock.json``
    (never for an installed gradlab, whose front end is prebuilt: builder/paths.py)."""
    if PREBUILT is not None:
        return
    if ESBUILD.exists() and INSTALLED_LOCK.exists() and INSTALLED_LOCK.stat().st_mtime >= LOCK.stat().st_mtime:
        return
    npm = shutil.which("npm")
    if npm is None:
        raise BuildError("npm is not installed: install Node.js 20+ with npm, then build again")
    done = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise BuildError(f"npm ci failed: {_last_line(done.stderr or done.stdout)}")


def bundle(entries: list[Path], outdir: Path, fmt: str = "esm", *, split: bool = False) -> None:
    """Bundle, minify and tree-shake each ES module entry into ``outdir``.

    ``fmt="iife"`` makes a classic script, for a ``<script>`` that must run during parsing.
    ``split``: each dynamic ``import()`` becomes a chunk of its own (``chunks/``, named by
    content), downloaded only when it runs, sharing the entry's modules rather than copying them.
    """
    command = [
        str(ESBUILD), *map(str, entries), "--bundle", f"--format={fmt}", "--minify",
        "--target=es2020", "--log-level=error", f"--outdir={outdir}",
        *(["--splitting", "--chunk-names=chunks/[name]-[hash]"] if split else []),
    ]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise BuildError(f"esbuild failed: {_last_line(done.stderr)}")


def run(script: Path, *args: str, timeout: float = 600) -> None:
    """Run a one-shot Node ``script``; :class:`BuildError` with its last error line if it fails."""
    node = shutil.which("node")
    if node is None:
        raise BuildError("node is not installed: install Node.js 20+, then build again")
    try:
        done = subprocess.run([node, str(script), *args], cwd=REPO, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise BuildError(f"{script.name} did not finish within {timeout:g} s") from None
    if done.returncode != 0:
        raise BuildError(f"{script.name} failed: {_last_line(done.stderr)}")


class Renderer:
    """KaTeX math and Lezer code highlighting, answered by ``render.mjs`` line by line."""

    def __enter__(self) -> "Renderer":
        node = shutil.which("node")
        if node is None:
            raise BuildError("node is not installed: install Node.js 20+, then build again")
        self._stderr = tempfile.TemporaryFile("w+", encoding="utf-8")
        self._process = subprocess.Popen(
            [node, str(RENDER_SCRIPT)], cwd=REPO, text=True, encoding="utf-8",
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
        )
        return self

    def __exit__(self, *exc) -> None:
        with contextlib.suppress(BrokenPipeError):
            self._process.stdin.close()
        self._process.wait(timeout=10)
        self._process.stdout.close()
        self._stderr.close()

    def math(self, tex: str, display: bool) -> str:
        """KaTeX HTML for ``tex``; raise ValueError with KaTeX's message when it does not parse."""
        reply = self._ask({"math": tex, "display": display})
        if "error" in reply:
            raise ValueError(reply["error"])
        return reply["html"]

    def python(self, code: str) -> str:
        """``code`` as HTML spans with the editor's ``tok-*`` classes."""
        return self._ask({"code": code})["html"]

    def _ask(self, request: dict) -> dict:
        try:
            self._process.stdin.write(json.dumps(request) + "\n")
            self._process.stdin.flush()
            line = self._process.stdout.readline()
        except BrokenPipeError:
            line = ""
        if not line:
            self._stderr.seek(0)
            raise BuildError(f"the Node renderer stopped: {_last_line(self._stderr.read())}")
        return json.loads(line)


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "no output"
