"""Build the static gradlab site: ``gradlab build|serve`` and ``python build.py [serve [--no-watch]] [--out _site] [--port 8000]``.

One-way pipeline: problem folders -> harness model (validated, tests collected) -> pages,
hidden-test files, solution files, bundled assets, the Pyodide runtime and a memory snapshot
of it (see ``builder/snapshot.py``), then the service worker that precaches all of that
(``builder/precache.py``), all written into a staging dir that replaces the output only when
everything succeeded. The built site needs no server code and no CDN: any static host can serve
it. ``serve`` also watches the sources and rebuilds what a change touched, reloading the open
pages (``builder/preview.py``).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from builder import BuildError, node
from builder.assets import write_assets
from builder.catalog import Entry, load_catalog, load_entry
from builder.markdown import Markdown
from builder.output import staged_dir
from builder.pages import Pages
from builder.precache import write_service_worker
from builder.preview import Preview, watch_and_serve
from builder.runtime import RUNTIME_DIR, copy_runtime, packages, unrequested, write_harness_zip
from builder.serve import serve
from builder.snapshot import write_snapshot
from harness.problem import ProblemError
from harness.runtime import AssemblyError, assemble
from harness.tracks import CourseError, course_for


def build(problems_root: Path, out: Path, load: Callable[[Path], Entry] = load_entry) -> int:
    """Build the site into ``out``; return the number of problems. ``load`` reads one folder
    (the live preview passes its cached loader, so it starts with every folder read once)."""
    course_for(problems_root)  # a malformed course.toml is the build's one line, before anything
    entries = load_catalog(problems_root, load)
    node.ensure_node_modules()
    runtime = assemble()
    with staged_dir(out) as stage:
        write_assets(stage / "assets")
        write_harness_zip(stage / "assets" / "harness.zip")
        copy_runtime(runtime, stage / RUNTIME_DIR)
        snapshot = write_snapshot(runtime, stage)
        with node.Renderer() as renderer:
            pages = Pages(stage, Markdown(renderer), packages(runtime), snapshot)
            pages.write_all(entries)
        tracks = {e.problem.slug: e.problem.meta.track for e in entries}
        write_service_worker(stage, pages.versions(), unrequested=unrequested, tracks=tracks)
    return len(entries)


def parser(root: Path | None = None, prog: str = "gradlab build") -> argparse.ArgumentParser:
    """``root``: the course folder the defaults are in (default: the current directory)."""
    root = Path.cwd() if root is None else root
    parser = argparse.ArgumentParser(prog=prog, description="Build (and optionally serve) the gradlab site.")
    parser.add_argument("command", nargs="?", choices=("build", "serve"), default="build")
    parser.add_argument("--out", type=Path, default=root / "_site", help="output directory (default: _site)")
    parser.add_argument("--problems", type=Path, default=root / "problems", help="problems root (default: problems)")
    parser.add_argument("--port", type=int, default=8000, help="port for serve (0 picks a free one)")
    parser.add_argument(
        "--no-watch", dest="watch", action="store_false",
        help="serve only: serve the build as it is, without watching for changes or reloading pages",
    )
    return parser


def main(argv: list[str] | None = None, root: Path | None = None, prog: str = "gradlab build") -> int:
    args = parser(root, prog).parse_args(argv)
    started = time.perf_counter()
    preview = Preview(args.problems, args.out) if args.command == "serve" and args.watch else None
    try:
        count = build(args.problems, args.out, preview.load if preview else load_entry)
        print(f"built {count} problems into {args.out} in {time.perf_counter() - started:.1f} s", flush=True)
        if preview:
            preview.start()
            watch_and_serve(preview, args.port)
        elif args.command == "serve":
            serve(args.out, args.port)
    except (ProblemError, BuildError, AssemblyError, CourseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(prog="python -m builder.main"))
