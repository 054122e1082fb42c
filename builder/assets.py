"""Static assets: bundled scripts, styles, the worker, KaTeX's stylesheet and fonts.

The worker is copied, not bundled: it imports Pyodide at run time from the bundled runtime
directory, and esbuild must not try to inline that.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from . import node
from .paths import PREBUILT, SITE

SITE_ASSETS = SITE / "assets"
# charts.js is its own bundle: imported by URL only when a failing case has a chart to draw.
ENTRIES = ("index.js", "charts.js")
# Bundled with its dynamic imports as chunks: the editor's lint markers load on the first error.
SPLIT_ENTRIES = ("problem.js",)
# Classic scripts, run where they stand in the page rather than after it is parsed.
CLASSIC_ENTRIES = ("boot.js",)
COPIED = ("styles.css", "worker.js", "favicon.svg")
KATEX_DIST = node.NODE_MODULES / "katex" / "dist"


def write_assets(dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    if PREBUILT is not None:  # an installed gradlab: bundled when its wheel was built
        shutil.copytree(PREBUILT / "bundle", dest, dirs_exist_ok=True)
        for name in COPIED:
            shutil.copyfile(SITE_ASSETS / name, dest / name)
        return
    node.bundle([SITE_ASSETS / "js" / name for name in ENTRIES], dest)
    node.bundle([SITE_ASSETS / "js" / name for name in SPLIT_ENTRIES], dest, split=True)
    node.bundle([SITE_ASSETS / "js" / name for name in CLASSIC_ENTRIES], dest, fmt="iife")
    for name in COPIED:
        shutil.copyfile(SITE_ASSETS / name, dest / name)
    katex = dest / "katex"
    # woff2 only: every browser with a service worker takes it first, so the other formats
    # would only weigh on the offline copy.
    shutil.copytree(KATEX_DIST / "fonts", katex / "fonts", ignore=shutil.ignore_patterns("*.ttf", "*.woff"))
    shutil.copyfile(KATEX_DIST / "katex.min.css", katex / "katex.min.css")
