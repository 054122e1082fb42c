"""The index for a catalogue of 100+ problems: search as you type (titles, tags and the
statements' words), filters for track, difficulty and status kept in the URL, "Continue: <the
last problem opened>", per-track progress bars and a compact list."""
from __future__ import annotations

import re

from conftest import HOSTILE_SLUG, SLUG
from harness.problem import find_problems, load_problem

VISIBLE = "() => [...document.querySelectorAll('.problem-card')].filter((c) => !c.hidden).map((c) => c.dataset.slug)"


def statement_only_word(problem_dir) -> str:
    """A word of the served problem's statement that no title, tag or other statement has."""
    problems = [load_problem(folder) for folder in find_problems(problem_dir.parent)]
    words = lambda text: set(re.findall(r"[a-z]{6,}", re.sub(r"\\[a-zA-Z]+", " ", text.lower())))
    ours = next(p for p in problems if p.slug == SLUG)
    # Matching is by substring: the word may be inside no other problem's text at all.
    elsewhere = " ".join(p.statement.body.lower() for p in problems if p is not ours)
    elsewhere += " ".join(f"{p.meta.title} {' '.join(p.meta.tags)}".lower() for p in problems)
    return sorted(w for w in words(ours.statement.body) if w not in elsewhere)[0]


def test_search_answers_as_you_type_from_titles_tags_and_statements(context, base_url, problem, problem_dir):
    page = context.new_page()
    page.goto(base_url)
    page.wait_for_selector("#filters:not([hidden])")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "search"
    page.keyboard.type("doub")  # a title, as typed
    assert set(page.evaluate(VISIBLE)) == {HOSTILE_SLUG, "double-again"}
    assert page.inner_text("#filter-count").startswith("Showing 2 of ")
    page.fill("#search", problem.meta.tags[-1])  # a tag
    assert SLUG in page.evaluate(VISIBLE)
    word = statement_only_word(problem_dir)
    page.fill("#search", word)  # a word only its statement has: search.json, fetched on focus
    page.wait_for_function(f"() => ({VISIBLE})().join() === {SLUG!r}")
    assert page.url.endswith(f"/?q={word}")
    page.fill("#search", "no such problem anywhere")
    assert page.evaluate(VISIBLE) == [] and page.is_visible("#empty")


def test_filters_live_in_the_url_and_come_back_with_it(context, base_url, served_plan):
    page = context.new_page()
    page.goto(base_url)
    page.evaluate(f"localStorage.setItem('gradlab:v1:status:{HOSTILE_SLUG}', 'solved')")
    page.reload()
    page.select_option("#filter-track", "losses")
    losses = [p.slug for p in served_plan[0].problems]
    assert page.evaluate(VISIBLE) == losses
    assert all(page.is_hidden(f'.track[data-track="{t.track.slug}"]') for t in served_plan[1:])
    page.select_option("#filter-status", "solved")
    assert page.evaluate(VISIBLE) == [HOSTILE_SLUG]
    nav = "slug => { const li = document.querySelector(`[data-track-nav='${slug}']`); return li.hidden ? null : li.querySelector('[data-track-count]').textContent; }"
    assert page.evaluate(f"({nav})('losses')") == f"(1 of {len(losses)})", "the track list counts what the filters show"
    assert page.evaluate(f"({nav})({served_plan[1].track.slug!r})") is None, "a track with nothing shown leaves the list"
    assert page.url == f"{base_url}?track=losses&status=solved"
    page.reload()
    assert page.input_value("#filter-track") == "losses" and page.input_value("#filter-status") == "solved"
    assert page.evaluate(VISIBLE) == [HOSTILE_SLUG]
    page.select_option("#filter-status", "not-started")
    assert HOSTILE_SLUG not in page.evaluate(VISIBLE) and SLUG in page.evaluate(VISIBLE)
    width = page.eval_on_selector('.track[data-track="losses"] .track-bar-fill', "bar => bar.style.width")
    assert abs(float(width.rstrip("%")) - 100 / len(losses)) < 1e-3, "the track's bar shows its one solved problem"
    # Into a problem and back: the list comes back filtered.
    page.click(f'.problem-card[data-slug="{SLUG}"] a')
    page.wait_for_selector(f"#problem-title")
    page.go_back()
    page.wait_for_selector(f'.index-page .problem-card[data-slug="{SLUG}"]')
    assert page.input_value("#filter-status") == "not-started" and HOSTILE_SLUG not in page.evaluate(VISIBLE)


def test_continue_with_the_last_problem_and_a_compact_list(context, base_url, problem):
    page = context.new_page()
    page.goto(base_url)
    assert page.is_hidden("#continue"), "nothing opened yet"
    page.click(f'.problem-card[data-slug="{SLUG}"] a')
    page.wait_for_selector(f"#problem-title:text-is('{problem.meta.title}')")
    page.click(".crumbs a")
    page.wait_for_selector(".index-page .problem-card")
    assert " ".join(page.text_content("#continue").split()) == f"Continue: {problem.meta.title}"
    tall = page.eval_on_selector(f'.problem-card[data-slug="{SLUG}"]', "card => card.getBoundingClientRect().height")
    page.click("#compact-view")
    assert page.get_attribute("#compact-view", "aria-pressed") == "true" and page.url.endswith("?view=compact")
    short = page.eval_on_selector(f'.problem-card[data-slug="{SLUG}"]', "card => card.getBoundingClientRect().height")
    assert short < 56 < tall, (short, tall)
    page.click("#continue a")
    page.wait_for_selector(f"#problem-title:text-is('{problem.meta.title}')")
    page.go_back()
    page.wait_for_selector(".index-page .problem-card")
    assert page.get_attribute("#compact-view", "aria-pressed") == "true", "the view is kept in the URL too"
