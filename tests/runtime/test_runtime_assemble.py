"""The assembled runtime is complete, verified, idempotent, and needs no network when warm."""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from harness import runtime
from harness.runtime import compiled, sources
from harness.runtime.assemble import REPO

P = runtime.pins()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def warm_cache() -> Path:
    """The real cache, filled once (the first run ever downloads ~80 MB from npm and PyPI)."""
    runtime.assemble()
    return runtime.default_cache()


@pytest.fixture
def no_network(monkeypatch):
    def refuse(what, *args, **kwargs):
        raise AssertionError(f"network used: {what}")

    for name in ("fetch", "npm_pack", "pip_download"):
        monkeypatch.setattr(sources, name, refuse)


def test_pins_name_one_runtime():
    assert P.version == "0.27.7" and P.npm.version == P.version
    assert P.numpy.file_name.startswith("numpy-2.0.2-cp312-")
    assert {w.name: w.version for w in P.wheels} == {
        "pytest": "8.3.5", "pluggy": "1.5.0", "iniconfig": "2.0.0", "packaging": "24.2"
    }
    assert runtime.default_dest() == REPO / "_runtime" / "pyodide-0.27.7"


def test_warm_assembly_uses_no_network(warm_cache, tmp_path, no_network):
    lines = []
    dest = runtime.assemble(tmp_path / "rt", cache=warm_cache, log=lines.append)
    assert all(line.split()[0] in ("verified", "cached", "written") for line in lines), lines
    lines.clear()
    runtime.assemble(dest, cache=warm_cache, log=lines.append)
    assert all(line.startswith("verified") for line in lines), lines


def test_no_network_switch_blocks_every_download(monkeypatch, tmp_path):
    monkeypatch.setenv(sources.NO_NETWORK_ENV, "1")
    with pytest.raises(sources.NetworkDisabled):
        sources.fetch("https://example.invalid/x", tmp_path / "x")
    with pytest.raises(sources.NetworkDisabled):
        sources.npm_pack("pyodide@0.27.7", "pyodide-0.27.7.tgz", tmp_path / "x")
    with pytest.raises(sources.NetworkDisabled):
        sources.pip_download("pytest==8.3.5", "pytest-8.3.5-py3-none-any.whl", tmp_path / "x")


def test_assembly_is_idempotent(warm_cache, tmp_path, no_network):
    dest = runtime.assemble(tmp_path / "rt", cache=warm_cache)
    before = {p.name: (p.stat().st_mtime_ns, _sha(p)) for p in dest.iterdir()}
    runtime.assemble(dest, cache=warm_cache)
    after = {p.name: (p.stat().st_mtime_ns, _sha(p)) for p in dest.iterdir()}
    assert before == after


def test_runtime_dir_is_self_contained(warm_cache, tmp_path, no_network):
    dest = runtime.assemble(tmp_path / "rt", cache=warm_cache)
    for name in P.npm.files:
        assert (dest / name).is_file(), name
    lock = json.loads((dest / runtime.LOCK_NAME).read_text())
    official = json.loads((dest / "pyodide-lock.json").read_text())
    assert lock["info"] == official["info"]
    assert set(lock["packages"]) == {"numpy", *(w.name for w in P.wheels)}
    for entry in lock["packages"].values():
        assert _sha(dest / entry["file_name"]) == entry["sha256"], entry["file_name"]
    assert lock["packages"]["numpy"]["sha256"] == official["packages"]["numpy"]["sha256"]


def _partial_cache(warm_cache: Path, tmp_path: Path, leave_out: str) -> Path:
    cache = tmp_path / "cache"
    cache.mkdir()
    for f in warm_cache.iterdir():
        if f.is_file() and f.name != leave_out:
            shutil.copy2(f, cache / f.name)
    return cache


def test_bad_download_stops_and_keeps_good_files(warm_cache, tmp_path, monkeypatch):
    wheel = P.wheels[1]
    cache = _partial_cache(warm_cache, tmp_path, wheel.file_name)
    good = {f.name: _sha(f) for f in cache.iterdir()}
    monkeypatch.setattr(sources, "pip_download", lambda requirement, file_name, dest: dest.write_bytes(b"not a wheel"))
    with pytest.raises(runtime.HashMismatch) as err:
        runtime.assemble(tmp_path / "rt", cache=cache)
    message = str(err.value)
    assert "\n" not in message
    assert wheel.file_name in message and wheel.sha256 in message
    assert hashlib.sha256(b"not a wheel").hexdigest() in message
    assert {f.name: _sha(f) for f in cache.iterdir()} == good
    assert not (tmp_path / "rt" / wheel.file_name).exists()
    assert not list((tmp_path / "rt").glob(".*.part"))


def test_corrupt_cached_file_is_named_not_used(warm_cache, tmp_path, no_network):
    cache = _partial_cache(warm_cache, tmp_path, "")
    target = cache / P.numpy.file_name
    target.write_bytes(b"tampered")
    with pytest.raises(runtime.HashMismatch, match=P.numpy.file_name) as err:
        runtime.assemble(tmp_path / "rt", cache=cache)
    assert str(target) in str(err.value)
    assert target.read_bytes() == b"tampered"


def test_offline_with_missing_file_says_so(warm_cache, tmp_path, no_network):
    cache = _partial_cache(warm_cache, tmp_path, P.wheels[0].file_name)
    with pytest.raises(runtime.AssemblyError, match=f"{P.wheels[0].file_name} is not in the cache"):
        runtime.assemble(tmp_path / "rt", cache=cache, offline=True)


def test_cli_reports_each_file_and_fails_cleanly(warm_cache, tmp_path):
    cmd = [sys.executable, "-m", "harness.runtime", "--offline", "--cache", str(warm_cache)]
    ok = subprocess.run([*cmd, "--dest", str(tmp_path / "rt")], cwd=REPO, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert f"cached     {P.numpy.file_name}" in ok.stdout
    bad = subprocess.run(
        [*cmd[:-1], str(tmp_path / "empty"), "--dest", str(tmp_path / "rt2")], cwd=REPO, capture_output=True, text=True
    )
    assert bad.returncode == 1
    assert bad.stderr.startswith("error: ") and "is not in the cache" in bad.stderr


def test_runtime_holds_bytecode_for_what_a_session_imports(warm_cache, tmp_path, no_network):
    dest = runtime.assemble(tmp_path / "rt", cache=warm_cache)
    with zipfile.ZipFile(dest / runtime.STDLIB_NAME) as zf:
        stdlib = set(zf.namelist())
    with zipfile.ZipFile(dest / compiled.UPSTREAM_STDLIB) as zf:
        upstream = set(zf.namelist())
    # the same modules, each either as its source or (imported by a session) as bytecode
    assert {name[:-1] if name.endswith(".pyc") else name for name in stdlib} == upstream
    assert {"argparse.pyc", "dataclasses.pyc", "_pyodide/_base.pyc"} <= stdlib  # pytest, and Pyodide's start-up
    assert "argparse.py" not in stdlib
    assert any(name.endswith(".py") for name in stdlib)  # modules no session imports keep their sources
    with zipfile.ZipFile(dest / runtime.ARCHIVE_NAME) as zf:
        packages = set(zf.namelist())
    assert {"pytest/__init__.pyc", "_pytest/python.pyc", "pluggy/__init__.pyc", "iniconfig/__init__.pyc"} <= packages
    assert not any(name.endswith(".py") for name in packages)
    assert "numpy/__pycache__/__init__.cpython-312.pyc" in packages
    assert {name for name in packages if name.startswith("pytest-8.3.5.dist-info/")}, "metadata is kept"


def test_unusable_compiled_copy_is_made_again(warm_cache, tmp_path, no_network):
    cache = _partial_cache(warm_cache, tmp_path, "")
    key = compiled.key((runtime.default_dest() / runtime.LOCK_NAME).read_bytes(), P)
    stale = cache / f"gradlab-stdlib-{key}.zip"
    good = stale.read_bytes()
    stale.write_bytes(good[: len(good) // 2])
    lines = []
    dest = runtime.assemble(tmp_path / "rt", cache=cache, log=lines.append)
    assert f"compiled   {runtime.STDLIB_NAME}" in lines
    assert (dest / runtime.STDLIB_NAME).read_bytes() == stale.read_bytes() == good, "the same inputs give the same bytes"


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def test_stdlib_merge_replaces_exactly_the_compiled_modules(tmp_path):
    upstream = _zip(tmp_path / "up.zip", {"a.py": b"x = 1", "pkg/__init__.py": b"", "b.py": b"y = 2", "LICENSE": b"text"})
    bytecode = _zip(tmp_path / "bc.zip", {"a.pyc": b"A", "pkg/__init__.pyc": b"P"})
    compiled._merge_stdlib(upstream, bytecode, tmp_path / "out.zip", "key")
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        assert {n: zf.read(n) for n in zf.namelist()} == {
            "a.pyc": b"A", "pkg/__init__.pyc": b"P", "b.py": b"y = 2", "LICENSE": b"text"
        }
        assert zf.comment == b"key"
    orphan = _zip(tmp_path / "orphan.zip", {"c.pyc": b"C"})
    with pytest.raises(runtime.AssemblyError, match="no source for the compiled c.pyc"):
        compiled._merge_stdlib(upstream, orphan, tmp_path / "out2.zip", "key")


def test_every_stdlib_module_the_shipped_grader_imports_is_compiled(warm_cache, tmp_path, no_network):
    """compile.mjs's session must cover what harness.runner and harness.scratch import, or the
    browser compiles those modules from source on every boot (slower, not wrong)."""
    import _imp
    import ast

    from builder.runtime import HARNESS, grader_modules

    dest = runtime.assemble(tmp_path / "rt", cache=warm_cache)
    with zipfile.ZipFile(dest / runtime.STDLIB_NAME) as zf:
        names = set(zf.namelist())
    imported = set()
    for module in grader_modules():
        tree = ast.parse((HARNESS / module).read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module)
    # frozen into the interpreter (os, io, ...: the same set in 3.11 and 3.12), never read from the zip
    imported = {name for name in imported if not _imp.is_frozen(name)}
    from_source = sorted(
        name for name in imported
        if {f"{name.replace('.', '/')}.py", f"{name.replace('.', '/')}/__init__.py"} & names
    )
    assert from_source == []
    assert {"ast", "tempfile", "traceback"} <= imported  # the check above did look at something
