"""A learner's session on a problem page, in headless Chromium against a served build.

Code is entered through the keyboard (select all, then type), as a learner would.
"""
from __future__ import annotations

import re

import pytest

from harness.check import titles
from pagekit import EDITOR_TEXT, run_tests, run_tests_finished, set_code, statuses

@pytest.fixture(scope="module")
def expected(problem):
    """Test titles in run order and one known-wrong solution."""
    return [t["title"] for t in titles(problem)], next(m for m in problem.mutants if m.name == "forgot_onehot")


def test_page_lists_the_hidden_test_titles(problem_page, problem, expected):
    names, _ = expected
    listed = problem_page.eval_on_selector_all("#test-list .test-title", "nodes => nodes.map((n) => n.textContent)")
    assert listed == names
    assert f"This problem ships {len(names)} hidden tests" in problem_page.inner_text(".tests-card")
    assert problem_page.evaluate(EDITOR_TEXT) == problem.stub


def test_reference_solution_passes_every_test(problem_page, problem, expected):
    names, _ = expected
    set_code(problem_page, problem.solution)
    assert run_tests(problem_page).startswith(f"All {len(names)} tests passed")
    assert statuses(problem_page) == ["passed"] * len(names)
    assert problem_page.inner_text("#learner-status .status-text") == "Solved"


def test_wrong_solution_shows_the_failing_tests_message(problem_page, expected):
    names, mutant = expected
    set_code(problem_page, mutant.source)
    summary = run_tests(problem_page, keyboard=True)
    assert re.match(rf"\d+ of {len(names)} tests passed", summary)
    failed = problem_page.locator(".test[data-status=failed]").first
    assert failed.locator(".test-status").inner_text() == "Failed"
    assert "expected" in failed.locator(".test-message").inner_text()
    assert problem_page.inner_text("#learner-status .status-text") == "Attempted"


def test_syntax_error_is_one_clear_message(problem_page):
    set_code(problem_page, "def cross_entropy_grad(logits, target:\n    return logits\n")
    assert run_tests(problem_page).startswith("No test ran: Your code has a syntax error on line 1")
    assert "syntax error" in problem_page.inner_text("#run-error")
    assert set(statuses(problem_page)) == {"skipped"}


def test_learner_output_is_shown_as_text_never_html(problem_page):
    markup = '<img src=x onerror="document.title=1">'
    set_code(problem_page, f"def cross_entropy_grad(logits, target):\n    print({markup!r})\n    raise ValueError({markup!r})\n")
    run_tests(problem_page)
    assert problem_page.locator("#test-list img").count() == 0
    first = problem_page.locator(".test").first
    assert markup in first.locator(".test-message").inner_text()
    assert markup in first.locator(".test-stdout pre").text_content()


def test_code_is_kept_across_a_reload(problem_page):
    code = "import numpy as np\n\n\ndef cross_entropy_grad(logits, target):\n    return np.zeros(3)  # my attempt"
    set_code(problem_page, code)
    problem_page.wait_for_selector("#save-state:text-is('Saved')")
    problem_page.reload()
    problem_page.wait_for_selector("#editor .cm-line")
    assert problem_page.evaluate(EDITOR_TEXT) == code


def test_reset_asks_first_then_restores_the_stub(problem_page, problem):
    set_code(problem_page, "x = 1")
    problem_page.click("#reset-code")
    problem_page.click("#confirm-cancel")
    problem_page.wait_for_selector("#confirm-dialog", state="hidden")
    assert problem_page.evaluate(EDITOR_TEXT) == "x = 1"
    problem_page.click("#reset-code")
    problem_page.click("#confirm-ok")
    problem_page.wait_for_function(f"(stub) => ({EDITOR_TEXT})() === stub", arg=problem.stub)


def test_hints_one_at_a_time_and_solution_only_on_request(problem_page, expected):
    _, mutant = expected
    hints = problem_page.locator(".hint")
    problem_page.click("#next-hint")
    assert [hints.nth(i).is_visible() for i in range(hints.count())] == [True] + [False] * (hints.count() - 1)
    assert problem_page.is_hidden("#solution-body")
    problem_page.click("#show-solution")
    problem_page.click("#confirm-ok")
    problem_page.wait_for_selector("#solution-body:not([hidden])")
    body = problem_page.inner_text("#solution-body")
    assert "Reference solution" in body
    assert mutant.description in body


def test_index_shows_status_and_filters(problem_page, problem, base_url):
    set_code(problem_page, problem.solution)
    run_tests(problem_page)
    problem_page.goto(base_url + "index.html")
    card = problem_page.locator(f'.problem-card[data-slug="{problem.slug}"]')
    assert card.locator(".status-text").inner_text() == "Solved"
    other = next(level for level in ("easy", "medium", "hard") if level != problem.meta.difficulty)
    problem_page.select_option("#filter-difficulty", other)
    assert card.is_hidden()
    problem_page.select_option("#filter-difficulty", "")
    problem_page.fill("#search", problem.meta.tags[0])
    assert card.is_visible()


def test_tab_indents_and_escape_leaves_the_editor(problem_page):
    set_code(problem_page, "x = 1")
    problem_page.keyboard.press("Home")
    problem_page.keyboard.press("Tab")
    assert problem_page.evaluate(EDITOR_TEXT) == "    x = 1"
    problem_page.keyboard.press("Escape")  # leaves the editor for the button beside it
    assert problem_page.evaluate("document.activeElement.id") == "run-tests"
    problem_page.keyboard.press("Enter")
    assert run_tests_finished(problem_page).startswith("No test ran")
