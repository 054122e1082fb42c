"""Report a problem: with a repository in course.toml, the link opens a new issue there with
the slug and the learner's results; their code only when they tick the box."""
from urllib.parse import parse_qs, urlparse

from conftest import REPORT_REPOSITORY, SLUG
from pagekit import run_tests, set_code

MARK = "# my own attempt 1234"


def followed(page, tick: bool) -> dict:
    """Follow the link without leaving (the default action is cancelled); its query, parsed."""
    page.set_checked("#report-include-code", tick)
    page.eval_on_selector("#report-problem", "(a) => a.addEventListener('click', (e) => e.preventDefault(), { once: true })")
    page.click("#report-problem")
    url = urlparse(page.get_attribute("#report-problem", "href"))
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{REPORT_REPOSITORY}/issues/new"
    return {k: v[0] for k, v in parse_qs(url.query).items()}


def test_report_link_carries_slug_and_results_and_code_only_when_ticked(problem_page):
    page = problem_page
    set_code(page, f"{MARK}\ndef cross_entropy_grad(logits, target):\n    return logits\n")
    run_tests(page)
    query = followed(page, tick=False)
    assert SLUG in query["title"] and f"`{SLUG}`" in query["body"]
    assert "Results in my browser:" in query["body"] and "- failed: " in query["body"]
    assert MARK not in query["body"], "no code unless the box is ticked"
    query = followed(page, tick=True)
    assert MARK in query["body"] and "```python" in query["body"]
