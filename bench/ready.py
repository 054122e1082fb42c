#!/usr/bin/env python3
"""Page open -> "Run tests" usable, against the bare-Pyodide floor (figures only).

    python bench/ready.py [--visits 5] [--problem cross-entropy-grad]

"Usable" is the page's own signal: ``#runtime-status[data-state=ready]``, which the worker
sends only once a click would start grading at once (Python, numpy, pytest and the runner
loaded). The floor is a bare page this script writes beside the site:
a worker that boots the same bundled Pyodide and imports numpy, nothing else.

Each page gets one unmeasured visit, then ``--visits`` measured ones, interleaved, in one
browser context (a warm HTTP cache, as for a learner opening a second problem). Besides the
shipped page, a copy of the site whose page names no memory snapshot shows the normal boot
(the worker's fallback), i.e. what the snapshot gives.

Then, within a visit: from a ready problem page, a click on its link to another problem, and
from the ready index, a click on a problem; each timed from the click to the new problem
being usable (its editor mounted, the runtime status "ready"), with no page load between.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from statistics import median

from _common import build_site, chromium, machine, open_page, served, table

from harness.runtime import assemble

SITE_DIR, NO_SNAPSHOT_DIR, FLOOR_DIR = "gradlab", "gradlab-no-snapshot", "bare-floor"
FLOOR_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bare Pyodide floor</title><link rel="icon" href="data:,"></head>
<body data-state="loading">
<script type="module">
const worker = new Worker("./worker.js", { type: "module" });
worker.onmessage = ({ data }) => { document.body.dataset.state = data; };
</script>
</body></html>
"""
FLOOR_WORKER = """
const runtime = new URL("./pyodide/", location.href).href;
const { loadPyodide } = await import(runtime + "pyodide.mjs");
const pyodide = await loadPyodide({ indexURL: runtime, lockFileURL: runtime + "gradlab-lock.json" });
await pyodide.loadPackage(["numpy"], { messageCallback: () => {} });
pyodide.runPython("import numpy");
postMessage("ready");
"""
SNAPSHOT_CONFIG = re.compile(r'"snapshot": \[[^\]]*\]')
# Clicks `selector` and resolves to the ms from that click until another page's editor is
# mounted with the runtime ready (a full load would destroy this context and fail the bench).
NAVIGATION = """(selector) => new Promise((resolve) => {
  const from = location.pathname;
  let clickAt;
  document.addEventListener("click", (event) => { clickAt = event.timeStamp; }, { capture: true, once: true });
  const usable = () => location.pathname !== from && document.querySelector("#editor .cm-content")
    && document.querySelector("#runtime-status[data-state=ready]");
  new MutationObserver((_, observer) => {
    if (clickAt !== undefined && usable()) { observer.disconnect(); resolve(performance.now() - clickAt); }
  }).observe(document, { subtree: true, childList: true, attributes: true });
  document.querySelector(selector).click();
})"""


def write_floor(root: Path) -> str:
    """Write the bare page beside the site; return its path below the served root.

    It boots the runtime as Pyodide's release ships it (a copy of the assembled runtime
    directory), not the site's compiled copies of its standard library.
    """
    folder = root / FLOOR_DIR
    folder.mkdir()
    (folder / "index.html").write_text(FLOOR_PAGE, encoding="utf-8")
    (folder / "worker.js").write_text(FLOOR_WORKER, encoding="utf-8")
    shutil.copytree(assemble(), folder / "pyodide")
    return f"{FLOOR_DIR}/index.html"


def write_no_snapshot(root: Path, problem: str) -> str:
    """A hard-linked copy of the site whose problem page names no snapshot; its path."""
    shutil.copytree(root / SITE_DIR, root / NO_SNAPSHOT_DIR, copy_function=os.link)
    page = root / NO_SNAPSHOT_DIR / "problems" / problem / "index.html"
    html, found = SNAPSHOT_CONFIG.subn('"snapshot": null', page.read_text(encoding="utf-8"))
    assert found == 1, "the page config's snapshot entry has changed shape"
    page.unlink()  # a new file, not a write through the hard link into the real site
    page.write_text(html, encoding="utf-8")
    # No service worker: its precache list would not match the edited page.
    (root / NO_SNAPSHOT_DIR / "sw.js").unlink()
    return f"{NO_SNAPSHOT_DIR}/problems/{problem}/index.html"


def visit(context, url: str) -> dict:
    """The probe's marks for one visit, plus how the page says Python was started."""
    page, marks = open_page(context, url)
    marks["boot"] = page.evaluate("document.getElementById('runtime-status')?.dataset.boot ?? null")
    page.close()
    return marks


def navigate(context, url: str, selector: str) -> float:
    """Open ``url``, wait until usable, click ``selector``: ms until the next problem is usable."""
    page, _ = open_page(context, url)
    ms = page.evaluate(NAVIGATION, selector)
    page.close()
    return ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=5)
    parser.add_argument("--problem", default="cross-entropy-grad")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-ready-") as tmp:
        root = Path(tmp)
        build_site(root / SITE_DIR)
        variants = {
            "bare Pyodide + numpy (floor)": write_floor(root),
            "gradlab problem page": f"{SITE_DIR}/problems/{args.problem}/index.html",
            "gradlab, no snapshot (normal boot)": write_no_snapshot(root, args.problem),
        }
        with served(root) as base, chromium() as browser:
            print(machine(browser))
            context = browser.new_context()
            visits: dict[str, list[dict]] = {name: [] for name in variants}
            for round_ in range(args.visits + 1):
                for name, path in variants.items():
                    marks = visit(context, base + path)
                    if round_:
                        visits[name].append(marks)
            moves = {
                "second problem, by its link from a ready problem page": (variants["gradlab problem page"], ".pager-link"),
                "problem opened from the ready index": (f"{SITE_DIR}/index.html", ".problem-card a"),
            }
            moved = {name: [navigate(context, base + path, selector) for _ in range(args.visits)] for name, (path, selector) in moves.items()}
            context.close()

    floor = median([m["readyAt"] for m in visits[next(iter(variants))]])
    rows = []
    for name, marks in visits.items():
        ready = [m["readyAt"] for m in marks]
        rows.append([
            name, _ms(median(ready)), f"{_ms(min(ready))}-{_ms(max(ready))}", f"{median(ready) / floor:.2f}x",
            _ms(median([m["workerAt"] for m in marks])), _stage(marks, "packages"), _stage(marks, "grader"),
            ", ".join(sorted({m["boot"] for m in marks if m["boot"]})) or "-",
        ])
    table(
        f"Page open -> usable, median of {args.visits} warm-cache visits (ms since navigation start)",
        ["page", "ready", "range", "vs floor", "worker created", "Python up", "packages in", "boot"],
        rows,
    )
    print("target: gradlab problem page <= 1.05x the floor")
    table(
        f"Moving within a visit: click -> the next problem usable, median of {args.visits} (ms)",
        ["move", "median", "range"],
        [[name, _ms(median(ms)), f"{_ms(min(ms))}-{_ms(max(ms))}"] for name, ms in moved.items()],
    )
    print("target: second problem by a link <= 100 ms")
    return 0


def _ms(value: float) -> str:
    return f"{value:.0f}"


def _stage(marks: list[dict], stage: str) -> str:
    """When the worker announced ``stage`` (it announces "packages" once Python is up and
    "grader" once the packages are in); "-" for the floor, which announces nothing."""
    times = [m["stages"][stage] for m in marks if stage in m["stages"]]
    return _ms(median(times)) if times else "-"


if __name__ == "__main__":
    sys.exit(main())
