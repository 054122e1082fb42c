#!/usr/bin/env python3
"""Bytes a learner downloads: a first problem page cold, then a second one (figures only).

    python bench/bytes.py [--first softmax] [--second log-softmax]
    python bench/bytes.py --generated 1000      # a catalogue over the precache budget


Both pages are opened in one fresh browser context (an empty HTTP cache for the first) and
counted until usable. A request's bytes are what Chromium received for it, headers included
(CDP's ``encodedDataLength``, through Playwright's request sizes): 0 for an answer from the
cache, a few hundred bytes for a revalidation (304). The page's worker's requests count too.
The server is ``build.py serve``'s: gzip, and the caching headers a static host should send
(``builder/serve.py``: ``?v=`` URLs immutable, everything else revalidated). The service
worker's own requests (its precache of the whole build, made in the background once the first
page is usable) are counted apart; the second page is a full load it answers.

``--generated N`` builds N copies of ``sigmoid`` spread over every track (``generate_catalogue``):
over the precache budget (``builder/precache.py``), the background download is the runtime,
the shell, the index and the first page's track, and its problems' files must stay within the
budget; the second page, of another track, is then cached as it is visited.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from _common import PROBE, PROBLEMS, build_site, chromium, generate_catalogue, machine, served, table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from builder.precache import BUDGET  # noqa: E402

TARGET_SECOND_KB = 60


def received(request) -> int:
    """Bytes received for ``request``; Playwright reports a cached body as minus its headers."""
    sizes = request.sizes()
    return max(0, sizes["responseBodySize"] + sizes["responseHeadersSize"])


def group(url: str) -> str:
    """Which part of the site a URL belongs to, for the breakdown."""
    path = urlsplit(url).path
    if path.startswith("/pyodide/"):
        return "Pyodide runtime + wheels (pyodide/)"
    if "python-snapshot" in path:
        return "memory snapshot"
    if path.startswith("/assets/"):
        return "scripts, styles, fonts (assets/)"
    if path.startswith(("/problems/", "/tests/", "/solutions/")):
        return "problems' pages, tests, solutions"
    return "index, search, sw.js"


def open_counting(context, url: str) -> dict[str, list[int]]:
    """Open ``url`` until usable; bytes received per group, one entry per request."""
    counted: dict[str, list[int]] = defaultdict(list)
    page = context.new_page()
    page.on("requestfinished", lambda request: counted[group(request.url)].append(received(request)))
    page.add_init_script(PROBE)
    page.goto(url)
    page.wait_for_function("window.__bench.readyAt !== undefined", timeout=120_000, polling=50)
    page.wait_for_load_state("networkidle")
    # The service worker precaches the build once the page is usable; the next page waits for it.
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=300_000)
    page.close()
    return counted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", default="softmax")
    parser.add_argument("--second", default="log-softmax")
    parser.add_argument("--generated", type=int, default=0, metavar="N", help="N generated problems instead of the catalogue")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-bytes-") as tmp:
        if args.generated:
            problems = Path(tmp) / "problems"
            generate_catalogue(problems, PROBLEMS / "sigmoid", args.generated)
            args.first, args.second = "p0001", "p0002"  # two tracks
            site = build_site(Path(tmp) / "_site", problems)
        else:
            site = build_site(Path(tmp) / "_site")
        with served(site) as base, chromium() as browser:
            print(machine(browser))
            context = browser.new_context()
            precached: dict[str, list[int]] = defaultdict(list)
            context.on("requestfinished", lambda request: request.service_worker and precached[group(request.url)].append(received(request)))
            first = open_counting(context, f"{base}problems/{args.first}/index.html")
            if args.generated:  # the current track's problems, cached once the page named it
                _settle(context, base)
            background = {name: list(sizes) for name, sizes in precached.items()}
            precached.clear()
            pages = {
                f"first page, cold ({args.first})": first,
                "service worker precache (background, after usable)": background,
                f"second page, full load ({args.second})": open_counting(context, f"{base}problems/{args.second}/index.html"),
            }
            if args.generated:
                _settle(context, base)
                pages[f"then, in the background: {args.second}'s track"] = precached
            context.close()

    groups = sorted({g for counted in pages.values() for g in counted})
    rows = []
    for name, counted in pages.items():
        total = sum(sum(sizes) for sizes in counted.values())
        requests = sum(len(sizes) for sizes in counted.values())
        rows.append([name, requests, _kb(total), *(_kb(sum(counted.get(g, []))) for g in groups)])
    table("Bytes received until the page is usable (KB = 1,000 bytes)", ["page", "requests", "total KB", *groups], rows)
    print(f"target: second page <= {TARGET_SECOND_KB} KB")
    lazy = sum(background.get("problems' pages, tests, solutions", []))
    print(f"problems' files in the background download: {_kb(lazy)} KB (budget {_kb(BUDGET)} KB, gzipped)")
    return 0


def _settle(context, base: str) -> None:
    """Wait until the service worker has no request in flight for a second (its track caching)."""
    page = context.new_page()
    page.goto(base + "sw.js")
    last = -1
    for _ in range(120):
        page.wait_for_timeout(1000)
        count = page.evaluate("caches.keys().then(async (names) => { let n = 0; for (const name of names) n += (await (await caches.open(name)).keys()).length; return n; })")
        if count == last:
            break
        last = count
    page.close()


def _kb(size: int) -> str:
    return f"{size / 1000:,.1f}"


if __name__ == "__main__":
    sys.exit(main())
