"""What the browser's Python needs: the assembled Pyodide directory and the grader modules.

Only the modules ``harness.runner`` (grading) and ``harness.scratch`` (the Run button) reach
are shipped (found by following their relative imports), so build-only modules that need PyYAML never reach the browser.
"""
from __future__ import annotations

import ast
import json
import shutil
import zipfile
from pathlib import Path

from harness import runner
from harness.runtime import LOCK_NAME, in_archive
from harness.runtime.compiled import UPSTREAM_STDLIB

HARNESS = Path(runner.__file__).parent
ROOTS = ("__init__", "runner", "scratch", "diagnose", "visual")


RUNTIME_DIR = "pyodide"


def copy_runtime(runtime: Path, dest: Path) -> None:
    """Copy the verified runtime files; fresh copies get normal, world-readable permissions."""
    dest.mkdir(parents=True)
    for file in sorted(runtime.iterdir()):
        if file.is_file() and not file.name.startswith("."):
            shutil.copyfile(file, dest / file.name)


def unrequested(path: str) -> bool:
    """Whether the site's pages never request this file of the build (a path below the site).

    The upstream standard library and the pure wheels: the worker reads their compiled copies
    (harness/runtime/compiled.py) instead. They still ship, so that ``pyodide/`` stays a
    complete Pyodide distribution that a bare page can boot from; the service worker does not
    precache them.
    """
    folder, _, name = path.rpartition("/")
    return folder == RUNTIME_DIR and (in_archive(name) or name == UPSTREAM_STDLIB)


def packages(runtime: Path) -> dict[str, str]:
    """Package name -> wheel file, for each package the worker loads with ``loadPackage``:
    those of the runtime's lock file that are not in its compiled zip (numpy)."""
    locked = json.loads((runtime / LOCK_NAME).read_text())["packages"]
    return {name: locked[name]["file_name"] for name in sorted(locked) if not in_archive(locked[name]["file_name"])}


def grader_modules() -> list[str]:
    """File names of ``harness`` modules reachable from the runner by relative import."""
    wanted = list(ROOTS)
    seen: list[str] = []
    while wanted:
        name = wanted.pop()
        if name in seen:
            continue
        seen.append(name)
        wanted += _relative_imports(HARNESS / f"{name}.py")
    return sorted(f"{name}.py" for name in seen)


def write_harness_zip(dest: Path) -> None:
    """The grader as ``harness/*.py`` in one zip the worker unpacks into Pyodide's file system.

    Fixed timestamps keep the zip (and so its cache-busting hash) identical across builds.
    """
    with zipfile.ZipFile(dest, "w") as zf:
        for name in grader_modules():
            info = zipfile.ZipInfo(f"harness/{name}", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, (HARNESS / name).read_bytes())


def _relative_imports(file: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            names = [node.module] if node.module else [alias.name for alias in node.names]
            found += [n.split(".")[0] for n in names if (HARNESS / f"{n.split('.')[0]}.py").exists()]
    return found
