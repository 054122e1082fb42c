"""A course made by an installed gradlab, outside this repository: ``pip install`` the built wheel
into a fresh venv, ``gradlab init``, ``check``, ``build``, then Chromium grades the example
problem on the built site. Slow (a wheel, a venv, its dependencies from the package index);
runs with the other end-to-end tests in CI.

``GRADLAB_TEST_VENV`` names an existing venv to reuse instead of making one (for local reruns).
The Pyodide runtime and snapshot caches are seeded from this checkout's ``.cache/`` when there,
so the course's first build does not download them again.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pagekit import open_problem, run_tests, set_code, statuses

ROOT = Path(__file__).resolve().parents[2]
SLUG = "mean-squared-error"


def _run(argv, cwd, env, timeout=900):
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{argv}: exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def gradlab(tmp_path_factory) -> Path:
    """The ``gradlab`` script of a fresh venv with the wheel of this checkout installed."""
    reuse = os.environ.get("GRADLAB_TEST_VENV")
    if reuse:
        return Path(reuse) / "bin" / "gradlab"
    tmp = tmp_path_factory.mktemp("wheel")
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp / "dist"), str(ROOT)], tmp, env)
    wheel = next((tmp / "dist").glob("gradlab-*.whl"))
    _run([sys.executable, "-m", "venv", str(tmp / "venv")], tmp, env)
    _run([str(tmp / "venv" / "bin" / "pip"), "install", "-q", str(wheel)], tmp, env, timeout=1800)
    return tmp / "venv" / "bin" / "gradlab"


@pytest.fixture(scope="module")
def course_env(tmp_path_factory) -> dict:
    cache = tmp_path_factory.mktemp("gradlab-cache")
    for name in ("runtime", "snapshot"):
        if (ROOT / ".cache" / name).is_dir():
            shutil.copytree(ROOT / ".cache" / name, cache / name, dirs_exist_ok=True)
    # Nothing of this checkout on the path: the installed package alone.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, "GRADLAB_CACHE": str(cache)}


def test_init_check_build_and_grade_in_chromium(gradlab, course_env, tmp_path, browser):
    work = tmp_path / "elsewhere"
    work.mkdir()
    _run([str(gradlab), "init", "signals"], work, course_env)
    course = work / "signals"
    for name in ("course.toml", "README.md", "requirements.txt", ".gitignore", ".github/workflows/course.yml", f"problems/{SLUG}/problem.md"):
        assert (course / name).is_file(), name
    # The installed package, not this checkout, answers.
    where = _run([str(gradlab.with_name("python")), "-c", "import builder, harness; print(builder.__file__, harness.__file__)"], course, course_env)
    assert str(ROOT) not in where, where

    out = _run([str(gradlab), "check", "--mutate"], course, course_env)
    assert f"ok    {SLUG}:" in out and "1 passed, 0 failed" in out, out
    out = _run([str(gradlab), "build"], course, course_env)
    assert "built 1 problems into" in out, out
    site = course / "_site"
    assert (site / "problems" / SLUG / "index.html").is_file()
    assert "<title>Signals</title>" in (site / "index.html").read_text()

    server = subprocess.Popen(
        [str(gradlab), "serve", "--no-watch", "--port", "0"], cwd=course, env=course_env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        for line in server.stdout:
            found = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
            if found:
                break
        else:
            pytest.fail(f"gradlab serve did not start: {server.stderr.read()}")
        context = browser.new_context()
        errors: list[str] = []
        page = open_problem(context, found.group(1), SLUG, errors)
        assert "0 of 7" in run_tests(page) or "7" in page.inner_text("#run-summary")
        assert set(statuses(page)) == {"error"}, "the stub fails every test"
        solution = (course / "problems" / SLUG / "solution.py").read_text()
        set_code(page, solution)
        assert run_tests(page).startswith("All 7 tests passed")
        assert set(statuses(page)) == {"passed"}
        assert not errors, errors
        context.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
