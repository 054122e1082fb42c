"""Feedback that teaches, in Chromium: the failing case with its input, call and chart, Debug this
case, the likely mistake named (never on correct code), the learner's line marked and reached from
a traceback, the last results after a reload, and the success state."""
from __future__ import annotations

from harness.problem import load_problem
from pagekit import open_problem, run_tests, set_code, wait_until_ready

from conftest import ROOT

SLUG = "softmax"
NAIVE = (
    "import numpy as np\n\n\ndef softmax(x):\n    print('largest score', np.max(x))\n"
    "    e = np.exp(x)\n    return e / e.sum(axis=-1, keepdims=True)\n"
)
RAISES = "import numpy as np\n\n\ndef softmax(x):\n    assert x.ndim == 1, 'only vectors'\n    e = np.exp(x - x.max())\n    return e / e.sum()\n"


def failing_row(page, test_id):
    return page.locator(f'#test-list .test[data-test-id="{test_id}"]')


def test_a_failing_naive_softmax_shows_its_case_a_chart_and_the_likely_mistake(context, base_url):
    errors: list[str] = []
    page = open_problem(context, base_url, SLUG, errors)
    set_code(page, NAIVE)
    assert "tests passed" in run_tests(page)
    row = failing_row(page, "test_large_scores")
    assert row.get_attribute("data-status") == "failed"
    case = row.locator(".case")
    assert case.locator(".case-call").inner_text() == "softmax(x)"
    values = case.locator(".case-values").inner_text()
    assert "float64 array, shape (3,): [1000.0, 1001.0, 1002.0]" in values
    assert "[nan, nan, nan]" in values and "[0.09003057, 0.24472847, 0.66524096]" in values
    chart = case.locator(".case-chart svg[aria-label]").first
    case.scroll_into_view_if_needed()  # charts are drawn as they come into view
    chart.wait_for(timeout=30_000)
    assert chart.get_attribute("aria-label").startswith("Chart of softmax")
    banner = page.locator("#run-banner")
    assert banner.get_attribute("data-kind") == "diagnosis"
    assert "This looks like a common mistake:" in banner.inner_text()
    assert "No max subtraction" in banner.inner_text()
    # The mutant's "Hint: 1" line: the banner points to that hint, never to solution code.
    banner.get_by_role("button", name="Show hint 1: Shift the scores").click()
    assert page.locator("#hint-1").is_visible()
    # Debug this case: exactly that call, with the learner's own print for that input.
    case.locator("[data-debug-case]").click()
    page.wait_for_function("() => document.querySelector('#scratch-summary').textContent.startsWith('Ran softmax(x)')")
    stdout = page.locator('#scratch-output [data-part="stdout"]').inner_text()
    assert "largest score 1002.0" in stdout and "returned: array([nan, nan, nan])" in stdout
    assert not errors, errors


def test_a_correct_alternative_gets_no_diagnosis_and_the_success_state_leads_on(context, base_url):
    errors: list[str] = []
    page = open_problem(context, base_url, SLUG, errors)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    alternative = next(a for a in load_problem(ROOT / "problems" / SLUG).alternatives if a.name == "row_loop")
    set_code(page, alternative.source)
    assert run_tests(page).startswith("All ")
    banner = page.locator("#run-banner")
    assert banner.get_attribute("data-kind") == "success"
    assert "Solved: all 19 tests pass." in banner.inner_text() and "problems solved" in banner.inner_text()
    assert not any("charts.js" in url or "/diagnosis/" in url for url in requested), "no chart or profile for passing code"
    nxt = banner.locator("a[data-next]")
    title = nxt.inner_text().removeprefix("Next problem: ")
    nxt.click()
    page.wait_for_function("t => document.getElementById('problem-title')?.textContent === t", arg=title)
    assert not errors, errors


def test_the_error_line_is_marked_and_a_traceback_line_moves_the_cursor(context, base_url):
    errors: list[str] = []
    page = open_problem(context, base_url, SLUG, errors)
    set_code(page, RAISES)
    run_tests(page)
    row = page.locator('#test-list .test[data-status="error"]').first
    assert "AssertionError: only vectors" in row.inner_text()
    page.wait_for_selector("#editor .cm-lintRange-error")
    assert page.locator("#editor .cm-lint-marker-error").count() == 1
    page.evaluate("() => gradlab.editor.view.dispatch({selection: {anchor: 0}})")
    row.locator('.trace-line[data-line="5"]').first.click()
    line = page.evaluate("() => { const v = gradlab.editor.view; return v.state.doc.lineAt(v.state.selection.main.head).number; }")
    assert line == 5
    assert not errors, errors


def test_a_reload_brings_the_last_results_back_marked_as_such(context, base_url):
    errors: list[str] = []
    page = open_problem(context, base_url, SLUG, errors)
    set_code(page, NAIVE)
    run_tests(page)
    before = page.eval_on_selector_all("#test-list .test", "rows => rows.map((r) => r.dataset.status)")
    page.reload()
    wait_until_ready(page)
    assert page.inner_text("#run-summary").startswith("From your last run (")
    assert page.eval_on_selector_all("#test-list .test", "rows => rows.map((r) => r.dataset.status)") == before
    assert "No max subtraction" in page.inner_text("#run-banner")
    assert page.locator('.test[data-test-id="test_large_scores"] .case-call').inner_text() == "softmax(x)"
    assert not errors, errors


def test_after_a_run_the_problem_draws_its_idea_from_the_learners_code(context, base_url):
    errors: list[str] = []
    page = open_problem(context, base_url, "sigmoid", errors)
    problem = load_problem(ROOT / "problems" / "sigmoid")
    set_code(page, problem.solution)
    assert run_tests(page).startswith("All ")
    section = page.locator("#visual")
    section.locator("svg[role=img]").first.wait_for(state="attached", timeout=30_000)
    assert page.inner_text("#visual-title") == "sigmoid(x) and sigmoid'(x)"
    label = section.locator("svg[role=img]").first.get_attribute("aria-label")
    assert "reference thick, yours dashed" in label
    # Code that raises while drawing: the reference alone, and a sentence saying why.
    set_code(page, "import numpy as np\n\ndef sigmoid(x):\n    return 1 / (1 + np.exp(-x))\n\ndef sigmoid_grad(x):\n    raise ValueError('not yet')\n")
    run_tests(page)
    page.wait_for_function("() => document.getElementById('visual-caption').textContent.startsWith('Only the reference')")
    assert "ValueError: not yet" in page.inner_text("#visual-caption")
    assert not errors, errors
