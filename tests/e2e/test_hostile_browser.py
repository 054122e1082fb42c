"""A representative set of hostile submissions in Chromium: a clear verdict, and the page lives on.

After each hostile run the correct solution is typed and must pass, in the same page.
"""
import pytest

from hostile import BY_NAME, CASES, GOOD, says
from pagekit import EDITOR_TEXT, run_tests, set_code, statuses

BROWSER_CASES = [case for case in CASES if case.browser]


def test_catalogue_has_a_browser_set():
    assert len(BROWSER_CASES) >= 8 and BY_NAME["endless loop"].browser


@pytest.mark.parametrize("case", BROWSER_CASES, ids=[c.name for c in BROWSER_CASES])
def test_hostile_submission_in_the_browser(hostile_page, case):
    set_code(hostile_page, case.source)
    summary = run_tests(hostile_page)
    if case.run == "error":
        assert says(hostile_page.inner_text("#run-error"), case.message), summary
    else:
        assert case.tests in statuses(hostile_page), (summary, statuses(hostile_page), hostile_page.inner_text("#run-error"))
        if case.message:
            assert says(hostile_page.inner_text("#test-list"), case.message), summary
    set_code(hostile_page, GOOD)
    assert run_tests(hostile_page).startswith("All 2 tests passed")
    assert hostile_page.evaluate(EDITOR_TEXT) == GOOD
