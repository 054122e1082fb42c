"""Progress that survives, in Chromium: export then import into a fresh browser, refusal of
corrupt files, a browser without storage, and two tabs on one problem."""
from __future__ import annotations

import json

import pytest

from conftest import SLUG
from pagekit import EDITOR_TEXT, open_problem, run_script, saved_code, set_code

MINE = "import numpy as np\n\n\ndef cross_entropy_grad(logits, target):\n    return np.zeros(3)  # exported"
NO_STORAGE = """
Object.defineProperty(window, "localStorage", {
  get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
});
"""
STORED = "() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]))"


@pytest.fixture
def errors():
    found: list[str] = []
    yield found
    assert not found, found


def export(page, base_url, tmp_path):
    page.goto(base_url + "index.html")
    with page.expect_download() as download:
        page.click("#export-progress")
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    return path


def import_file(page, files) -> str:
    page.set_input_files("#import-progress", files)
    page.wait_for_selector("#transfer-message:not(:empty)")
    return page.inner_text("#transfer-message")


def test_export_then_import_into_a_fresh_browser(new_context, base_url, tmp_path, errors):
    page = open_problem(new_context(), base_url, SLUG, errors, ready=False)
    saved_code(page, MINE)
    page.click("#mark-complete")
    page.locator("[data-question] >> nth=1").locator("input[value='1']").check()
    page.locator("[data-question] >> nth=1").locator("[data-check]").click()
    path = export(page, base_url, tmp_path)
    data = json.loads(path.read_text())
    assert (data["format"], data["version"]) == ("gradlab-progress", 2)
    mine = data["problems"][SLUG]
    assert (mine["code"], mine["complete"], mine["quiz"]) == (MINE, True, {"1": 1})
    assert mine["savedAt"] > 0

    fresh = new_context().new_page()
    fresh.on("pageerror", lambda error: errors.append(str(error)))
    fresh.goto(base_url + "index.html")
    assert import_file(fresh, path) == "Imported progress for 1 problem."
    assert fresh.inner_text(f'.problem-card[data-slug="{SLUG}"] .status-text') == "Marked done"
    fresh.goto(f"{base_url}problems/{SLUG}/index.html")
    fresh.wait_for_selector("#editor .cm-line")
    assert fresh.evaluate(EDITOR_TEXT) == MINE
    assert fresh.get_attribute("#mark-complete", "aria-pressed") == "true"
    assert fresh.get_attribute("[data-question] >> nth=1", "data-state") == "right"

    # Newer code here than in the file: the import asks, and Cancel keeps it.
    saved_code(fresh, MINE + "  # newer")
    fresh.goto(base_url + "index.html")
    fresh.set_input_files("#import-progress", path)
    fresh.wait_for_selector("#confirm-dialog[open]")
    assert "Gradient of softmax cross-entropy" in fresh.inner_text("#confirm-text")
    fresh.click("#confirm-cancel")
    fresh.wait_for_selector("#transfer-message:text('Kept this browser')")
    assert fresh.evaluate(f"localStorage.getItem('gradlab:v1:code:{SLUG}')") == MINE + "  # newer"
    fresh.set_input_files("#import-progress", path)
    fresh.click("#confirm-ok")
    fresh.wait_for_function(f"localStorage.getItem('gradlab:v1:code:{SLUG}') === {json.dumps(MINE)}")


@pytest.mark.parametrize("content, message", [
    (b"{not json", "not valid JSON"),
    (b'{"format": "something-else", "problems": {}}', 'no "format": "gradlab-progress"'),
    (b'{"format": "gradlab-progress", "version": 1, "problems": {"softmax": {"status": "perfect"}}}',
     'problem "softmax": status must be one of'),
])
def test_a_corrupt_or_foreign_file_changes_nothing(context, base_url, content, message, errors):
    page = open_problem(context, base_url, SLUG, errors, ready=False)
    saved_code(page, MINE)
    page.goto(base_url + "index.html")
    before = page.evaluate(STORED)
    said = import_file(page, {"name": "progress.json", "mimeType": "application/json", "buffer": content})
    assert message in said and said.endswith("Nothing was changed.")
    assert page.evaluate(STORED) == before


def test_without_storage_the_page_works_says_so_once_and_keeps_the_editor(new_context, base_url, errors):
    context = new_context()
    context.add_init_script(NO_STORAGE)
    page = open_problem(context, base_url, SLUG, errors)
    assert page.locator(".storage-notice:visible").count() == 1
    set_code(page, MINE + '\n\nprint("still here")')
    page.wait_for_selector("#save-state:text-is('Kept while this page is open')")
    assert run_script(page).startswith("Ran in ")
    assert page.inner_text('[data-part="stdout"]') == "still here\n"
    page.click("#mark-complete")
    assert page.inner_text("#learner-status .status-text") == "Marked done"
    assert page.evaluate(EDITOR_TEXT) == MINE + '\n\nprint("still here")'
    page.goto(base_url + "index.html")
    assert page.is_visible("#storage-notice")


def test_two_tabs_the_later_write_wins_and_the_other_tab_catches_up(context, base_url, errors):
    first = open_problem(context, base_url, SLUG, errors, ready=False)
    saved_code(first, MINE + "  # first tab")
    second = open_problem(context, base_url, SLUG, errors, ready=False)
    assert second.evaluate(EDITOR_TEXT) == MINE + "  # first tab"
    saved_code(second, MINE + "  # second tab")
    first.bring_to_front()
    # Headless pages do not all get a real focus event, and the storage event is delivered
    # asynchronously: focus again until the tab has caught up.
    first.wait_for_function(
        f"(want) => {{ window.dispatchEvent(new Event('focus')); return ({EDITOR_TEXT})() === want; }}",
        arg=MINE + "  # second tab",
    )
    assert first.inner_text("#save-state") == "Updated with the code saved in another tab"
    first.click("#editor .cm-content")
    first.keyboard.press("Control+End")
    first.keyboard.type("!")
    first.wait_for_selector("#save-state:text-is('Saved')")
    assert first.evaluate(f"localStorage.getItem('gradlab:v1:code:{SLUG}')") == MINE + "  # second tab!"


def answer(page, question: int, option: int) -> None:
    group = page.locator(f"[data-question] >> nth={question}")
    group.locator(f"input[value='{option}']").check()
    group.locator("[data-check]").click()


def test_two_tabs_keep_each_others_quiz_answers_and_completion(context, base_url, errors):
    first = open_problem(context, base_url, SLUG, errors, ready=False)
    second = open_problem(context, base_url, SLUG, errors, ready=False)
    answer(first, 0, 0)
    # the second tab was opened before that answer; its own must not write over it
    answer(second, 1, 0)
    stored = json.loads(first.evaluate(f"localStorage.getItem('gradlab:v1:quiz:{SLUG}')"))
    assert stored == {"0": 0, "1": 0}
    # each tab shows what the other stored, as it is stored
    first.wait_for_selector("[data-question] >> nth=1 >> xpath=self::*[@data-state='wrong']")
    second.wait_for_selector("[data-question] >> nth=0 >> xpath=self::*[@data-state='right']")
    assert first.inner_text("[data-quiz-score]") == second.inner_text("[data-quiz-score]")
    first.click("#mark-complete")
    second.wait_for_selector("#mark-complete[aria-pressed=true]")
    second.click("#mark-complete")  # what the second tab shows is what a click toggles
    first.wait_for_selector("#mark-complete[aria-pressed=false]")
    assert first.evaluate(f"localStorage.getItem('gradlab:v1:complete:{SLUG}')") is None
