"""Bytecode for what a grading session imports, compiled ahead of time by the runtime's Python.

Why: Pyodide's npm release ships sources only (its standard library zip, numpy's wheel and
our pure wheels alike), so every boot compiled some 300 modules before the first test could
run: about 1 s of a 1.7 s interpreter start, half of ``import pytest`` and of ``import
numpy`` (measured under Node). That work is what kept a cold first visit slower than a bare
Pyodide + numpy page (README, Performance). Two files replace it:

- ``gradlab-packages.zip``: the lock's pure wheels (pytest and its dependencies), every module
  a sourceless ``.pyc`` where its ``.py`` was, as Pyodide ships its own standard library; and
  numpy's bytecode as ``__pycache__`` files that its wheel's sources, unpacked beside them,
  are never checked against (the wheel itself stays the verified upstream file).
- ``gradlab-stdlib.zip``: ``python_stdlib.zip`` with the modules a session imports as
  ``.pyc`` instead of ``.py``; the rest keep their sources. Pyodide loads it as its
  ``stdLibURL``.

The worker, the Node bridge and the build's snapshot all use these same files, so the parity
tests grade with exactly what the browser runs. Bytecode belongs to one Python version, so
``compile.mjs`` makes it with Pyodide's own CPython under Node. The files are not downloads and
have no pinned hashes: they are kept in the download cache under a key over what they are made
of (the runtime release, the lock with its wheels' hashes, the script), and a cached copy is
used only if it opens as a zip with that key as its comment.
"""
from __future__ import annotations

import hashlib
import subprocess
import zipfile
from pathlib import Path

from . import sources
from .pins import Pins
from .verify import AssemblyError

ARCHIVE_NAME = "gradlab-packages.zip"
STDLIB_NAME = "gradlab-stdlib.zip"
UPSTREAM_STDLIB = "python_stdlib.zip"
SCRIPT = Path(__file__).with_name("compile.mjs")
_DATE = (1980, 1, 1, 0, 0, 0)


def in_archive(wheel: str) -> bool:
    """Whether a lock's wheel ships inside the packages zip (pure Python) rather than as itself.

    The same rule is in compile.mjs and builder/snapshot.mjs.
    """
    return wheel.endswith("-none-any.whl")


def key(lock_bytes: bytes, p: Pins) -> str:
    """What the files are made of: the runtime release, the lock (so every wheel's hash), the script."""
    h = hashlib.sha256()
    for part in (p.npm.integrity.encode(), lock_bytes, SCRIPT.read_bytes()):
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()[:32]


def cached_files(runtime: Path, cache: Path, lock_bytes: bytes, p: Pins) -> tuple[dict[str, Path], bool]:
    """``{ARCHIVE_NAME: path, STDLIB_NAME: path}`` in ``cache``, made first if missing or unusable.

    Also returns whether they were made now. ``runtime`` must already hold the Pyodide core
    files, the wheels and the lock.
    """
    wanted = key(lock_bytes, p)
    paths = {name: cache / name.replace(".zip", f"-{wanted}.zip") for name in (ARCHIVE_NAME, STDLIB_NAME)}
    if all(_holds(path, wanted) for path in paths.values()):
        return paths, False
    with sources.staged(paths[ARCHIVE_NAME]) as packages, sources.staged(paths[STDLIB_NAME]) as stdlib, \
            sources.scratch(cache, "stdlib-bytecode.zip") as bytecode:
        _compile(runtime, packages, bytecode, wanted)
        _merge_stdlib(runtime / UPSTREAM_STDLIB, bytecode, stdlib, wanted)
        for made in (packages, stdlib):
            if not _holds(made, wanted):
                raise AssemblyError(f"{SCRIPT.name} wrote no usable {made.name}")
    return paths, True


def _merge_stdlib(upstream: Path, bytecode: Path, out: Path, comment: str) -> None:
    """``upstream`` with each module that has bytecode in ``bytecode`` replaced by it."""
    with zipfile.ZipFile(upstream) as src, zipfile.ZipFile(bytecode) as compiled, zipfile.ZipFile(out, "w") as dst:
        unused = set(compiled.namelist())
        dst.comment = comment.encode()
        for entry in src.infolist():
            name = entry.filename
            if name.endswith(".py") and name[:-3] + ".pyc" in unused:
                name = name[:-3] + ".pyc"
                unused.discard(name)
                data = compiled.read(name)
            else:
                data = src.read(entry)
            info = zipfile.ZipInfo(name, date_time=_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = entry.external_attr
            dst.writestr(info, data, compresslevel=9)
    if unused:
        raise AssemblyError(f"{UPSTREAM_STDLIB} has no source for the compiled {sorted(unused)[0]}")


def _holds(path: Path, wanted: str) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.comment == wanted.encode() and zf.testzip() is None
    except (OSError, zipfile.BadZipFile):
        return False


def _compile(runtime: Path, packages: Path, stdlib_bytecode: Path, comment: str) -> None:
    command = ["node", str(SCRIPT), str(runtime), str(packages), str(stdlib_bytecode), comment]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    except FileNotFoundError:
        raise AssemblyError("Node.js is needed to compile the runtime's bytecode: install node and run again") from None
    except subprocess.TimeoutExpired:
        raise AssemblyError(f"{SCRIPT.name} took over 300 s") from None
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise AssemblyError(f"could not compile the runtime's bytecode: {last}")
