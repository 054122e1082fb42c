"""The lesson around the editor, in Chromium: the quiz, mark complete, the index by track, and
the links that lead through the tracks in learning order."""
from __future__ import annotations

import pytest

from conftest import GOING_FURTHER, HOSTILE_SLUG, OTHER_TRACK_SLUG, SLUG
from harness.catalogue import sequence
from harness.tracks import TRACK_SLUGS
from pagekit import open_problem

QUESTION = "[data-question] >> nth={}"


@pytest.fixture
def page(context, base_url):
    """The problem page without waiting for Python: nothing here runs code."""
    errors: list[str] = []
    yield open_problem(context, base_url, SLUG, errors, ready=False)
    assert not errors, errors


def answer(page, question: int, option: int) -> None:
    """By keyboard, as a screen-reader user would: focus the radio group, arrow to the option, check."""
    group = page.locator(QUESTION.format(question))
    group.locator("input[type=radio]").first.focus()
    page.keyboard.press("Space")
    for _ in range(option):
        page.keyboard.press("ArrowDown")
    group.locator("[data-check]").focus()
    page.keyboard.press("Enter")


def follow(page, selector: str) -> None:
    """Click a link and wait for the page it leads to: swapped in place (navigate.js first
    replaces the current history entry, which Playwright counts as a navigation too, so wait
    for the address itself to change) or loaded in full."""
    before = page.url
    page.click(selector)
    page.wait_for_function("before => location.href !== before", arg=before)
    page.wait_for_load_state()


def test_quiz_grades_at_once_explains_and_keeps_answers_across_a_reload(page):
    first, second = page.locator(QUESTION.format(0)), page.locator(QUESTION.format(1))
    assert [first.get_attribute("data-state"), second.get_attribute("data-state")] == ["unanswered"] * 2
    answer(page, 0, 1)
    assert first.get_attribute("data-state") == "wrong"
    assert first.locator(".verdict").inner_text() == "Not quite."
    assert "gradient of the summed loss" in first.locator(".feedback").inner_text()
    assert first.locator(".feedback").get_attribute("aria-live") == "polite"
    answer(page, 1, 1)
    assert second.get_attribute("data-state") == "right"
    assert "nothing overflows" not in second.locator(".feedback").inner_text()
    assert "softmax(z - m) = softmax(z)" in second.locator(".feedback").inner_text()
    assert page.inner_text("[data-quiz-score]") == "Score: 1/2"
    page.reload()
    page.wait_for_selector("[data-question][data-state=right]")
    assert [first.get_attribute("data-state"), second.get_attribute("data-state")] == ["wrong", "right"]
    assert first.locator("input[value='1']").is_checked()
    assert page.inner_text("[data-quiz-score]") == "Score: 1/2"
    answer(page, 0, 0)
    assert first.get_attribute("data-state") == "right"
    assert page.inner_text("[data-quiz-score]") == "Score: 2/2"


def test_mark_complete_on_the_page_and_on_the_index(page, base_url, served_plan):
    button = page.locator("#mark-complete")
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    assert page.inner_text("#learner-status .status-text") == "Marked done"
    page.goto(base_url + "index.html")
    card = page.locator(f'.problem-card[data-slug="{SLUG}"]')
    assert card.locator(".status-text").inner_text() == "Marked done"
    losses = len(served_plan[0].problems)
    assert page.inner_text('.track[data-track="losses"] [data-track-progress]') == f"0 of {losses} solved · 1 marked complete"
    total = page.locator(".problem-card").count()
    assert page.inner_text("#progress") == f"Overall: 0 of {total} solved · 1 marked complete."
    page.goto(f"{base_url}problems/{SLUG}/index.html")
    page.click("#mark-complete")
    assert page.get_attribute("#mark-complete", "aria-pressed") == "false"
    assert page.inner_text("#learner-status .status-text") == "Not started"
    page.goto(base_url + "index.html")
    assert card.locator(".status-text").inner_text() == "Not started"


def test_index_groups_tracks_in_order_and_links_lead_through_them(page, base_url, served_plan):
    page.goto(base_url + "index.html")
    tracks = page.eval_on_selector_all(".track", "nodes => nodes.map((n) => [n.dataset.track, n.querySelector('h2').textContent])")
    assert tracks == [[p.track.slug, p.track.title] for p in served_plan]
    served = {t for t, _ in tracks}
    assert [t for t, _ in tracks] == [t for t in TRACK_SLUGS if t in served], "the tracks, in the curriculum's order"
    order = page.eval_on_selector_all(".problem-card", "cards => cards.map((c) => c.dataset.slug)")
    assert order == [problem.slug for problem in sequence(served_plan)]
    assert order[0] == HOSTILE_SLUG and order.index(HOSTILE_SLUG) < order.index(SLUG), "the prerequisite first"
    assert order.index(OTHER_TRACK_SLUG) > order.index(SLUG), "then by track"
    follow(page, f'.problem-card[data-slug="{HOSTILE_SLUG}"] a')
    visited = [HOSTILE_SLUG]
    while page.locator("a[rel=next]").count():
        follow(page, "a[rel=next]")
        visited.append(page.url.split("/problems/")[1].split("/")[0])
    assert visited == order
    page.goto(f"{base_url}problems/{SLUG}/index.html")  # the last of the losses track
    assert page.locator("a[rel=next]").inner_text().startswith("Next track: Activations")
    follow(page, "a[rel=next]")
    assert page.locator("a[rel=prev]").inner_text().startswith("Previous (Losses)")
    follow(page, "a[rel=prev]")
    assert page.url.endswith(f"/problems/{SLUG}/")
    assert page.inner_text(".prerequisites") == "Do first: Double"
    follow(page, f'.prerequisites a[data-requires="{HOSTILE_SLUG}"]')
    assert page.url.endswith(f"/problems/{HOSTILE_SLUG}/")


def test_going_further_comes_with_the_solution_after_the_explanation(page):
    assert GOING_FURTHER not in page.content()
    page.click("#show-solution")
    page.click("#confirm-ok")
    page.wait_for_selector("#solution-body:not([hidden])")
    headings = page.eval_on_selector_all("#solution-body h3", "nodes => nodes.map((n) => n.textContent)")
    assert headings[headings.index("Why it works") + 1] == "Going further"
    assert GOING_FURTHER in page.inner_text("#solution-body .going-further")
