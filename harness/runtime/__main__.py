"""``python -m harness.runtime``: assemble the runtime directory, one line per file."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import AssemblyError, assemble


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.runtime", description=__doc__)
    parser.add_argument("--dest", type=Path, help="runtime directory (default: _runtime/pyodide-<version>)")
    parser.add_argument("--cache", type=Path, help="download cache (default: .cache/runtime)")
    parser.add_argument("--offline", action="store_true", help="use only the cache; fail if a file is missing")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        dest = assemble(args.dest, cache=args.cache, offline=args.offline, log=print)
    except AssemblyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"runtime ready in {dest} ({time.perf_counter() - start:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
