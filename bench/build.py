#!/usr/bin/env python3
"""Site build time for 100 and 1,000 generated problems: does it grow linearly? (figures only)

    python bench/build.py [--sizes 100 1000] [--problem cross-entropy-grad]

Each size gets a temporary problems root holding copies of one real problem under distinct
slugs, built by ``python build.py`` in a fresh process, exactly as an author runs it. The
runtime and its memory snapshot come from their caches, as on any build but the first.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import PROBLEMS, REPO, machine, table

TARGET_RATIO = 11


def generate(root: Path, source: Path, count: int) -> None:
    """``count`` copies of the problem folder ``source`` under ``root``, slugs p0001-<name>..."""
    for number in range(1, count + 1):
        copy = root / f"p{number:04d}-{source.name}"
        shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
        statement = copy / "problem.md"  # its prerequisites are not copied with it
        statement.write_text(re.sub(r"(?m)^requires:.*\n", "", statement.read_text(encoding="utf-8")), encoding="utf-8")


def timed_build(problems: Path, out: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "build.py", "--problems", str(problems), "--out", str(out)],
        cwd=REPO, check=True, capture_output=True, text=True,
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(100, 1000), metavar=("SMALL", "LARGE"))
    parser.add_argument("--problem", default="cross-entropy-grad")
    args = parser.parse_args()

    print(machine())
    source = PROBLEMS / args.problem
    seconds = {}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        timed_build(PROBLEMS, Path(tmp) / "warm")  # fills the runtime and snapshot caches
        for count in args.sizes:
            root = Path(tmp) / f"problems-{count}"
            generate(root, source, count)
            seconds[count] = timed_build(root, Path(tmp) / f"site-{count}")
    small, large = args.sizes
    rows = [[f"{count:,} problems", f"{s:.1f}", f"{s / count * 1000:.0f}"] for count, s in seconds.items()]
    table(f"python build.py on generated copies of {args.problem}", ["problems", "seconds", "ms per problem"], rows)
    ratio = seconds[large] / seconds[small]
    marginal = (seconds[large] - seconds[small]) / (large - small) * 1000
    print(f"{large:,} vs {small:,}: {ratio:.1f}x the time for {large / small:.0f}x the problems "
          f"({marginal:.0f} ms per added problem); target <= {TARGET_RATIO}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
