"""Build the static gradlab site: ``python build.py [serve [--no-watch]] [--out _site] [--port 8000]``.

The builder lives in ``builder/main.py`` (also ``gradlab build`` and ``gradlab serve`` of an
installed gradlab); this script keeps its defaults at this checkout: ``problems/`` in,
``_site/`` out.
"""
from __future__ import annotations

import sys
from pathlib import Path

from builder import main as _main

REPO = Path(__file__).resolve().parent
build = _main.build


def parser():
    return _main.parser(REPO, "python build.py")


def main(argv: list[str] | None = None) -> int:
    return _main.main(argv, REPO, "python build.py")


if __name__ == "__main__":
    sys.exit(main())
