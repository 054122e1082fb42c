#!/usr/bin/env python3
"""Bytes a learner downloads: a first problem page cold, then a second one (figures only).

    python bench/bytes.py [--first softmax] [--second log-softmax]

Both pages are opened in one fresh browser context (an empty HTTP cache for the first) and
counted until usable. A request's bytes are what Chromium received for it, headers included
(CDP's ``encodedDataLength``, through Playwright's request sizes): 0 for an answer from the
cache, a few hundred bytes for a revalidation (304). The page's worker's requests count too.
The server is ``build.py serve``'s: gzip, and the caching headers a static host should send
(``builder/serve.py``: ``?v=`` URLs immutable, everything else revalidated). The service
worker's own requests (its precache of the whole build, made in the background once the first
page is usable) are counted apart; the second page is a full load it answers.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from _common import PROBE, build_site, chromium, machine, served, table

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
    return "page, hidden tests"


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
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-bytes-") as tmp:
        site = build_site(Path(tmp) / "_site")
        with served(site) as base, chromium() as browser:
            print(machine(browser))
            context = browser.new_context()
            precached: dict[str, list[int]] = defaultdict(list)
            context.on("requestfinished", lambda request: request.service_worker and precached[group(request.url)].append(received(request)))
            first = open_counting(context, f"{base}problems/{args.first}/index.html")
            pages = {
                f"first page, cold ({args.first})": first,
                "service worker precache (background, after usable)": precached,
                f"second page, full load ({args.second})": open_counting(context, f"{base}problems/{args.second}/index.html"),
            }
            context.close()

    groups = sorted({g for counted in pages.values() for g in counted})
    rows = []
    for name, counted in pages.items():
        total = sum(sum(sizes) for sizes in counted.values())
        requests = sum(len(sizes) for sizes in counted.values())
        rows.append([name, requests, _kb(total), *(_kb(sum(counted.get(g, []))) for g in groups)])
    table("Bytes received until the page is usable (KB = 1,000 bytes)", ["page", "requests", "total KB", *groups], rows)
    print(f"target: second page <= {TARGET_SECOND_KB} KB")
    return 0


def _kb(size: int) -> str:
    return f"{size / 1000:,.1f}"


if __name__ == "__main__":
    sys.exit(main())
