"""One real problem of every track, opened from the index as a learner does, graded in the
browser: its reference solution passes every hidden test there too."""
from __future__ import annotations

from conftest import HOSTILE_SLUG, OTHER_TRACK_SLUG
from harness.problem import load_problem
from harness.tracks import TRACK_SLUGS
from pagekit import run_tests, set_code, wait_until_ready

TINY = {HOSTILE_SLUG, OTHER_TRACK_SLUG}


def test_one_problem_of_each_track_passes_with_its_reference(context, base_url, served_plan):
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base_url + "index.html")
    graded = []
    for track in served_plan:
        problem = next(p for p in track.problems if p.slug not in TINY)
        page.click(f'.problem-card[data-slug="{problem.slug}"] a')
        page.wait_for_function(
            "slug => { const c = document.getElementById('problem-config'); return c && JSON.parse(c.textContent).slug === slug; }",
            arg=problem.slug,
        )
        wait_until_ready(page)
        reference = load_problem(problem.path)
        set_code(page, reference.solution)
        summary = run_tests(page)
        assert summary.startswith("All "), f"{track.track.slug}: {problem.slug}: {summary}"
        graded.append(track.track.slug)
        page.click(".crumbs a")
        page.wait_for_selector(".index-page .problem-card")
    assert graded == [p.track.slug for p in served_plan] == list(TRACK_SLUGS)
    assert page.evaluate("gradlab.grader.spawns") == 1, "every page graded in the visit's one worker"
    assert not errors, errors
