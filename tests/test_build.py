"""The site build: real problems in, a complete static site out, answers kept out of pages.

``build.py`` runs as a subprocess, exactly as an author or CI runs it, so exit codes and
what reaches the terminal are tested too.
"""
from __future__ import annotations

import ast
import base64
import gzip
import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest
from markupsafe import escape

from harness.catalogue import plan, sequence
from harness.check import titles
from harness.problem import find_problems, load_problem
from copies import copy_problem
from malformed import AT_BUILD, BREAKAGES

ROOT = Path(__file__).resolve().parents[1]
PROBLEMS = ROOT / "problems"
URL = re.compile(r"https?://[^\s\"'<>`)]+")
NAMESPACES = ("http://www.w3.org/",)


def run_build(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "build.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build") / "_site"
    done = run_build("--out", str(out))
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def problems():
    return [load_problem(p) for p in find_problems(PROBLEMS)]


def page(site: Path, slug: str) -> str:
    return (site / "problems" / slug / "index.html").read_text(encoding="utf-8")


def test_every_problem_gets_a_page_its_tests_and_its_solution(site, problems):
    index = (site / "index.html").read_text(encoding="utf-8")
    for problem in problems:
        assert f'href="problems/{problem.slug}/index.html"' in index
        # As jinja2 escapes it (markupsafe writes ' as &#39;, html.escape as &#x27;).
        assert str(escape(problem.meta.title)) in page(site, problem.slug)
        assert (site / "tests" / f"{problem.slug}.py").read_text(encoding="utf-8") == problem.tests
        solution = json.loads((site / "solutions" / f"{problem.slug}.json").read_text(encoding="utf-8"))
        assert solution["mistakes"] == [m.description for m in problem.mutants]


def test_page_lists_every_hidden_test_title(site, problems):
    for problem in problems:
        text = page(site, problem.slug)
        tests = titles(problem)
        assert f"This problem ships {len(tests)} hidden tests" in text
        listed = [html.unescape(t) for t in re.findall(r'<span class="test-title">(.*?)</span>', text)]
        assert listed == [t["title"] for t in tests]


def test_every_element_id_is_valid_unique_and_stable(site, problems):
    """HTML ids hold no whitespace (a pytest id like `test_x[1-D, 5 scores]` does) and are
    unique; each test row's id comes from its test id alone, so it is the same every build."""
    from builder.pages import dom_ids

    for folder in [site, *(site / "problems").iterdir()]:
        text = (folder / "index.html").read_text(encoding="utf-8")
        ids = re.findall(r'\sid="([^"]*)"', text)
        assert len(ids) == len(set(ids)), (folder.name, sorted(i for i in ids if ids.count(i) > 1))
        assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", i) for i in ids), (folder.name, [i for i in ids if " " in i][:3])
    softmax = page(site, "softmax")
    assert 'id="case-same-shape-1-d-5-scores" data-test-id="test_same_shape[1-D, 5 scores]"' in softmax
    assert dom_ids(["test_a[x y]", "test_a[x-y]", "test_b"]) == {
        "test_a[x y]": "case-a-x-y-" + hashlib.sha256(b"test_a[x y]").hexdigest()[:6],
        "test_a[x-y]": "case-a-x-y-" + hashlib.sha256(b"test_a[x-y]").hexdigest()[:6],
        "test_b": "case-b",
    }


def test_page_source_holds_no_answer(site, problems):
    """Hints may quote a fragment; the solution, explanation and mistakes are fetched on demand."""
    for problem in problems:
        raw = page(site, problem.slug)
        text = html.unescape(raw)
        solution = json.loads((site / "solutions" / f"{problem.slug}.json").read_text(encoding="utf-8"))
        bodies = [
            ast.get_source_segment(problem.solution, node)
            for node in ast.parse(problem.solution).body if isinstance(node, ast.FunctionDef)
        ]
        for leak in (problem.solution, *bodies, problem.tests):
            assert leak not in text, f"{problem.slug}: answer code in page source"
        for leak in (solution["solution_html"], solution["explanation_html"]):
            assert leak not in raw, f"{problem.slug}: solution file content in page source"
        for mutant in problem.mutants:
            assert mutant.description not in text, f"{problem.slug}: mutant {mutant.name} in page source"


def test_index_and_pager_follow_the_learning_order(site, problems):
    """One order everywhere: harness.catalogue's, tracks first, then requires within a track."""
    ordered = [p.slug for p in sequence(plan(problems))]
    index = (site / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'class="problem-card" data-slug="([^"]+)"', index) == ordered
    assert re.findall(r'<section class="track" data-track="([^"]+)"', index) == [p.track.slug for p in plan(problems)]
    for before, after in zip(ordered, ordered[1:]):
        assert f'rel="next" href="../../problems/{after}/index.html"' in page(site, before)
        assert f'rel="prev" href="../../problems/{before}/index.html"' in page(site, after)
    assert 'rel="prev"' not in page(site, ordered[0]) and 'rel="next"' not in page(site, ordered[-1])


def test_pages_link_exactly_their_prerequisites(site, problems):
    for problem in problems:
        assert re.findall(r'data-requires="([^"]+)"', page(site, problem.slug)) == list(problem.meta.requires)


def test_each_quiz_is_on_its_page_with_one_answer_per_question(site, problems):
    for problem in problems:
        text = page(site, problem.slug)
        assert ("data-quiz" in text) == bool(problem.quiz), problem.slug
        answers = [int(a) for a in re.findall(r'data-question data-answer="(\d+)"', text)]
        assert answers == [q.answer for q in problem.quiz], problem.slug
        for n, question in enumerate(problem.quiz, 1):
            assert len(re.findall(rf'name="quiz-{n}"', text)) == len(question.options)


def test_math_is_typeset_at_build_time(site, problems):
    text = page(site, problems[0].slug)
    assert 'class="katex"' in text
    assert (site / "assets" / "katex" / "katex.min.css").is_file()
    assert list((site / "assets" / "katex" / "fonts").glob("*.woff2"))


def test_runtime_is_bundled_beside_the_site(site):
    with zipfile.ZipFile(site / "assets" / "harness.zip") as zf:
        shipped = set(zf.namelist())
    assert {"harness/__init__.py", "harness/runner.py", "harness/scratch.py", "harness/testkit.py"} <= shipped
    assert not {"harness/problem.py", "harness/statement.py"} & shipped, "build-only modules need PyYAML"
    runtime = site / "pyodide"
    for name in ("pyodide.mjs", "pyodide.asm.wasm", "gradlab-stdlib.zip", "gradlab-packages.zip", "gradlab-lock.json"):
        assert (runtime / name).is_file(), name
    lock = json.loads((runtime / "gradlab-lock.json").read_text())
    for package in lock["packages"].values():
        assert (runtime / package["file_name"]).is_file(), package["file_name"]
    assert (runtime / "python_stdlib.zip").is_file(), "pyodide/ is a complete distribution a bare page can boot"
    with zipfile.ZipFile(runtime / "gradlab-packages.zip") as zf:
        names = set(zf.namelist())
    assert "pytest/__init__.pyc" in names and "pytest/__init__.py" not in names
    assert any(n.startswith("numpy/__pycache__/") and n.endswith(".cpython-312.pyc") for n in names)


BARE_BOOT = """
const dir = process.argv[1];
const { loadPyodide } = await import("file://" + dir + "/pyodide.mjs");
const pyodide = await loadPyodide({ indexURL: dir + "/", lockFileURL: dir + "/gradlab-lock.json" });
await pyodide.loadPackage(["numpy", "pytest"], { messageCallback: () => {} });
console.log(pyodide.runPython("import numpy, pytest; int(numpy.arange(4).sum())"));
"""


def test_the_bundled_runtime_still_boots_as_released(site):
    """``pyodide/`` stays a complete Pyodide distribution: a bare page booting it with its own
    defaults (the upstream standard library, loadPackage on the wheels) works too."""
    done = subprocess.run(
        ["node", "--input-type=module", "-e", BARE_BOOT, str((site / "pyodide").resolve())],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "6"


def test_built_pages_and_scripts_reference_no_remote_url(site):
    """Everything the site loads is local; XML namespace identifiers are names, not fetches.

    ``pyodide/`` is excluded: it is the hash-verified upstream runtime, whose loader keeps a
    CDN default that our explicit ``indexURL``/``lockFileURL`` override (the browser tests
    prove no request leaves the host).
    """
    files = [f for f in site.rglob("*") if f.suffix in (".html", ".js", ".css", ".svg", ".json")]
    files = [f for f in files if f.relative_to(site).parts[0] != "pyodide"]
    assert files
    for file in files:
        text = re.sub(r"/\*.*?\*/", "", file.read_text(encoding="utf-8"), flags=re.S)
        remote = [url for url in URL.findall(text) if not url.startswith(NAMESPACES)]
        assert not remote, f"{file.relative_to(site)} references {remote[:3]}"


def one_problem_root(tmp_path: Path) -> Path:
    root = tmp_path / "problems"
    copy_problem(PROBLEMS / "cross-entropy-grad", root / "cross-entropy-grad")
    return root


def test_failed_build_keeps_previous_site_and_prints_one_line(tmp_path):
    root = one_problem_root(tmp_path)
    out = tmp_path / "_site"
    assert run_build("--problems", str(root), "--out", str(out)).returncode == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    broken = root / "zz-broken"
    copy_problem(PROBLEMS / "cross-entropy-grad", broken)
    statement = broken / "problem.md"
    statement.write_text(statement.read_text(encoding="utf-8").replace("difficulty: medium", "difficulty: extreme"))
    done = run_build("--problems", str(root), "--out", str(out))

    assert done.returncode == 1
    assert done.stderr.strip() == f"error: {broken / 'problem.md'}: difficulty: must be one of easy, medium, hard (got 'extreme')"
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site", "problems"]


def test_formula_katex_rejects_fails_naming_the_file(tmp_path):
    root = one_problem_root(tmp_path)
    statement = root / "cross-entropy-grad" / "problem.md"
    statement.write_text(statement.read_text(encoding="utf-8").replace(r"\dfrac{", r"\dfrac{{"), encoding="utf-8")
    done = run_build("--problems", str(root), "--out", str(tmp_path / "_site"))
    assert done.returncode == 1
    assert done.stderr.startswith(f"error: {statement}: math: KaTeX parse error")
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "_site").exists()


def test_quiz_formula_katex_rejects_fails_naming_the_quiz(tmp_path):
    root = one_problem_root(tmp_path)
    quiz = root / "cross-entropy-grad" / "quiz.yaml"
    quiz.write_text(
        "- question: What is $\\frac{1$?\n  options:\n"
        "    - {text: a, correct: true, explanation: x}\n    - {text: b, explanation: y}\n", encoding="utf-8",
    )
    done = run_build("--problems", str(root), "--out", str(tmp_path / "_site"))
    assert done.returncode == 1
    assert done.stderr.startswith(f"error: {quiz}: math: KaTeX parse error"), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_build_refuses_to_replace_a_foreign_directory(tmp_path):
    out = tmp_path / "precious"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    done = run_build("--problems", str(one_problem_root(tmp_path)), "--out", str(out))
    assert done.returncode == 1
    assert "is not a gradlab site; refusing to replace it" in done.stderr
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


@pytest.fixture
def served(site):
    """The built site behind ``builder.serve`` on a free port; yields its base URL."""
    server = subprocess.Popen(
        [sys.executable, "-c", "import sys; from builder.serve import serve; serve(__import__('pathlib').Path(sys.argv[1]), 0)", str(site)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    try:
        yield re.search(r"http://\S+/", server.stdout.readline()).group(0)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_uses_module_and_wasm_mime_types(served):
    for path, kind in (("pyodide/pyodide.asm.wasm", "application/wasm"), ("pyodide/pyodide.mjs", "text/javascript")):
        with urllib.request.urlopen(served + path, timeout=10) as response:
            assert response.headers["Content-Type"] == kind


def test_serve_makes_pages_cross_origin_isolated(served):
    for path in ("index.html", "assets/worker.js?v=1", "sw.js"):
        with urllib.request.urlopen(served + path, timeout=10) as response:
            assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
            assert response.headers["Cross-Origin-Embedder-Policy"] == "require-corp"


def test_serve_names_the_url_of_a_404(tmp_path, capsys):
    import threading

    from builder.serve import make_server

    server = make_server(tmp_path, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/missing/page.html", timeout=10)
    finally:
        server.shutdown()
        server.server_close()
    assert "/missing/page.html: code 404" in capsys.readouterr().err


def test_serve_stays_quiet_when_a_browser_drops_a_connection(tmp_path, capsys):
    from builder.serve import make_server

    server = make_server(tmp_path, 0)
    try:
        for error, reported in ((ConnectionResetError(), False), (BrokenPipeError(), False), (ValueError("a bug"), True)):
            try:
                raise error
            except Exception:
                server.handle_error(None, ("127.0.0.1", 1))
            assert ("Traceback" in capsys.readouterr().err) is reported, error
    finally:
        server.server_close()


def _precache(site: Path) -> dict:
    text = (site / "sw.js").read_text(encoding="utf-8")
    return json.loads(re.match(r"const BUILD = (\{.*?\});\n", text).group(1))


def test_service_worker_precaches_every_file_as_pages_request_it(site, problems):
    build = _precache(site)
    files = dict(build["files"])
    on_disk = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()} - {".gradlab-site", "sw.js"}
    # what ships but no page requests: the browser reads the compiled copies instead
    unrequested = {"pyodide/python_stdlib.zip", "pyodide/pytest-8.3.5-py3-none-any.whl"}
    assert unrequested <= on_disk
    assert {url.split("?")[0] for url in files} == on_disk - {p for p in on_disk if p.endswith("-none-any.whl")} - unrequested
    for url, integrity in files.items():
        data = (site / url.split("?")[0]).read_bytes()
        assert integrity == "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode()
    text = page(site, problems[0].slug)
    requested = set(re.findall(r'(?:href|src)="((?:\.\./)*[^"#]+\?v=[^"]+)"', text)) | set(re.findall(r'"(?:\.\./)+([^"]+\?v=\w+)"', text))
    assert requested and all(url.lstrip("./") in files for url in requested)


def test_build_id_changes_with_any_file_and_only_then(site, tmp_path):
    first = _precache(site)["id"]
    again = tmp_path / "again"
    shutil.copytree(site, again)
    from builder.precache import write_service_worker
    from builder.runtime import unrequested

    versions = {url.split("?v=")[0]: url.split("?v=")[1] for url, _ in _precache(site)["files"] if "?v=" in url}
    assert write_service_worker(again, versions, unrequested=unrequested) == first
    (again / "index.html").write_text("changed", encoding="utf-8")
    assert write_service_worker(again, versions, unrequested=unrequested) != first


def test_over_the_precache_budget_problems_files_are_grouped_by_track(site, problems, tmp_path):
    """Within the budget every file is precached; over it, each problem's page, tests and
    solution are listed by track (sw.js caches them lazily), and everything else stays eager."""
    from builder.precache import BUDGET, write_service_worker
    from builder.runtime import unrequested

    eager = _precache(site)
    assert eager["tracks"] == {} and 0 < eager["catalogueBytes"] <= BUDGET == eager["budget"]
    again = tmp_path / "again"
    shutil.copytree(site, again)
    versions = {url.split("?v=")[0]: url.split("?v=")[1] for url, _ in eager["files"] if "?v=" in url}
    tracks = {p.slug: p.meta.track for p in problems}
    build_id = write_service_worker(again, versions, unrequested=unrequested, tracks=tracks, budget=1000)
    lazy = _precache(again)
    assert build_id != eager["id"] and lazy["files"] == eager["files"]
    grouped = {lazy["files"][i][0].split("?")[0]: track for track, entries in lazy["tracks"].items() for i, _ in entries}
    assert len(grouped) == 3 * len(problems)
    softmax = next(p for p in problems if p.slug == "softmax")
    for path in ("problems/softmax/index.html", "tests/softmax.py", "solutions/softmax.json"):
        assert grouped[path] == softmax.meta.track
    assert sum(size for entries in lazy["tracks"].values() for _, size in entries) == lazy["catalogueBytes"]


@pytest.mark.parametrize("name", AT_BUILD)
def test_malformed_folder_stops_the_build_with_the_check_line(tmp_path, name):
    root = one_problem_root(tmp_path)
    folder = root / "cross-entropy-grad"
    breakage, expected = BREAKAGES[name]
    breakage(folder)
    done = run_build("--problems", str(root), "--out", str(tmp_path / "_site"))
    assert done.returncode == 1
    assert done.stderr.startswith(f"error: {folder}/") and expected in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "_site").exists()


def test_memory_snapshot_parts_match_the_integrity_pages_carry(site, problems):
    config = json.loads(re.search(r'id="site-config">(.*?)</script>', page(site, problems[0].slug)).group(1))
    assert len(config["snapshot"]) >= 2, "parts keep each under browsers' per-entry cache limit"
    joined = b""
    for part in config["snapshot"]:
        data = (site / "problems" / problems[0].slug / part["url"].split("?")[0]).resolve().read_bytes()
        assert part["integrity"] == "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode()
        joined += data
    assert gzip.decompress(joined)[:4] == (1886286592).to_bytes(4, "little"), "Pyodide's snapshot magic"


def test_serve_gzips_and_lets_browsers_reuse_what_they_fetched(served):
    wasm = urllib.request.Request(served + "pyodide/pyodide.asm.wasm", headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(wasm, timeout=30) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        assert response.headers["Cache-Control"] == "no-cache"
        etag = response.headers["ETag"]
    wasm.add_header("If-None-Match", etag)
    with pytest.raises(urllib.error.HTTPError) as not_modified:
        urllib.request.urlopen(wasm, timeout=10)
    assert not_modified.value.code == 304
    with urllib.request.urlopen(served + "assets/worker.js?v=1", timeout=10) as response:
        assert "immutable" in response.headers["Cache-Control"]
