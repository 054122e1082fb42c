"""The workspace holds on every screen: nothing cut or wider than the screen on any page, the
editor keeps 12 lines on short laptop screens with Output and the tests open, the page never
scrolls itself, the split is resizable by keyboard and remembered, and phones get tabs."""
from __future__ import annotations

import pytest

from conftest import SLUG
from pagekit import EDITOR_TEXT, run_script, run_tests, wait_until_ready

DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}

# Every element that sticks out of the screen or out of a box that clips it, unless a box that
# scrolls (and shows it: scrollers.js) holds it; every overflowing box must be such a box.
CUT = """() => {
  const out = [];
  const W = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > W) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${W}`);
  const scrolls = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
  for (const el of document.querySelectorAll("main *")) {
    // MathML for screen readers (visually hidden) and the insides of SVG drawings aside.
    if (el.closest(".katex-mathml") || (el.ownerSVGElement)) continue;
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    let box = el.parentElement;
    while (box && box !== document.body && getComputedStyle(box).overflowX === "visible") box = box.parentElement;
    if (box && box !== document.body && scrolls(box)) continue; // reachable by scrolling that box
    if (box && box.closest(".katex")) continue; // KaTeX's own trimming of stretchy glyphs
    if (r.right > W + 1 || r.left < -1) out.push(`${el.tagName}.${el.getAttribute("class")} sticks out (${Math.round(r.left)}..${Math.round(r.right)} of ${W})`);
  }
  for (const el of document.querySelectorAll("main .math.block, main pre")) {
    if (el.scrollWidth > el.clientWidth + 1 && el.getClientRects().length
        && !(el.classList.contains("scrolls") && el.tabIndex === 0 && scrolls(el))) {
      out.push(`${el.tagName}.${el.className} overflows without a focusable scroller and its cue`);
    }
  }
  const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
  const bad = ids.filter((id, i) => !/^[A-Za-z][A-Za-z0-9_-]*$/.test(id) || ids.indexOf(id) !== i);
  if (bad.length) out.push(`invalid or repeated ids: ${bad.slice(0, 3)}`);
  return out.slice(0, 8);
}"""


def no_python(route):
    route.abort()  # layout only: no page here needs Python, and 20 boots would cost a minute


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366", "390"])
def test_no_page_is_cut_or_wider_than_the_screen(new_context, base_url, served_plan, viewport):
    phone = viewport is PHONE
    context = new_context(viewport=viewport, is_mobile=phone, has_touch=phone)
    context.route("**/assets/worker.js*", no_python)
    page = context.new_page()
    page.goto(base_url)
    problems = [problem for track in served_plan for problem in track.problems]
    found = {"index": page.evaluate(CUT)}
    wide = []
    for problem in problems:
        page.goto(f"{base_url}problems/{problem.slug}/")
        page.wait_for_selector("#editor .cm-line", state="attached")
        # scrollers.js marks boxes on the next frame, and again once KaTeX's fonts are in
        page.evaluate("document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))")
        found[problem.slug] = page.evaluate(CUT)
        wide += page.eval_on_selector_all(".math.block.scrolls", "boxes => boxes.map((b) => b.getAttribute('aria-label'))")
        if phone:  # every pane of the page, one tab at a time
            for tab in ("code", "tests"):
                page.click(f"#tab-{tab}")
                found[f"{problem.slug} ({tab})"] = page.evaluate(CUT)
    assert {page: cut for page, cut in found.items() if cut} == {}
    assert wide and set(wide) == {"Equation, scrolls sideways"}, "layer-norm's equations are wider than its pane"


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 720}, DESKTOP], ids=["1280x720", "1366x768"])
def test_editor_keeps_twelve_lines_and_the_page_never_scrolls(new_context, base_url, viewport):
    page = new_context(viewport=viewport).new_page()
    page.goto(f"{base_url}problems/{SLUG}/")
    wait_until_ready(page)
    run_script(page)
    run_tests(page)
    page.focus("#tests-card")
    page.focus("#run-tests")
    page.evaluate("document.querySelector('.test:last-child').scrollIntoView()")
    shown = page.evaluate("""() => {
      const line = document.querySelector('#editor .cm-line').getBoundingClientRect().height;
      const box = (sel) => document.querySelector(sel).getBoundingClientRect();
      return {
        lines: (document.querySelector('#editor .cm-scroller').clientHeight
                - parseFloat(getComputedStyle(document.querySelector('#editor .cm-content')).paddingTop)) / line,
        scrolled: [scrollY, document.body.scrollTop, document.querySelector('.work-pane').scrollTop],
        topbar: box('.topbar').top,
        bottoms: ['#tests-card', '#scratch-output', '.editor-card'].map((s) => box(s).bottom <= innerHeight + 0.5),
        overflow: ['#tests-card', '#scratch-output'].map((s) => getComputedStyle(document.querySelector(s)).overflowY),
      };
    }""")
    assert shown["lines"] >= 12, shown
    assert shown["scrolled"] == [0, 0, 0] and shown["topbar"] == 0, shown
    assert all(shown["bottoms"]) and shown["overflow"] == ["auto", "auto"], shown


def test_split_moves_by_keyboard_is_remembered_and_editor_goes_full_screen(context, base_url):
    page = context.new_page()
    page.goto(f"{base_url}problems/{SLUG}/")
    width = lambda: page.eval_on_selector(".statement-pane", "pane => pane.getBoundingClientRect().width")
    before = width()
    page.focus("#split-handle")
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    assert page.get_attribute("#split-handle", "aria-valuenow") == "54"
    assert width() > before + 60
    page.reload()
    assert page.get_attribute("#split-handle", "aria-valuenow") == "54", "remembered"
    box = page.locator("#split-handle").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(400, box["y"] + 10)
    page.mouse.up()
    assert int(page.get_attribute("#split-handle", "aria-valuenow")) < 35
    page.click("#full-editor")
    assert page.get_attribute("#full-editor", "aria-pressed") == "true"
    assert not page.is_visible(".statement-pane")
    assert page.eval_on_selector(".editor-card", "card => card.getBoundingClientRect().width") > 1100
    page.click("#full-editor")
    assert page.is_visible(".statement-pane")


def test_keyboard_enters_the_editor_with_e_and_leaves_it_with_escape(context, base_url):
    page = context.new_page()
    page.goto(f"{base_url}problems/{SLUG}/")
    page.wait_for_selector("#editor .cm-line")
    page.focus("#next-hint")
    page.keyboard.press("e")
    assert page.evaluate("document.activeElement.classList.contains('cm-content')")
    page.keyboard.type("x")
    assert page.evaluate(EDITOR_TEXT).startswith("x"), "typed into the editor, not swallowed"
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.id") == "run-tests"


def test_phone_has_problem_code_and_tests_tabs_and_touch_help(new_context, base_url):
    page = new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    page.goto(f"{base_url}problems/{SLUG}/")
    page.wait_for_selector("#editor .cm-line", state="attached")
    assert page.is_visible("#tab-problem[aria-selected=true]") and page.is_visible(".statement")
    assert not page.is_visible("#editor")
    page.mouse.wheel(0, 600)  # the statement scrolls as a page (only wide screens pin the layout)
    page.wait_for_function("scrollY > 0")
    page.tap("#tab-code")
    editor = page.locator("#editor").bounding_box()
    assert editor["y"] < 300 and editor["height"] >= 284, "the code is one tap away, at the top"
    assert page.is_visible("#run-tests") and not page.is_visible(".statement")
    help_text = page.inner_text("#editor-help")
    assert "Ctrl" not in help_text and "Run tests" in help_text
    page.tap("#tab-tests")
    assert page.is_visible("#test-list") and not page.is_visible("#editor")
    assert page.get_attribute("#tests-card", "role") == "tabpanel"
    page.focus("#tab-tests")
    page.keyboard.press("ArrowLeft")
    assert page.evaluate("document.activeElement.id") == "tab-code" and page.is_visible("#editor")
