#!/usr/bin/env python3
"""The index's search with 1,000 problems: keystroke -> updated list, in Chromium (figures only)

    python bench/search.py [--count 1000] [--problem sigmoid]

Builds a catalogue of ``count`` copies of one problem, each with its own title and tags made
of varied words (so a query matches some and not others), opens the index (the grading worker
blocked: nothing else competes for the page's thread), types queries key by key and times each
keystroke from the key event to the list laid out for the next frame (style and layout forced
inside that frame's requestAnimationFrame). Target: <= 50 ms per keystroke.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from _common import PROBLEMS, build_site, chromium, generate_catalogue, machine, served, table

TARGET_MS = 50
QUERIES = ["attention", "grad", "stable soft", "zzz", ""]  # "" : each Backspace back to the full list

# Installed before the index's own scripts: for each keydown, the time from the event to the
# next frame's requestAnimationFrame with style and layout done (the list as shown).
PROBE = """
window.__keys = [];
addEventListener("keydown", (event) => {
  const start = event.timeStamp;
  requestAnimationFrame(() => {
    document.body.getBoundingClientRect(); // style + layout of the updated list
    const visible = document.querySelectorAll(".problem-card:not([hidden])").length;
    window.__keys.push({ ms: performance.now() - start, visible });
  });
}, true);
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--problem", default="sigmoid")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        problems = Path(tmp) / "problems"
        generate_catalogue(problems, PROBLEMS / args.problem, args.count)
        site = build_site(Path(tmp) / "_site", problems)
        with served(site) as base, chromium() as browser:
            print(machine(browser))
            context = browser.new_context(viewport={"width": 1366, "height": 768})
            context.route("**/assets/worker.js*", lambda route: route.abort())
            page = context.new_page()
            page.add_init_script(PROBE)
            page.goto(base)
            page.wait_for_selector("#filters:not([hidden])")
            page.focus("#search")  # fetches search.json
            page.wait_for_load_state("networkidle")
            rows = []
            everything = []
            for query in QUERIES:
                page.evaluate("window.__keys = []")
                if query:
                    page.fill("#search", "")
                    page.evaluate("window.__keys = []")
                    for key in query:
                        page.keyboard.press("Space" if key == " " else key)
                        page.wait_for_timeout(30)
                    label = f"type {query!r}"
                else:
                    page.fill("#search", "grad")
                    page.evaluate("window.__keys = []")
                    for _ in range(4):
                        page.keyboard.press("Backspace")
                        page.wait_for_timeout(30)
                    label = "Backspace x4 (to all)"
                page.wait_for_timeout(100)
                keys = page.evaluate("window.__keys")
                times = [k["ms"] for k in keys]
                everything += times
                rows.append([label, len(keys), f"{statistics.median(times):.1f}", f"{max(times):.1f}", keys[-1]["visible"]])
            table(
                f"keystroke -> updated list, {args.count:,} problems (target <= {TARGET_MS} ms)",
                ["keys", "n", "median ms", "max ms", "cards shown after"],
                rows,
            )
            print(f"all keystrokes: median {statistics.median(everything):.1f} ms, max {max(everything):.1f} ms, "
                  f"{sum(t <= TARGET_MS for t in everything)}/{len(everything)} within {TARGET_MS} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
