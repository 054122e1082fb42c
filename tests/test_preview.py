"""The live preview: a change rebuilds just what it touched, a broken folder keeps the last good
build, and open pages hear about both over the reload channel.

One small site (three tiny problems) is built once per module; each test works on its own copy
of it, with a :class:`Preview` whose full rebuilds are recorded instead of run.
"""
from __future__ import annotations

import json
import re
import shutil
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

import build as site_build
from builder.livereload import EVENTS, SCRIPT, Channel, PreviewHandler, inject
from builder.preview import Outcome, Preview, report
from builder.serve import make_server
from builder.watch import Watcher
from copies import write_problem
from harness.check import check_problem
from serving import build_py_serve

ROOT = Path(__file__).resolve().parents[1]
FUNCTIONS = {"double": 2, "halve": 0.5, "triple": 3}


def hidden_tests(function: str, factor: float, extra: str = "") -> str:
    return (
        f"from solution import {function}\n\n\n"
        f"def test_one():\n    \"\"\"{function} of one\"\"\"\n    assert {function}(1) == {factor}\n"
        + extra
    )


def write_catalogue(root: Path) -> Path:
    for function, factor in FUNCTIONS.items():
        write_problem(
            root / function, function=function,
            solution=f"def {function}(x):\n    return x * {factor}\n", tests=hidden_tests(function, factor),
        )
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("preview")
    site_build.build(write_catalogue(work / "problems"), work / "_site")
    return work


@pytest.fixture
def work(built, tmp_path) -> Path:
    shutil.copytree(built / "problems", tmp_path / "problems")
    shutil.copytree(built / "_site", tmp_path / "_site", symlinks=True)
    (tmp_path / "src").mkdir()
    return tmp_path


class FullBuilds(list):
    """Stands in for ``python build.py``: records each call, fails while ``error`` is set."""

    error: str | None = None

    def __call__(self, problems: Path, out: Path) -> None:
        self.append((problems, out))
        if self.error:
            from builder import BuildError
            raise BuildError(self.error)


@pytest.fixture
def full_builds() -> FullBuilds:
    return FullBuilds()


@pytest.fixture
def preview(work, full_builds):
    session = Preview(work / "problems", work / "_site", sources=[work / "src"], full_build=full_builds)
    session.start()
    yield session
    session.close()


def files(site: Path) -> dict[str, tuple[int, bytes]]:
    return {p.relative_to(site).as_posix(): (p.stat().st_mtime_ns, p.read_bytes()) for p in site.rglob("*") if p.is_file()}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def page_tests_url(page: str) -> str:
    return json.loads(re.search(r'id="problem-config">(.*?)</script>', page).group(1))["testsUrl"]


def changed_paths(before: dict, after: dict) -> set[str]:
    return {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}


def test_preview_of_a_fresh_build_writes_nothing(work):
    """The preview renders pages its own way (in memory, cached); for the same sources it must
    produce exactly the files the build wrote, or every first edit would rewrite the site."""
    before = files(work / "_site")
    session = Preview(work / "problems", work / "_site", sources=[work / "src"], full_build=FullBuilds())
    try:
        assert session.start().written == ()
    finally:
        session.close()
    assert files(work / "_site") == before


def test_statement_change_rewrites_just_that_page(work, preview, full_builds):
    before = files(work / "_site")
    edit(work / "problems" / "halve" / "problem.md", "## Task\n\nWrite `halve`.", "## Task\n\nWrite `halve`, carefully.")

    outcome = preview.apply([work / "problems" / "halve" / "problem.md"])

    # and the index's search words (search.json, unversioned: the index itself is unchanged)
    assert outcome.error is None and outcome.written == ("problems/halve/index.html", "search.json")
    assert changed_paths(before, files(work / "_site")) == {"problems/halve/index.html", "search.json"}
    assert "Write <code>halve</code>, carefully." in (work / "_site" / "problems" / "halve" / "index.html").read_text()
    assert not full_builds


def test_only_the_changed_folder_is_read_again_and_titles_are_collected_only_when_tests_change(work, preview, monkeypatch):
    import builder.catalog
    import builder.preview

    loaded, collected = [], []
    load_problem, titles = builder.catalog.load_problem, builder.preview.titles
    monkeypatch.setattr(builder.catalog, "load_problem", lambda folder: loaded.append(folder.name) or load_problem(folder))
    monkeypatch.setattr(builder.preview, "titles", lambda problem: collected.append(problem.slug) or titles(problem))
    folder = work / "problems" / "halve"

    edit(folder / "problem.md", "## Task\n\nWrite `halve`.", "## Task\n\nHalve it.")
    preview.apply([folder / "problem.md"])
    assert (loaded, collected) == (["halve"], [])

    (folder / "tests.py").write_text(hidden_tests("halve", 0.5, 'def test_two():\n    """halve of two"""\n    assert halve(2) == 1\n'))
    preview.apply([folder / "tests.py"])
    assert (loaded, collected) == (["halve", "halve"], ["halve"])


def test_tests_change_rewrites_that_problems_tests_file_and_page(work, preview):
    before = files(work / "_site")
    tests = work / "problems" / "halve" / "tests.py"
    tests.write_text(hidden_tests("halve", 0.5, 'def test_two():\n    """halve of two"""\n    assert halve(2) == 1\n'))

    outcome = preview.apply([tests])

    # The index shows each problem's count of tests, so it changes too; no other problem's files do.
    # New tests, new mutant profiles: the likely-mistake file is rewritten too.
    assert set(outcome.written) == {"tests/halve.py", "problems/halve/index.html", "index.html", "diagnosis/halve.json"}
    assert changed_paths(before, files(work / "_site")) == set(outcome.written)
    page = (work / "_site" / "problems" / "halve" / "index.html").read_text()
    assert "halve of two" in page
    assert page_tests_url(page) != page_tests_url(before["problems/halve/index.html"][1].decode()), "browsers would keep the old tests"
    assert (work / "_site" / "tests" / "halve.py").read_text() == tests.read_text()


def test_title_change_rewrites_the_index_and_the_pages_that_link_to_it(work, preview):
    before = files(work / "_site")
    edit(work / "problems" / "halve" / "problem.md", "title: halve", "title: Halve it")

    outcome = preview.apply([work / "problems" / "halve" / "problem.md"])

    site = work / "_site"
    linking = {p.relative_to(site).as_posix() for p in site.rglob("*.html") if "Halve it" in p.read_text()}
    assert "index.html" in linking and "problems/halve/index.html" in linking and len(linking) > 2
    assert set(outcome.written) == linking == changed_paths(before, files(site))


def test_broken_folder_keeps_the_last_good_build_and_says_checks_line(work, preview):
    before = files(work / "_site")
    folder = work / "problems" / "halve"
    edit(folder / "problem.md", "difficulty: easy", "difficulty: extreme")
    edit(folder / "problem.md", "## Task\n\nWrite `halve`.", "## Task\n\nNot served.")

    outcome = preview.apply([folder / "problem.md"])

    check = check_problem(folder, grade=lambda *args: pytest.fail("never graded"))
    assert outcome.error == check.detail == f"{folder / 'problem.md'}: difficulty: must be one of easy, medium, hard (got 'extreme')"
    assert outcome.line() == f"error: {outcome.error}"
    assert files(work / "_site") == before

    edit(folder / "problem.md", "difficulty: extreme", "difficulty: easy")
    fixed = preview.apply([folder / "problem.md"])
    assert fixed.error is None and fixed.written == ("problems/halve/index.html", "search.json")  # "served": a new word
    assert "Not served." in (work / "_site" / "problems" / "halve" / "index.html").read_text()


def test_the_channel_carries_an_error_until_a_good_rebuild_clears_it(capsys):
    channel = Channel()
    report(Outcome(None, "problems/x/problem.md: title: required field is missing"), channel)
    assert channel.state.error == "problems/x/problem.md: title: required field is missing"
    assert channel.state.build == 0
    assert "error: problems/x/problem.md: title: required field is missing" in capsys.readouterr().err

    report(Outcome((), None), channel)  # fixed back to what is served: nothing to write, error gone
    assert (channel.state.build, channel.state.error, channel.state.changed) == (1, None, ())

    report(Outcome(("problems/x/index.html",), None), channel)
    assert (channel.state.build, channel.state.changed) == (2, ("problems/x/index.html",))
    report(Outcome(None, None), channel)
    assert (channel.state.build, channel.state.changed) == (3, None)


def test_added_folder_is_written_and_a_removed_one_is_taken_off_the_site(work, preview):
    new = write_problem(
        work / "problems" / "negate", function="negate",
        solution="def negate(x):\n    return -x\n", tests=hidden_tests("negate", -1),
    )
    added = preview.apply([new / "problem.md"])
    site = work / "_site"
    assert {"problems/negate/index.html", "tests/negate.py", "solutions/negate.json", "index.html"} <= set(added.written)
    assert 'href="problems/negate/index.html"' in (site / "index.html").read_text()

    shutil.rmtree(new)
    removed = preview.apply([new / "problem.md"])
    assert {"problems/negate/index.html", "tests/negate.py", "solutions/negate.json", "index.html"} <= set(removed.written)
    assert not (site / "problems" / "negate" / "index.html").exists() and not (site / "tests" / "negate.py").exists()
    assert "negate" not in (site / "index.html").read_text()


def test_a_change_outside_the_problems_is_a_full_rebuild(work, preview, full_builds):
    template = work / "src" / "page.html"
    template.write_text("<p>new</p>")
    outcome = preview.apply([template])
    assert outcome.written is None and outcome.error is None
    assert full_builds == [(work / "problems", work / "_site")]

    statement = work / "problems" / "halve" / "problem.md"
    edit(statement, "title: halve", "title: Halve it")
    assert "index.html" in preview.apply([statement]).written
    assert len(full_builds) == 1, "a problem change after a template change is incremental again"


def test_after_a_python_change_every_rebuild_is_full_because_this_process_runs_the_old_code(work, preview, full_builds):
    code = work / "src" / "pages.py"
    code.write_text("x = 1\n")
    preview.apply([code])
    statement = work / "problems" / "halve" / "problem.md"
    edit(statement, "title: halve", "title: Halve it")
    assert preview.apply([statement]).written is None
    assert len(full_builds) == 2


def test_a_failed_full_rebuild_keeps_the_site_and_the_next_change_tries_a_full_one_again(work, preview, full_builds):
    full_builds.error = "esbuild failed: Unexpected end of file"
    asset = work / "src" / "problem.js"
    asset.write_text("function (")
    assert preview.apply([asset]).error == "esbuild failed: Unexpected end of file"

    full_builds.error = None
    statement = work / "problems" / "halve" / "problem.md"
    edit(statement, "## Task\n\nWrite `halve`.", "## Task\n\nHalve.")
    outcome = preview.apply([statement])
    assert (outcome.written, outcome.error) == (None, None)
    assert len(full_builds) == 2


def test_watcher_reports_added_changed_and_removed_files_and_ignores_caches(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "problem.md").write_text("one")
    (tmp_path / "a" / "old.py").write_text("x")
    watcher = Watcher([tmp_path], interval=0.01, settle=0.01)

    (tmp_path / "a" / "problem.md").write_text("two, longer")
    (tmp_path / "a" / "new.py").write_text("y")
    (tmp_path / "a" / "old.py").unlink()
    (tmp_path / "a" / "__pycache__").mkdir()
    (tmp_path / "a" / "__pycache__" / "new.cpython-311.pyc").write_bytes(b"\0")
    (tmp_path / "a" / ".problem.md.swp").write_text("swap")
    assert watcher.wait() == {tmp_path / "a" / p for p in ("problem.md", "new.py", "old.py")}

    stop = threading.Event()
    threading.Timer(0.1, stop.set).start()
    assert watcher.wait(stop) == set(), "nothing changed since the last wait"


def test_served_pages_carry_the_dev_script_and_the_built_files_do_not(work):
    channel = Channel()
    server = make_server(work / "_site", 0, handler=PreviewHandler, channel=channel)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    try:
        for url in (base, base + "problems/halve/index.html"):
            with urllib.request.urlopen(url, timeout=10) as response:
                html = response.read().decode()
            dev_script = f'<script src="{SCRIPT}" data-build="0"></script>'
            assert html.index(dev_script) == html.index("<script") < html.index("</head>")
        assert SCRIPT not in (work / "_site" / "problems" / "halve" / "index.html").read_text()
        with urllib.request.urlopen(base + SCRIPT.lstrip("/"), timeout=10) as response:
            assert response.headers["Content-Type"].startswith("text/javascript")
            assert "window.gradlabPreview = true;" in response.read().decode()
        with urllib.request.urlopen(base + "assets/styles.css", timeout=10) as response:
            assert response.read() == (work / "_site" / "assets" / "styles.css").read_bytes()
    finally:
        channel.close()
        server.shutdown()
        server.server_close()


def read_event(stream) -> dict:
    while True:
        line = stream.readline().decode()
        assert line, "the stream ended"
        if line.startswith("data: "):
            return json.loads(line[len("data: "):])


def test_events_stream_sends_the_state_then_each_reload_and_error(work):
    channel = Channel()
    server = make_server(work / "_site", 0, handler=PreviewHandler, channel=channel)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}{EVENTS}", timeout=10) as stream:
            assert stream.headers["Content-Type"] == "text/event-stream"
            assert read_event(stream) == {"build": 0, "error": None, "changed": []}
            channel.rebuilt(["problems/halve/index.html"])
            assert read_event(stream) == {"build": 1, "error": None, "changed": ["problems/halve/index.html"]}
            channel.failed("problems/halve/problem.md: title: required field is missing")
            assert read_event(stream)["error"] == "problems/halve/problem.md: title: required field is missing"
            channel.rebuilt(None)
            assert read_event(stream) == {"build": 2, "error": None, "changed": None}
    finally:
        channel.close()
        server.shutdown()
        server.server_close()


def test_inject_goes_before_the_pages_first_script_or_else_at_the_end_of_head():
    page = b"<html><head><title>t</title><script src=a.js></script></head><body><script>1</script></body></html>"
    dev = f'<script src="{SCRIPT}" data-build="4"></script>\n'.encode()
    assert inject(page, 4) == page.replace(b"<script src=a.js>", dev + b"<script src=a.js>")
    bare = b"<html><head><title>t</title></head><body></body></html>"
    assert inject(bare, 4) == bare.replace(b"</head>", dev + b"</head>")


def test_no_watch_serves_the_build_as_it_is(built, tmp_path):
    shutil.copytree(built / "problems", tmp_path / "problems")
    with build_py_serve(tmp_path / "problems", tmp_path / "_site", tmp_path / "serve.log", "--no-watch") as base:
        with urllib.request.urlopen(base + "problems/halve/index.html", timeout=10) as response:
            assert response.read().decode() == (tmp_path / "_site" / "problems" / "halve" / "index.html").read_text()
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(base + EVENTS.lstrip("/"), timeout=10)
        assert missing.value.code == 404
        edit(tmp_path / "problems" / "halve" / "problem.md", "title: halve", "title: Halve it")
        time.sleep(1)
        assert "Halve it" not in (tmp_path / "_site" / "index.html").read_text()


def test_serve_watches_and_tells_open_pages(built, tmp_path):
    shutil.copytree(built / "problems", tmp_path / "problems")
    with build_py_serve(tmp_path / "problems", tmp_path / "_site", tmp_path / "serve.log") as base:
        with urllib.request.urlopen(base + EVENTS.lstrip("/"), timeout=30) as stream:
            assert read_event(stream)["build"] == 0
            edit(tmp_path / "problems" / "halve" / "problem.md", "## Task\n\nWrite `halve`.", "## Task\n\nHalve x.")
            assert read_event(stream) == {"build": 1, "error": None, "changed": ["problems/halve/index.html"]}
            edit(tmp_path / "problems" / "halve" / "problem.md", "minutes: 1", "minutes: soon")
            error = read_event(stream)["error"]
            assert error.endswith("problem.md: minutes: must be a positive whole number of minutes (got 'soon')")
        assert "Halve x." in (tmp_path / "_site" / "problems" / "halve" / "index.html").read_text()
    assert f"error: {error}  (still serving the last good build)" in (tmp_path / "serve.log").read_text()
