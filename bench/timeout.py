#!/usr/bin/env python3
"""After an endless loop times out, how soon the next run's results are in (figures only).

    python bench/timeout.py [--runs 3] [--problem cross-entropy-grad] [--time-limit 2]

A copy of one problem with a short time limit is built and served. In one page, the learner
runs an endless loop, then, as soon as that run's verdict is in, runs the reference solution:
the figure is that second run, click -> results. On a cross-origin isolated page (the served
headers, or the service worker's) Python is interrupted and the same worker grades at once;
with the isolation headers stripped, the worker is terminated and a new one has to boot first.
Also shown: how long the endless loop's own run took, against the time limit.
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

from _common import PROBLEMS, build_site, chromium, machine, open_page, served, table

ENDLESS = "def {name}(*args, **kwargs):\n    while True:\n        pass\n"
RESULTS = "#run-tests[aria-busy=true]"


def strip_isolation(route):
    response = route.fetch()
    headers = {k: v for k, v in response.headers.items() if not k.lower().startswith("cross-origin")}
    route.fulfill(response=response, headers=headers)


def clicked_run(page) -> float:
    """Click "Run tests"; seconds until its results are in the page."""
    started = time.perf_counter()
    page.click("#run-tests")
    page.wait_for_selector(RESULTS, state="detached", timeout=120_000)
    return time.perf_counter() - started


def measure(browser, url: str, isolated: bool, endless: str, solution: str) -> tuple[float, float, int]:
    """(endless run s, next run s, workers spawned) for one fresh context."""
    context = browser.new_context(service_workers="block")
    if not isolated:
        context.route("**/problems/*/index.html", strip_isolation)
    page, _ = open_page(context, url)
    assert page.evaluate("crossOriginIsolated") == isolated
    page.evaluate("(code) => gradlab.editor.setCode(code)", endless)
    looped = clicked_run(page)
    page.evaluate("(code) => gradlab.editor.setCode(code)", solution)
    following = clicked_run(page)
    summary = page.inner_text("#run-summary")
    assert summary.startswith("All "), summary
    spawns = page.evaluate("gradlab.grader.spawns")
    context.close()
    return looped, following, spawns


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--problem", default="cross-entropy-grad")
    parser.add_argument("--time-limit", type=float, default=2.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-timeout-") as tmp:
        problems = Path(tmp) / "problems"
        folder = problems / args.problem
        folder.parent.mkdir()
        shutil.copytree(PROBLEMS / args.problem, folder)
        statement = folder / "problem.md"
        text = re.sub(r"(?m)^(requires|time_limit):.*\n", "", statement.read_text(encoding="utf-8"))
        statement.write_text(text.replace("\n---\n", f"\ntime_limit: {args.time_limit:g}\n---\n", 1), encoding="utf-8")
        name = re.search(r"^def (\w+)\(", (folder / "stub.py").read_text(), re.M).group(1)
        site = build_site(Path(tmp) / "_site", problems)
        solution = (folder / "solution.py").read_text()
        rows = []
        with served(site) as base, chromium() as browser:
            print(machine(browser))
            url = f"{base}problems/{args.problem}/index.html"
            for isolated in (True, False):
                runs = [measure(browser, url, isolated, ENDLESS.format(name=name), solution) for _ in range(args.runs)]
                rows.append([
                    "isolated: interrupt" if isolated else "not isolated: new worker",
                    f"{median(r[0] for r in runs):.2f}", f"{median(r[1] for r in runs) * 1000:.0f}",
                    ", ".join(str(r[2]) for r in runs),
                ])
    table(
        f"Endless loop (time limit {args.time_limit:g} s), then the reference solution; medians of {args.runs}",
        ["page", "endless run, s", "next run click -> results, ms", "workers per page"],
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
