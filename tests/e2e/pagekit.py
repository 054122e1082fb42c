"""Driving a problem page as a learner does: open it, type code, run the tests, read results."""
from __future__ import annotations

READY_MS = 60_000
RUN_MS = 30_000
EDITOR_TEXT = "() => [...document.querySelectorAll('#editor .cm-line')].map((line) => line.textContent).join('\\n')"


def set_code(page, code: str) -> None:
    page.click("#editor .cm-content")
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(code)


def run_tests(page, *, keyboard: bool = False) -> str:
    if keyboard:
        page.focus("#editor .cm-content")
        page.keyboard.press("Control+Enter")
    else:
        page.click("#run-tests")
    return run_tests_finished(page)


def run_tests_finished(page) -> str:
    page.wait_for_selector("#run-tests[aria-busy=true]", state="detached", timeout=RUN_MS)
    return page.inner_text("#run-summary")


def statuses(page) -> list[str]:
    return page.eval_on_selector_all("#test-list .test", "rows => rows.map((row) => row.dataset.status)")


def open_problem(context, base_url: str, slug: str, errors: list[str], *, ready: bool = True):
    """Open a problem page and wait until Python is ready (or only the editor, without ``ready``);
    page errors land in ``errors``."""
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base_url}problems/{slug}/index.html")
    page.wait_for_selector("#runtime-status[data-state=ready]" if ready else "#editor .cm-line", timeout=READY_MS)
    return page


def run_script(page) -> str:
    """Press Run (the code as a script) and return the output panel's summary."""
    page.click("#run-scratch")
    page.wait_for_selector("#run-scratch[aria-busy=true]", state="detached", timeout=RUN_MS)
    return page.inner_text("#scratch-summary")


def saved_code(page, code: str) -> None:
    """Type ``code`` and wait until the page has stored it."""
    set_code(page, code)
    page.wait_for_selector("#save-state:text-is('Saved')")


def wait_until_offline_ready(page) -> None:
    """Wait until the service worker has precached the whole build and controls the page."""
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=READY_MS)


def wait_until_ready(page) -> None:
    page.wait_for_selector("#runtime-status[data-state=ready]", timeout=READY_MS)
