"""Offline that scales: a catalogue over the precache budget precaches the runtime, the shell,
the index and the learner's current track; other problems are cached as they are visited, and
"Make every problem available offline" brings the rest, with its progress shown."""
from __future__ import annotations

import json
import shutil
import threading

import pytest

import build as site_build
import builder.precache
from builder.serve import make_server
from conftest import HOSTILE_SLUG, SLUG
from harness.problem import load_problem
from pagekit import run_tests, set_code, wait_until_offline_ready, wait_until_ready

BUDGET = 100_000  # the losses track (double, cross-entropy-grad) fits; the catalogue does not
CACHED = "path => caches.keys().then((names) => Promise.all(names.map((n) => caches.open(n).then((c) => c.match(path))))).then((found) => found.some(Boolean))"


@pytest.fixture
def big_site(problem_dir, tmp_path, monkeypatch):
    """The served catalogue, built with a budget it is over, on its own origin."""
    problems = tmp_path / "problems"
    shutil.copytree(problem_dir.parent, problems)
    out = tmp_path / "_site"
    monkeypatch.setattr(builder.precache, "BUDGET", BUDGET)
    site_build.build(problems, out)
    server = make_server(out, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield problems, out, f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


def test_over_the_budget_the_current_track_first_the_rest_as_visited_or_asked(context, big_site):
    problems, out, base = big_site
    manifest = (out / "sw.js").read_text().split("\n", 1)[0]
    assert '"tracks":{"' in manifest, "over the budget: the problems' files are grouped by track"
    page = context.new_page()
    page.goto(f"{base}problems/{HOSTILE_SLUG}/")  # the losses track
    wait_until_ready(page)
    wait_until_offline_ready(page)
    page.wait_for_function(f"({CACHED})('{base}problems/{SLUG}/index.html')", timeout=30_000)
    assert not page.evaluate(f"({CACHED})('{base}problems/sigmoid/index.html')"), "another track: not precached"
    page.goto(f"{base}problems/adam/")  # visited online: cached as it is visited
    page.wait_for_selector("#problem-title")

    context.set_offline(True)
    for slug in (SLUG, "adam"):
        page.goto(f"{base}problems/{slug}/")
        page.wait_for_selector("#problem-title")
    page.goto(base)
    page.wait_for_selector(".index-page .problem-card")
    with pytest.raises(Exception):
        page.goto(f"{base}problems/sigmoid/")  # neither its track nor visited
    context.set_offline(False)

    page.goto(base)
    page.wait_for_selector("#offline-all:not([hidden])")
    page.click("#offline-all-button")
    page.wait_for_function(
        "() => /^(Every problem|Stopped)/.test(document.getElementById('offline-all-text').textContent)", timeout=120_000,
    )
    assert page.inner_text("#offline-all-text") == "Every problem is available offline."
    assert page.evaluate("(() => { const p = document.getElementById('offline-all-progress'); return p.value === p.max; })()")

    context.set_offline(True)
    page.goto(f"{base}problems/sigmoid/")
    wait_until_ready(page)
    set_code(page, load_problem(problems / "sigmoid").solution)
    assert run_tests(page).startswith("All ")


def _tracks(out) -> dict:
    """The build's lazily cached files by track, from the manifest sw.js begins with."""
    manifest = json.loads((out / "sw.js").read_text().split("\n", 1)[0].split("=", 1)[1].rstrip(";"))
    return {track: [manifest["files"][i][0] for i, _ in entries] for track, entries in manifest["tracks"].items()}


def test_a_returning_learner_gets_one_more_track_in_idle_time(context, big_site):
    problems, out, base = big_site
    tracks = _tracks(out)
    page = context.new_page()
    page.goto(f"{base}problems/{HOSTILE_SLUG}/")  # first visit: the losses track only
    wait_until_ready(page)
    wait_until_offline_ready(page)
    page.wait_for_function(f"({CACHED})('{base}problems/{SLUG}/index.html')", timeout=30_000)
    others = [t for t in tracks if not any(f"/{HOSTILE_SLUG}/" in f for f in tracks[t])]
    cached = lambda track: [page.evaluate(f"({CACHED})('{base}{f}')") for f in tracks[track]]  # noqa: E731
    assert not any(cached(others[0])), "a first visit caches its own track, not the next"

    page.reload()  # a return visit: the page is served by the service worker
    wait_until_ready(page)
    page.wait_for_function(
        f"Promise.all({json.dumps([base + f for f in tracks[others[0]]])}.map({CACHED})).then((all) => all.every(Boolean))",
        timeout=30_000,
    )
    assert not any(cached(others[1])), "idle time caches one more track per visit, not the catalogue"


def test_a_new_build_carries_over_the_unchanged_files_it_had_cached(context, big_site):
    problems, out, base = big_site
    page = context.new_page()
    page.goto(f"{base}problems/{HOSTILE_SLUG}/")
    wait_until_ready(page)
    wait_until_offline_ready(page)
    page.goto(f"{base}problems/adam/")  # not in the current track: cached as visited
    page.wait_for_selector("#problem-title")
    page.wait_for_function(f"({CACHED})('{base}problems/adam/index.html')", timeout=30_000)
    before = page.evaluate("caches.keys()")

    statement = problems / "sigmoid" / "problem.md"
    statement.write_text(statement.read_text(encoding="utf-8").replace("## Task\n", "## Task\n\nA new build.\n", 1), encoding="utf-8")
    site_build.build(problems, out)
    (out / "problems" / "adam" / "index.html").unlink()  # the network can no longer give it
    page.evaluate("""async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration.update();
        const worker = registration.installing || registration.waiting;
        await new Promise((resolve) => {
            if (worker.state === "installed") return resolve();
            worker.addEventListener("statechange", () => worker.state === "installed" && resolve());
        });
        const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
        registration.waiting.postMessage({ type: "activate" });
        await changed;
    }""")
    page.wait_for_function(f"caches.keys().then((names) => names.length === 1 && names[0] !== {json.dumps(before[0])})", timeout=30_000)
    assert page.evaluate(f"({CACHED})('{base}problems/adam/index.html')"), "the unchanged page came over from the old cache"
    context.set_offline(True)
    page.goto(f"{base}problems/adam/")
    page.wait_for_selector("#problem-title:has-text('Adam')")
