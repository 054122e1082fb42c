"""Accessibility and themes: axe-core (pinned in package.json) finds nothing on the index and
three problem pages, in the light and dark themes and on a phone; the dark theme follows the
system and the toggle's choice is remembered."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT, SLUG
from pagekit import run_tests, set_code, wait_until_ready

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ["", f"problems/{SLUG}/", "problems/layer-norm/", "problems/scaled-dot-product-attention/"]
MODES = {
    "light": {"color_scheme": "light"},
    "dark": {"color_scheme": "dark"},
    "phone": {"color_scheme": "dark", "viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}
RUN_AXE = """async () => {
  const { violations } = await axe.run(document, { resultTypes: ["violations"] });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ") + " " + (n.failureSummary || "").split("\\n").slice(1, 2).join("")).join(" | ")}`);
}"""


def axe(page) -> list[str]:
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    page.wait_for_timeout(50)  # scrollers.js marks wide boxes on the next frame
    return page.evaluate(RUN_AXE)


@pytest.fixture(scope="module", autouse=True)
def pinned():
    version = json.loads((ROOT / "package.json").read_text())["dependencies"]["axe-core"]
    installed = json.loads((AXE.parent / "package.json").read_text())["version"]
    assert installed == version, f"node_modules has axe-core {installed}, package.json pins {version}: run npm ci"


@pytest.mark.parametrize("mode", MODES)
def test_axe_finds_nothing(new_context, base_url, mode):
    context = new_context(**MODES[mode])
    context.route("**/assets/worker.js*", lambda route: route.abort())  # a static check: no Python needed
    page = context.new_page()
    found = {}
    for path in PAGES:
        page.goto(base_url + path)
        page.wait_for_load_state()
        found[path or "index"] = axe(page)
        if mode == "phone" and path:
            for tab in ("code", "tests"):
                page.click(f"#tab-{tab}")
                found[f"{path} ({tab})"] = axe(page)
    assert not any(found.values()), "\n".join(f"{path}: {v}" for path, violations in found.items() for v in violations)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_in_results_and_revealed_parts(new_context, base_url, problem, scheme):
    page = new_context(color_scheme=scheme).new_page()
    page.goto(f"{base_url}problems/{SLUG}/")
    wait_until_ready(page)
    set_code(page, next(m for m in problem.mutants if m.name == "forgot_onehot").source)
    page.click("#run-scratch")
    run_tests(page)
    page.click("#next-hint")
    page.click("#show-solution")
    page.click("#confirm-ok")
    page.wait_for_selector("#solution-body:not([hidden])")
    assert axe(page) == []


def test_dark_theme_follows_the_system_and_the_toggle_is_remembered(new_context, base_url):
    theme = "document.documentElement.dataset.theme"
    background = "getComputedStyle(document.body).backgroundColor"
    dark = new_context(color_scheme="dark").new_page()
    dark.goto(f"{base_url}problems/{SLUG}/")
    dark.wait_for_selector("#editor .cm-line")
    assert dark.evaluate(theme) == "dark" and dark.get_attribute("#theme-toggle", "aria-pressed") == "true"
    assert dark.evaluate(background) == "rgb(14, 18, 24)"
    gutter = dark.eval_on_selector("#editor .cm-gutters", "g => getComputedStyle(g).backgroundColor")
    assert gutter == "rgb(19, 24, 32)", "the editor follows"
    assert dark.eval_on_selector(".katex", "k => getComputedStyle(k).color") == "rgb(229, 233, 240)", "and the math"
    dark.click("#theme-toggle")
    assert dark.evaluate(theme) == "light" and dark.evaluate(background) == "rgb(246, 247, 249)"
    dark.click(".crumbs a")  # the top bar is swapped in with each page: the toggle still says light
    dark.wait_for_selector(".index-page .problem-card")
    assert dark.get_attribute("#theme-toggle", "aria-pressed") == "false"
    dark.reload()
    assert dark.evaluate(theme) == "light", "remembered over the system's dark"

    light = new_context(color_scheme="light").new_page()
    light.goto(base_url)
    assert light.evaluate(theme) == "light"
    light.click("#theme-toggle")
    light.goto(f"{base_url}problems/{SLUG}/")
    assert light.evaluate(theme) == "dark" and light.evaluate(background) == "rgb(14, 18, 24)"
