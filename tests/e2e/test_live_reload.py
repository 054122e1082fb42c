"""``build.py serve`` in a real browser: saving a problem reloads its open page, keeping the
learner's code and where they had scrolled; a broken folder shows as a banner until fixed.

Its own small preview (one problem), since it edits the sources it serves.
"""
from __future__ import annotations

import re

import pytest

from conftest import ROOT, SLUG
from copies import copy_problem
from pagekit import EDITOR_TEXT, set_code
from serving import build_py_serve

WAIT_MS = 20_000


@pytest.fixture
def preview(chromium_path, tmp_path):
    """A watching ``build.py serve`` of one problem; yields (base URL, its problem.md)."""
    folder = copy_problem(ROOT / "problems" / SLUG, tmp_path / "problems" / SLUG)
    with build_py_serve(tmp_path / "problems", tmp_path / "_site", tmp_path / "serve.log") as url:
        yield url, folder / "problem.md"


def test_saving_a_problem_reloads_its_page_keeping_code_and_scroll(browser, preview):
    base, statement = preview
    context = browser.new_context(viewport={"width": 1280, "height": 700})
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{base}problems/{SLUG}/index.html")
        assert page.evaluate("window.gradlabPreview") is True
        page.wait_for_selector("#editor .cm-content")
        page.eval_on_selector(".statement-pane", "pane => { pane.scrollTop = 240; }")
        set_code(page, "# my work so far\n")

        # Saved at once, while the editor's own save is still pending: the reload must flush it.
        text = statement.read_text(encoding="utf-8")
        title = re.search(r"(?m)^title: (.*)$", text).group(1)
        statement.write_text(text.replace(f"title: {title}", "title: Edited while open", 1), encoding="utf-8")

        # Selectors, not a predicate that reads the page: the page is replaced under the wait,
        # and a predicate run while the new document is still parsing found no #problem-title.
        page.wait_for_selector("#problem-title:text-is('Edited while open')", timeout=WAIT_MS)
        page.wait_for_selector("#editor .cm-content")
        assert page.evaluate(EDITOR_TEXT) == "# my work so far\n"
        page.wait_for_function("document.querySelector('.statement-pane')?.scrollTop === 240", timeout=WAIT_MS)

        statement.write_text(text.replace("difficulty: medium", "difficulty: extreme", 1), encoding="utf-8")
        banner = page.wait_for_selector("#gradlab-preview-error[role=alert]", timeout=WAIT_MS)
        assert f"{statement}: difficulty: must be one of easy, medium, hard (got 'extreme')" in banner.inner_text()
        assert page.inner_text("#problem-title") == "Edited while open", "the last good build stays"

        statement.write_text(text, encoding="utf-8")
        page.wait_for_selector("#gradlab-preview-error", state="detached", timeout=WAIT_MS)
        page.wait_for_selector(f"#problem-title:text-is({title!r})", timeout=WAIT_MS)
        assert not errors, errors
    finally:
        context.close()
