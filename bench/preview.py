#!/usr/bin/env python3
"""Live preview: save a problem.md -> its open page reloaded and showing the change (figures only).

    python bench/preview.py [--problems 40] [--runs 5]

A catalogue of ``--problems`` folders (the real catalogue, topped up with copies of its
problems under new slugs) is served by ``python build.py serve`` in its own process, exactly
as an author runs it, with one problem page open in Chromium. Each run saves an edit to that
problem's problem.md and takes the time from just before the save to the first frame of the
reloaded page; the page is let finish loading Python before the next save, as an author
reading the result would. Two kinds of edit: a sentence of the statement (one page is
rewritten) and the title (the index and the pages linking to it too).
"""
from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import PROBLEMS, REPO, chromium, machine, table

TARGET_S = 1.0
SLUG = "cross-entropy-grad"
# Installed into every document the tab loads: when the first frame after parsing was drawn.
SHOWN = """
document.addEventListener("DOMContentLoaded", () => {
  requestAnimationFrame(() => setTimeout(() => { window.__shownAt = performance.timeOrigin + performance.now(); }));
});
"""
READY_MS = 120_000


def catalogue(root: Path, count: int) -> None:
    """The real problems, then copies of them (``<slug>-copy-N``) until there are ``count``."""
    real = sorted(p for p in PROBLEMS.iterdir() if (p / "problem.md").is_file())
    for folder in real:
        shutil.copytree(folder, root / folder.name, ignore=shutil.ignore_patterns("__pycache__"))
    for number in range(count - len(real)):
        source = real[number % len(real)]
        shutil.copytree(source, root / f"{source.name}-copy-{number + 1}", ignore=shutil.ignore_patterns("__pycache__"))


class Server:
    """``python build.py serve`` on a free port; keeps the lines it prints."""

    def __init__(self, problems: Path, out: Path):
        self.process = subprocess.Popen(
            [sys.executable, "build.py", "serve", "--port", "0", "--problems", str(problems), "--out", str(out)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        self.lines: list[str] = []
        for line in self.process.stdout:
            self.lines.append(line.rstrip())
            found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
            if found:
                self.url = found.group(1)
                break
        else:
            raise SystemExit("build.py serve did not start:\n" + "\n".join(self.lines))
        threading.Thread(target=lambda: self.lines.extend(line.rstrip() for line in self.process.stdout), daemon=True).start()

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def measure(page, statement: Path, edit, runs: int, server: Server) -> tuple[list[float], list[float], list[str]]:
    """Seconds from save to the reloaded page's first frame, of them from save to the reload's
    start (detect, rebuild, tell the page), and the server's rebuild lines."""
    seconds, until_reload, rebuilt = [], [], []
    for run in range(runs):
        page.wait_for_selector("#runtime-status[data-state=ready]", timeout=READY_MS)
        text = statement.read_text(encoding="utf-8")
        marker = f"Edit number {run} of {time.time_ns()}"
        page.evaluate("window.__shownAt = undefined")
        seen = len(server.lines)
        saved = time.time() * 1000
        statement.write_text(edit(text, marker), encoding="utf-8")
        page.wait_for_function(
            "m => window.__shownAt !== undefined && document.body.textContent.includes(m)", arg=marker,
            timeout=30_000, polling=50,
        )
        shown, navigated = page.evaluate("[window.__shownAt, performance.timeOrigin]")
        seconds.append((shown - saved) / 1000)
        until_reload.append((navigated - saved) / 1000)
        rebuilt += [line for line in server.lines[seen:] if line.startswith(("rebuilt", "error"))]
    return seconds, until_reload, rebuilt


def in_statement(text: str, marker: str) -> str:
    return re.sub(r"(## Task\n\n)", rf"\g<1>{marker}. ", text, count=1)


def in_title(text: str, marker: str) -> str:
    return re.sub(r"(?m)^title: .*$", f"title: {marker}", text, count=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problems", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-preview-") as tmp, chromium() as browser:
        print(machine(browser))
        problems = Path(tmp) / "problems"
        catalogue(problems, args.problems)
        started = time.perf_counter()
        server = Server(problems, Path(tmp) / "_site")
        print(f"{args.problems} problems: serve up in {time.perf_counter() - started:.1f} s ({server.lines[0]})")
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.add_init_script(SHOWN)
            page.goto(f"{server.url}problems/{SLUG}/index.html")
            rows = []
            for name, edit in (("a sentence of the statement", in_statement), ("the title", in_title)):
                seconds, until_reload, rebuilt = measure(page, problems / SLUG / "problem.md", edit, args.runs, server)
                runs = ", ".join(f"{s:.2f}" for s in seconds)
                rebuild = [float(m.group(1)) for line in rebuilt if (m := re.search(r" in ([\d.]+) s$", line))]
                rows.append([name, f"{statistics.median(seconds):.2f}", runs, f"{statistics.median(until_reload):.2f}",
                             f"{statistics.median(rebuild):.2f}" if rebuild else "-", rebuilt[-1] if rebuilt else "-"])
            context.close()
        finally:
            server.close()
    table(
        f"save -> reloaded page shows the change ({args.problems} problems, {args.runs} runs each)",
        ["edit to problem.md", "median s", "runs (s)", "of it until reload starts", "of that the rebuild", "last rebuild, as serve printed it"], rows,
    )
    print(f"target <= {TARGET_S:g} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
