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
ROOTS = ("__init__", "runner", "scratch")


def copy_runtime(runtime: Path, dest: Path) -> None:
    """Copy the verified runtime files the browser reads; fresh copies get normal,
    world-readable permissions. The pure wheels and the upstream standard library stay
    behind: the browser reads their compiled copies (harness/runtime/compiled.py)."""
    dest.mkdir(parents=True)
    for file in sorted(runtime.iterdir()):
        if file.is_file() and not file.name.startswith(".") and not _replaced(file.name):
            shutil.copyfile(file, dest / file.name)


def _replaced(name: str) -> bool:
    return in_archive(name) or name == UPSTREAM_STDLIB


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
