"""Plumbing shared by the bench scripts: build a site, serve it, drive Chromium, print tables.

Every browser figure is a ratio between two things measured in the same browser run, so the
machine's speed cancels out; this module keeps the four scripts from each growing their own
server, browser launch and table printer.
"""
from __future__ import annotations

import contextlib
import os
import platform
import random
import re
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import build as site_build  # noqa: E402
from builder.serve import make_server  # noqa: E402
from harness.tracks import TRACK_SLUGS  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
PROBLEMS = REPO / "problems"
# Installed before any page script: marks when the page became usable (the first element
# whose data-state turns "ready"), when its worker was created, and when each of the worker's
# status messages (see site/assets/worker.js) arrived; all in ms since navigation start.
PROBE = """
(() => {
  window.__bench = { stages: {}, results: [] };
  const mark = () => {
    if (window.__bench.readyAt === undefined && document.querySelector('[data-state="ready"]')) {
      window.__bench.readyAt = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      window.__bench.workerAt ??= performance.now();
      this.addEventListener("message", ({ data }) => {
        if (data && data.type === "status") window.__bench.stages[data.stage] ??= performance.now();
        if (data && data.type === "done") window.__bench.results.push(data.result);
      });
    }
  };
})();
"""


ADJECTIVES = "stable fast batched masked sparse causal scaled fused robust weighted noisy greedy".split()
NOUNS = "softmax attention norm dropout gradient kernel pooling decoder sampler optimizer embedding loss".split()


def generate_catalogue(root: Path, source: Path, count: int, seed: int = 16) -> None:
    """``count`` copies of the problem ``source``, each with a title, tags and a track of its own
    (spread over every track), for the benches of a large catalogue (search, bytes)."""
    rng = random.Random(seed)
    text = (source / "problem.md").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^requires:.*\n", "", text)
    for number in range(1, count + 1):
        folder = root / f"p{number:04d}"
        folder.mkdir(parents=True)
        for file in source.iterdir():
            if file.is_file() and file.name != "problem.md":
                (folder / file.name).write_bytes(file.read_bytes())
        if (source / "mutants").is_dir():
            (folder / "mutants").mkdir()
            for file in (source / "mutants").iterdir():
                (folder / "mutants" / file.name).write_bytes(file.read_bytes())
        title = f"{rng.choice(ADJECTIVES).capitalize()} {rng.choice(NOUNS)} {number}"
        tags = ", ".join(rng.sample(NOUNS, 3))
        page = re.sub(r"(?m)^title:.*$", f"title: {title}", text, count=1)
        page = re.sub(r"(?m)^tags:.*$", f"tags: [{tags}]", page, count=1)
        page = re.sub(r"(?m)^track:.*$", f"track: {TRACK_SLUGS[number % len(TRACK_SLUGS)]}", page, count=1)
        (folder / "problem.md").write_text(page, encoding="utf-8")


def build_site(out: Path, problems: Path = PROBLEMS) -> Path:
    """Build the site into ``out`` exactly as ``python build.py`` does; return ``out``."""
    site_build.build(problems, out)
    return out


@contextlib.contextmanager
def served(root: Path) -> Iterator[str]:
    """Serve ``root`` with ``build.py serve``'s handler on a free port; yield the base URL."""
    server = make_server(root, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium():
    """Headless Debian Chromium through Playwright (never a downloaded browser build)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_page(context, url: str, timeout_ms: float = 120_000):
    """A new tab of ``context`` showing ``url``, once it says it is ready; the probe's marks."""
    page = context.new_page()
    page.add_init_script(PROBE)
    page.goto(url)
    page.wait_for_function("window.__bench.readyAt !== undefined", timeout=timeout_ms, polling=20)
    return page, page.evaluate("window.__bench")


def table(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print an aligned plain-text table (also valid Markdown, for pasting into the README)."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    line = lambda row: "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |"  # noqa: E731
    print(f"\n{title}\n")
    print(line(cells[0]))
    print("| " + " | ".join("-" * w for w in widths) + " |")
    for row in cells[1:]:
        print(line(row))
    print(flush=True)


def machine(browser=None) -> str:
    """One line naming what the figures came from: CPU, cores, memory, browser, Python, and
    the load average, since other work on a 2-core machine moves every figure."""
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    parts = [cpu, f"{os.cpu_count()} cores", f"{memory:.0f} GiB"]
    if browser is not None:
        parts.append(f"Chromium {browser.version}")
    parts.append(f"Python {platform.python_version()}")
    parts.append(f"load average {os.getloadavg()[0]:.1f}")
    return "machine: " + ", ".join(parts)
