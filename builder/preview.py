"""The live preview session behind ``build.py serve``: rebuild what a change touched, no more.

A change under the problems folder renders the catalogue again in memory and writes only the
files whose content changed: an edited statement rewrites its one page, an edited title also
its neighbours' pages and the index, because their HTML changed too, and nothing has to know
in advance which page shows what. That is fast because only changed folders go through the
harness model again (cached by their files' mtimes and sizes), test titles are cached by the
content of tests.py and solution.py, and Markdown and math by their text: the render of an
unchanged page is a template fill. Anything else (site/, harness/, builder/) is a full
``python build.py`` in a fresh process, so it runs the code as it is now on disk.

A rebuild that fails writes nothing: the error is the same one line the build prints, and the
last good build stays served until a good rebuild replaces it.
"""
from __future__ import annotations

import contextlib
import hashlib
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from harness.check import titles
from harness.problem import Problem, ProblemError

from . import BuildError, node
from .catalog import Entry, load_catalog, load_entry
from .livereload import Channel, PreviewHandler
from .markdown import Markdown
from .output import replace_file
from .pages import Pages
from .runtime import packages
from .serve import serve
from .snapshot import site_parts
from .watch import Watcher, scan

REPO = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = REPO / "build.py"
# Outside the problems folder, what the site is made of: any change there is a full rebuild.
SOURCES = tuple(p for p in (REPO / "site", REPO / "harness", REPO / "builder") if p.is_dir())


@dataclass(frozen=True)
class Outcome:
    """What one rebuild did; ``line()`` is what the terminal shows."""

    written: tuple[str, ...] | None  # site paths written or removed; None: the whole site
    error: str | None = None
    seconds: float = 0.0

    def line(self) -> str:
        if self.error:
            return f"error: {self.error}"
        if self.written is None:
            return f"rebuilt the whole site in {self.seconds:.1f} s"
        if not self.written:
            return f"no page changed ({self.seconds:.2f} s)"
        shown = ", ".join(self.written[:4]) + (f" and {len(self.written) - 4} more" if len(self.written) > 4 else "")
        return f"rebuilt {shown} in {self.seconds:.2f} s"


class Preview:
    """The site in ``out``, built from ``problems``, kept up to date one change at a time."""

    def __init__(
        self, problems: Path, out: Path, sources: Iterable[Path] = SOURCES,
        full_build: Callable[[Path, Path], None] | None = None,
    ):
        self.problems = Path(problems).resolve()
        self.out = Path(out).resolve()
        self.sources = tuple(Path(s).resolve() for s in sources)
        self._full_build = build_in_subprocess if full_build is None else full_build
        self._entries: dict[Path, tuple[frozenset, Entry]] = {}
        self._titles: dict[str, list[dict]] = {}
        self._files: dict[str, str] = {}  # what the last render made: site path -> text
        self._snapshot: list[tuple[str, str]] = []
        self._markdown: _MemoMarkdown | None = None
        self._stack = contextlib.ExitStack()
        self.stale_code = False  # Python code changed since start: this process runs the old one
        self._needs_full = False  # the last full rebuild failed: what it would build is not served

    def watched(self) -> list[Path]:
        return [self.problems, *self.sources]

    def load(self, folder: Path) -> Entry:
        """:func:`load_entry`, cached until a file of ``folder`` changes; ``build.py`` uses it too."""
        key = frozenset(scan([folder]).items())
        cached = self._entries.get(folder)
        if cached and cached[0] == key:
            return cached[1]
        entry = load_entry(folder, self._titles_of)
        self._entries[folder] = (key, entry)
        return entry

    def start(self) -> Outcome:
        """Take in the site a build just wrote; the render it does writes nothing if the two agree."""
        self._snapshot = site_parts(self.out)
        return self._incremental()

    def close(self) -> None:
        self._stack.close()
        self._markdown = None

    def apply(self, paths: Iterable[Path]) -> Outcome:
        """Rebuild for a change of ``paths``: the problems changed only, or the whole site."""
        outside = [Path(p) for p in paths if not Path(p).resolve().is_relative_to(self.problems)]
        self.stale_code |= any(p.suffix == ".py" for p in outside)
        if outside or self.stale_code or self._needs_full:
            return self._full()
        return self._incremental()

    def _incremental(self) -> Outcome:
        started = time.perf_counter()
        try:
            files = self._render(load_catalog(self.problems, self.load))
        except ProblemError as exc:
            return Outcome(None, str(exc), time.perf_counter() - started)
        except BuildError as exc:
            self.close()  # the Node renderer may have stopped: the next render starts a new one
            return Outcome(None, str(exc), time.perf_counter() - started)
        written = [path for path, text in files.items() if _read(self.out / path) != text]
        for path in written:
            replace_file(self.out / path, files[path])
        removed = sorted(set(self._files) - set(files))
        for path in removed:
            (self.out / path).unlink(missing_ok=True)
        self._files = files
        return Outcome(tuple(written + removed), None, time.perf_counter() - started)

    def _full(self) -> Outcome:
        started = time.perf_counter()
        try:
            self._full_build(self.problems, self.out)
        except (ProblemError, BuildError) as exc:
            self._needs_full = True
            return Outcome(None, str(exc), time.perf_counter() - started)
        self._needs_full = False
        if not self.stale_code:
            self._snapshot = site_parts(self.out)
            self._files = self._render(load_catalog(self.problems, self.load))
        return Outcome(None, None, time.perf_counter() - started)

    def _render(self, entries: list[Entry]) -> dict[str, str]:
        if self._markdown is None:
            self._markdown = _MemoMarkdown(self._stack.enter_context(node.Renderer()))
        pages = _InMemoryPages(self.out, self._markdown, packages(self.out / "pyodide"), self._snapshot)
        pages.write_all(entries)
        self._markdown.sweep()
        self._entries = {entry.problem.path: self._entries[entry.problem.path] for entry in entries}
        return pages.files

    def _titles_of(self, problem: Problem) -> list[dict]:
        """Test titles, cached by what they are collected from (a pytest session costs ~25 ms)."""
        key = hashlib.sha256(f"{problem.tests}\0{problem.solution}".encode()).hexdigest()
        if key not in self._titles:
            self._titles[key] = titles(problem)
        return self._titles[key]


class _InMemoryPages(Pages):
    """Pages that collect the files instead of writing them, so a failed render writes nothing;
    an asset's hash is taken from the file about to be written, not the one on disk."""

    def __init__(self, *args):
        super().__init__(*args)
        self.files: dict[str, str] = {}

    def _write(self, path: str, text: str) -> None:
        self.files[path] = text

    def _read(self, path: str) -> bytes:
        return self.files[path].encode("utf-8") if path in self.files else super()._read(path)


class _MemoMarkdown(Markdown):
    """Markdown that renders each text once while it is in use: KaTeX is the slow part of a
    page. :meth:`sweep` after a complete render forgets what it no longer used (old drafts)."""

    def __init__(self, renderer: node.Renderer):
        super().__init__(renderer)
        self._done: dict[tuple[str, str], str] = {}
        self._used: set[tuple[str, str]] = set()

    def render(self, text: str) -> str:
        return self._memo(("md", text), super().render)

    def python(self, code: str) -> str:
        return self._memo(("py", code), super().python)

    def sweep(self) -> None:
        self._done = {key: self._done[key] for key in self._used}
        self._used = set()

    def _memo(self, key: tuple[str, str], render: Callable[[str], str]) -> str:
        if key not in self._done:
            self._done[key] = render(key[1])
        self._used.add(key)
        return self._done[key]


def build_in_subprocess(problems: Path, out: Path) -> None:
    """``python build.py`` in a fresh process: a change to the builder or the harness takes effect."""
    done = subprocess.run(
        [sys.executable, *([str(BUILD_SCRIPT)] if BUILD_SCRIPT.is_file() else ["-m", "builder.main"]), "--problems", str(problems), "--out", str(out)],
        cwd=REPO, capture_output=True, text=True,
    )
    if done.returncode != 0:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()] or ["build.py failed"]
        raise BuildError(lines[-1].removeprefix("error: "))


def _read(file: Path) -> str | None:
    try:
        return file.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return None


def watch_and_serve(preview: Preview, port: int, host: str = "127.0.0.1") -> None:
    """Serve ``preview.out`` with the reload channel, rebuilding on every change until Ctrl+C."""
    channel = Channel()
    stop = threading.Event()
    watcher = Watcher(preview.watched())
    thread = threading.Thread(target=_rebuild_on_change, args=(preview, watcher, channel, stop), daemon=True)
    thread.start()
    print("watching " + ", ".join(str(p) for p in preview.watched()), flush=True)
    try:
        serve(preview.out, port, host, PreviewHandler, channel=channel)
    finally:
        stop.set()
        channel.close()
        thread.join(timeout=5)
        preview.close()


def _rebuild_on_change(preview: Preview, watcher: Watcher, channel: Channel, stop: threading.Event) -> None:
    while not stop.is_set():
        # An --out inside a watched folder must not rebuild on its own writes.
        paths = {p for p in watcher.wait(stop) if not p.resolve().is_relative_to(preview.out)}
        if not paths:
            continue
        stale = preview.stale_code
        try:
            outcome = preview.apply(paths)
        except Exception as exc:  # a bug must not stop the watching; say it like a build error
            traceback.print_exc()
            outcome = Outcome(None, f"{type(exc).__name__}: {exc}")
        if preview.stale_code and not stale:
            print("the builder's or harness's Python code changed: every rebuild is a full one until serve restarts", flush=True)
        report(outcome, channel)


def report(outcome: Outcome, channel: Channel) -> None:
    """Tell the terminal and the open pages what a rebuild did."""
    if outcome.error:
        print(outcome.line() + "  (still serving the last good build)", file=sys.stderr, flush=True)
        channel.failed(outcome.error)
        return
    print(outcome.line(), flush=True)
    if outcome.written is None or outcome.written or channel.state.error:
        channel.rebuilt(None if outcome.written is None else list(outcome.written))
