"""One Python per visit: navigation keeps the worker, the site works offline after one visit,
a new build replaces the old cache, and an endless loop is interrupted, not rebooted.
"""
from __future__ import annotations

import shutil
import threading
import time

import pytest

import build as site_build
import hostile
from builder.serve import make_server
from conftest import HOSTILE_SLUG
from pagekit import run_tests, set_code, statuses, wait_until_offline_ready, wait_until_ready

ENDLESS = "def cross_entropy_grad(logits, target):\n    while True:\n        pass\n"
DEAF = "import numpy as np\n\ndef double(x):\n    a = np.ones((2500, 2500))\n    return a @ a @ a\n"
CACHES = "caches.keys().then((names) => names.filter((name) => name.startsWith('gradlab-')))"


def test_navigation_keeps_the_worker_across_pages(problem_page, problem, base_url):
    page = problem_page
    workers = []
    page.on("worker", lambda worker: workers.append(worker.url))
    assert page.url.endswith(f"/problems/{problem.slug}/"), "a folder's page is shown by its folder"
    page.click(".crumbs a")
    page.wait_for_selector(".index-page .problem-card")
    assert page.title().startswith("gradlab") and page.url == base_url
    page.click(f'.problem-card[data-slug="{HOSTILE_SLUG}"] a')
    page.wait_for_selector("#problem-title:text-is('Double')")
    assert page.url.endswith(f"/problems/{HOSTILE_SLUG}/") and page.title().startswith("Double")
    assert page.get_attribute("#runtime-status", "data-state") == "ready"
    assert page.evaluate("document.activeElement.id") == "main"
    set_code(page, hostile.GOOD)
    assert run_tests(page).startswith("All 2 tests passed")
    page.go_back()
    page.go_back()
    page.wait_for_selector(f"#problem-title:text-is('{problem.meta.title}')")
    set_code(page, problem.solution)
    assert run_tests(page).startswith("All ")
    assert workers == [] and page.evaluate("gradlab.grader.spawns") == 1


STYLESHEETS = "[...document.querySelectorAll('link[rel=stylesheet]')].map((link) => link.dataset.url || link.href)"


def test_from_the_index_pages_keep_their_icon_and_stylesheets(context, base_url, problem):
    page = context.new_page()
    page.goto(base_url + "index.html")
    for _ in range(2):  # index -> problem -> index -> problem: relative URLs of the first page go stale
        page.click(f'.problem-card[data-slug="{problem.slug}"] a')
        page.wait_for_selector(f"#problem-title:text-is('{problem.meta.title}')")
        if not _:
            page.click(".crumbs a")
            page.wait_for_selector(".index-page .problem-card")
    icon = page.evaluate("document.querySelector('link[rel~=icon]').href")
    assert icon.startswith(base_url + "assets/favicon.svg"), icon
    sheets = page.evaluate(STYLESHEETS)
    assert len(sheets) == len(set(sheets)), sheets  # no stylesheet added twice
    assert sorted(url.split("?")[0] for url in sheets) == [base_url + "assets/katex/katex.min.css", base_url + "assets/styles.css"]
    for url in [icon, *sheets]:
        assert page.request.get(url).ok, url


def test_offline_after_one_visit(problem_page, context, base_url):
    wait_until_offline_ready(problem_page)
    context.set_offline(True)
    problem_page.goto(base_url)
    problem_page.wait_for_selector(f'.problem-card[data-slug="{HOSTILE_SLUG}"]')
    problem_page.goto(f"{base_url}problems/{HOSTILE_SLUG}/")  # the clean URL the address bar shows
    wait_until_ready(problem_page)
    set_code(problem_page, hostile.GOOD)
    assert run_tests(problem_page).startswith("All 2 tests passed")


def test_offline_from_a_click_made_before_python_is_ready(context, base_url, problem):
    """The most common first visit: the index, then a problem clicked at once, long before
    Python is ready (and so before the service worker is registered, from the problem's URL)."""
    page = context.new_page()
    warnings: list[str] = []
    page.on("console", lambda message: warnings.append(message.text) if message.type in ("warning", "error") else None)
    started = time.monotonic()
    page.goto(base_url + "index.html", wait_until="commit")
    card = page.wait_for_selector(f'.problem-card[data-slug="{problem.slug}"] a')
    page.wait_for_timeout(max(0, 300 - (time.monotonic() - started) * 1000))
    assert page.get_attribute("#runtime-status", "data-state") == "loading", "clicked before Python is ready"
    card.click()
    page.wait_for_selector(f"#problem-title:text-is('{problem.meta.title}')")
    wait_until_ready(page)
    wait_until_offline_ready(page)
    assert not [w for w in warnings if "ServiceWorker" in w or "offline" in w], warnings
    context.set_offline(True)
    page.goto(f"{base_url}problems/{HOSTILE_SLUG}/index.html")  # never opened in this visit
    wait_until_ready(page)
    set_code(page, hostile.GOOD)
    assert run_tests(page).startswith("All 2 tests passed")


def test_endless_loop_is_interrupted_and_the_same_worker_goes_on(problem_page, problem):
    assert problem_page.evaluate("crossOriginIsolated")
    set_code(problem_page, ENDLESS)
    run_tests(problem_page)
    assert set(statuses(problem_page)) == {"timeout"}
    later = problem_page.locator(".test[data-status=timeout] .test-message").nth(1).inner_text()
    assert "because an earlier test had already timed out" in later
    set_code(problem_page, problem.solution)
    assert run_tests(problem_page).startswith("All ")
    assert problem_page.evaluate("gradlab.grader.spawns") == 1


def test_python_deaf_to_the_interrupt_gets_a_new_worker(hostile_page):
    """A long call inside numpy's C code never checks for SIGINT: the page replaces the worker."""
    set_code(hostile_page, DEAF)
    assert run_tests(hostile_page).startswith("Timed out on ")
    set_code(hostile_page, hostile.GOOD)
    assert run_tests(hostile_page).startswith("All 2 tests passed")
    assert hostile_page.evaluate("gradlab.grader.spawns") == 2


def test_without_isolation_an_endless_loop_costs_a_new_worker(context, base_url, problem):
    def unisolated(route):
        response = route.fetch()
        headers = {k: v for k, v in response.headers.items() if not k.lower().startswith("cross-origin")}
        route.fulfill(response=response, headers=headers)

    context.route("**/problems/*/index.html", unisolated)
    page = context.new_page()
    page.goto(f"{base_url}problems/{problem.slug}/index.html")
    wait_until_ready(page)
    assert not page.evaluate("crossOriginIsolated")
    set_code(page, ENDLESS)
    assert run_tests(page).startswith("Timed out on ")
    set_code(page, problem.solution)
    assert run_tests(page).startswith("All ")
    assert page.evaluate("gradlab.grader.spawns") == 2


@pytest.fixture
def own_site(problem_dir, tmp_path):
    """A site of our own on its own origin, to rebuild under a page."""
    problems = tmp_path / "problems"
    shutil.copytree(problem_dir.parent, problems)
    out = tmp_path / "_site"
    site_build.build(problems, out)
    server = make_server(out, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield problems, out, f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


def test_a_new_build_replaces_the_old_cache(context, own_site):
    problems, out, base = own_site
    page = context.new_page()
    page.goto(f"{base}problems/{HOSTILE_SLUG}/index.html")
    wait_until_ready(page)
    wait_until_offline_ready(page)
    old = page.evaluate(CACHES)
    page.evaluate("localStorage.setItem('gradlab:v1:code:double', 'kept')")
    statement = problems / HOSTILE_SLUG / "problem.md"
    statement.write_text(statement.read_text().replace("title: Double", "title: Double, rebuilt"))
    site_build.build(problems, out)
    page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")
    waiting = "navigator.serviceWorker.getRegistration().then((r) => Boolean(r.waiting))"
    for _ in range(600):  # its install (precaching the new build) takes a moment
        if page.evaluate(waiting):
            break
        page.wait_for_timeout(100)
    assert page.title().startswith("Double ·"), "the open page keeps its build until it navigates"
    page.click(".crumbs a")
    page.wait_for_selector(".problem-card a:text-is('Double, rebuilt')")
    new = page.evaluate(CACHES)
    assert len(old) == len(new) == 1 and old != new
    assert page.evaluate("localStorage.getItem('gradlab:v1:code:double')") == "kept"
