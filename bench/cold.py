#!/usr/bin/env python3
"""A first, cold visit over a slow link: page open -> usable, against the bare floor (figures only).

    python bench/cold.py [--visits 3] [--problem cross-entropy-grad]

Each visit is a fresh browser context (empty HTTP cache, no service worker) whose link is
slowed by Chromium's own network emulation (CDP ``Network.emulateNetworkConditions``, which
also slows the page's worker): 20 Mbit/s down with 40 ms latency, then 100 Mbit/s. The floor
is ``bench/ready.py``'s bare page: the same bundled Pyodide and numpy, nothing else, on the
same link. The figure that matters is the ratio: a first visit must not wait for anything
the floor does not.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from statistics import median

from _common import PROBE, build_site, chromium, machine, served, table
from ready import SITE_DIR, write_floor

LINKS = {"20 Mbit/s, 40 ms": (20e6, 40), "100 Mbit/s, 40 ms": (100e6, 40)}


def cold_visit(browser, url: str, bits_per_s: float, latency_ms: float) -> float:
    """ms from navigation start to usable, in a fresh context over the emulated link."""
    context = browser.new_context()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    rate = bits_per_s / 8
    cdp.send("Network.emulateNetworkConditions", {
        "offline": False, "latency": latency_ms, "downloadThroughput": rate, "uploadThroughput": rate,
    })
    page.add_init_script(PROBE)
    page.goto(url)
    page.wait_for_function("window.__bench.readyAt !== undefined", timeout=300_000, polling=20)
    ready = page.evaluate("window.__bench.readyAt")
    context.close()
    return ready


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=3)
    parser.add_argument("--problem", default="cross-entropy-grad")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-cold-") as tmp:
        root = Path(tmp)
        build_site(root / SITE_DIR)
        pages = {"floor": write_floor(root), "gradlab": f"{SITE_DIR}/problems/{args.problem}/index.html"}
        rows = []
        with served(root) as base, chromium() as browser:
            print(machine(browser))
            for link, (bits, latency) in LINKS.items():
                times = {name: [] for name in pages}
                for _ in range(args.visits):
                    for name, path in pages.items():
                        times[name].append(cold_visit(browser, base + path, bits, latency))
                floor, ours = median(times["floor"]), median(times["gradlab"])
                rows.append([link, f"{floor:.0f}", f"{ours:.0f}", f"{ours / floor:.2f}x",
                             ", ".join(f"{t:.0f}" for t in times["gradlab"])])
    table(
        f"Cold first visit -> usable, median of {args.visits} (ms since navigation start)",
        ["link", "bare Pyodide + numpy (floor)", "gradlab problem page", "vs floor", "gradlab visits"],
        rows,
    )
    print("target: gradlab <= 1.0x the floor on the same link")
    return 0


if __name__ == "__main__":
    sys.exit(main())
