"""The worker starts Python from the build's memory snapshot, and boots normally without it.

A snapshot part that fails its integrity check must never reach Pyodide: the page falls back
to the normal boot and grades exactly the same.
"""
from __future__ import annotations

from test_problem_page import run_tests, set_code

READY_MS = 60_000


def open_problem(context, base_url, problem):
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base_url}problems/{problem.slug}/index.html")
    page.wait_for_selector("#runtime-status[data-state=ready]", timeout=READY_MS)
    return page, errors


def test_python_starts_from_the_snapshot(problem_page, problem):
    assert problem_page.get_attribute("#runtime-status", "data-boot") == "snapshot"
    set_code(problem_page, problem.solution)
    assert run_tests(problem_page).startswith("All ")


def test_a_tampered_snapshot_falls_back_to_the_normal_boot(context, base_url, problem):
    def tampered(route):
        body = bytearray(route.fetch().body())
        body[len(body) // 2] ^= 0xFF
        route.fulfill(status=200, body=bytes(body), headers={"Content-Type": "application/octet-stream"})

    context.route("**/python-snapshot.gz.*", tampered)
    page, errors = open_problem(context, base_url, problem)
    assert page.get_attribute("#runtime-status", "data-boot") == "full"
    set_code(page, problem.solution)
    assert run_tests(page).startswith("All ")
    assert not errors
