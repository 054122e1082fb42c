"""Where the time goes when grading inside Pyodide under Node (figures only, nothing asserted).

    python bench/pyodide_node.py [--offline]

Prints the runtime assembly (warm: hashing only), the boot of Node + Pyodide, numpy's load,
the runner's import, and the grading time of every reference solution under ``problems/``
(twice: the first run in a session also imports pytest's internals).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from harness.runtime import assemble, pins  # noqa: E402
from harness.runtime.node_bridge import PyodideSession  # noqa: E402


def _problems() -> list[tuple[str, str, str, float]]:
    """(slug, reference source, tests source, time limit) for each complete problem folder."""
    try:
        from harness.problem import load_problem
    except ImportError:
        load_problem = None
    found = []
    for folder in sorted(p for p in (REPO / "problems").glob("*/") if p.is_dir()):
        solution, tests = folder / "solution.py", folder / "tests.py"
        if not (solution.is_file() and tests.is_file()):
            continue
        limit = 10.0
        if load_problem is not None:
            try:
                limit = load_problem(folder).meta.time_limit
            except Exception:  # noqa: BLE001 - a half-written problem still gets benchmarked
                pass
        found.append((folder.name, solution.read_text(), tests.read_text(), limit))
    return found


def _row(label: str, seconds: float, note: str = "") -> None:
    print(f"  {label:<44} {seconds * 1000:>9.0f} ms  {note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offline", action="store_true", help="assemble from the cache only")
    args = parser.parse_args()

    print(f"Pyodide {pins().version} under Node: timings")
    t = time.perf_counter()
    runtime_dir = assemble(offline=args.offline)
    _row("assemble runtime (warm = verify only)", time.perf_counter() - t)

    t = time.perf_counter()
    with PyodideSession(runtime_dir) as session:
        _row("node + Pyodide boot, total", time.perf_counter() - t, "(incl. packages below)")
        timings = session.timings
        _row("  loadPyodide", timings.get("boot_ms", 0) / 1000)
        _row("  packages zip (pytest + deps, numpy bytecode)", timings.get("pure_wheels_ms", 0) / 1000)
        _row("  numpy load + import", timings.get("numpy_ms", 0) / 1000)
        _row("  harness copy into Pyodide FS", timings.get("harness_ms", 0) / 1000)

        t = time.perf_counter()
        session.eval("import harness.runner")
        _row("import harness.runner", time.perf_counter() - t)

        problems = _problems()
        if not problems:
            print("  (no problems/*/ with solution.py and tests.py yet)")
        total = 0.0
        for slug, solution, tests, limit in problems:
            times = []
            for _ in range(2):
                t = time.perf_counter()
                result = session.run(solution, tests, limit)
                times.append(time.perf_counter() - t)
            total += times[1]
            summary = result.get("summary", {})
            note = f"{result.get('status')}, {summary.get('passed')}/{summary.get('total')} passed; again {times[1] * 1000:.0f} ms"
            _row(f"grade {slug}", times[0], note)
        if problems:
            _row(f"all {len(problems)} problems, warm", total)
        if session.restarts:
            print(f"  note: Node was restarted {session.restarts} time(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
