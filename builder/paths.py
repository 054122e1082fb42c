"""Where the builder finds the site's sources: a checkout, or the installed package.

In a checkout (``site/`` and ``package.json`` beside ``builder/``) the site is built from
``site/`` with esbuild from ``node_modules``, as always. An installed gradlab (``pip install``
of the wheel) carries ``builder/_dist/``, made when the wheel was built (``builder/prebuild.py``):
the templates and static files of ``site/``, the front end already bundled, KaTeX's stylesheet
and fonts, and the Node renderer bundled with its dependencies, so a course machine needs Node
but no npm.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
REPO = PACKAGE.parent
CHECKOUT = (REPO / "site" / "templates").is_dir() and (REPO / "package.json").is_file()
DIST = PACKAGE / "_dist"
SITE = REPO / "site" if CHECKOUT else DIST / "site"
# The prebuilt front end (problem.js, index.js, boot.js, katex/) and renderer; None in a checkout.
PREBUILT = None if CHECKOUT else DIST
