"""Browser fixtures: a served build of real problems (one per track) and two tiny ones, and one
headless Chromium per session.

The problem is a copy of ``cross-entropy-grad`` with a 2 s time limit, so the time-out test is
quick, a quiz (``fixtures/quiz.yaml``) and a Going further section. It requires the tiny
``double`` problem, which has a twin in a second track, so the site has a learning order across
tracks; one real problem of each other track (``TRACK_SAMPLES``) completes the curriculum. Every request the pages (and their workers) make is checked to stay on localhost: the
site must work with no CDN and no network.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

import hostile
from copies import copy_problem
from harness.catalogue import plan
from harness.problem import find_problems, load_problem
from pagekit import open_problem
from serving import build_py_serve

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
SLUG = "cross-entropy-grad"
REPORT_REPOSITORY = "https://github.com/example/course"
TIME_LIMIT = 2


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: install it with `apt-get install chromium`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def problem_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("problems")
    copy_problem(ROOT / "problems" / SLUG, root / SLUG)
    statement = root / SLUG / "problem.md"
    text = statement.read_text(encoding="utf-8")
    text = text.replace("\n---\n", f"\ntime_limit: {TIME_LIMIT}\nrequires: [{HOSTILE_SLUG}]\n---\n", 1)
    # Our own Going further (the last section), in place of any the problem has.
    text = text.split("\n## Going further\n")[0].rstrip("\n")
    statement.write_text(f"{text}\n\n## Going further\n\n{GOING_FURTHER}\n", encoding="utf-8")
    shutil.copyfile(FIXTURES / "quiz.yaml", root / SLUG / "quiz.yaml")
    _write_hostile_problem(root / HOSTILE_SLUG, "losses", "Double")
    _write_hostile_problem(root / OTHER_TRACK_SLUG, "activations", "Double again")
    for slug in (*TRACK_SAMPLES.values(), *FEEDBACK_SAMPLES, *EXTRA_SAMPLES):
        copy_problem(ROOT / "problems" / slug, root / slug)
    course = root / "course.toml"  # with a repository: pages get "Report a problem" (test_report.py)
    course.write_text(f'repository = "{REPORT_REPOSITORY}"\n' + course.read_text(encoding="utf-8"), encoding="utf-8")
    return root / SLUG


@pytest.fixture(scope="session")
def served_plan(problem_dir):
    """The served site's tracks with their problems, in the learning order the pages follow."""
    return plan([load_problem(folder) for folder in find_problems(problem_dir.parent)])


# One real catalogue problem of every other track (cross-entropy-grad is the losses one).
TRACK_SAMPLES = {
    "activations": "sigmoid", "layers": "linear-layer", "recurrent": "rnn-cell",
    "attention": "scaled-dot-product-attention", "transformers": "swiglu", "optimizers": "adam",
    "numerics": "logsumexp", "classic-ml": "gradient-check", "metrics": "confusion-matrix",
    "decoding": "top-k-filter", "generative": "vae-reparameterize", "rl": "discounted-returns",
}
# Problems the feedback tests fail on purpose (tests/e2e/test_feedback.py).
FEEDBACK_SAMPLES = ("softmax",)
# Beyond one per track: a page whose display math is wider than its pane (test_layout.py).
EXTRA_SAMPLES = ("layer-norm",)
FIXTURES = Path(__file__).with_name("fixtures")
GOING_FURTHER = "With label smoothing the target is no longer one-hot."
HOSTILE_SLUG = "double"
OTHER_TRACK_SLUG = "double-again"
HOSTILE_SECTIONS = ("Background", "Task", "Inputs and outputs", "Examples", "Constraints", "Explanation")


def _write_hostile_problem(folder: Path, track: str, title: str) -> None:
    """The tiny problem the hostile-submission catalogue (tests/hostile.py) is graded against."""
    folder.mkdir()
    front = f"---\ntitle: {title}\ntrack: {track}\ndifficulty: easy\ntags: [hostile]\nminutes: 1\ntime_limit: {hostile.TIME_LIMIT}\n---\n"
    body = "".join(f"\n## {name}\n\nDouble `x`.\n" for name in HOSTILE_SECTIONS[:-1])
    body += "\n## Hints\n\n### Multiply\n\nBy two.\n\n## Explanation\n\nTwice x.\n"
    (folder / "problem.md").write_text(front + body, encoding="utf-8")
    (folder / "stub.py").write_text(
        'def double(x):\n    raise NotImplementedError\n\n\nif __name__ == "__main__":\n    print(double(2))\n', encoding="utf-8",
    )
    (folder / "solution.py").write_text(hostile.GOOD, encoding="utf-8")
    (folder / "tests.py").write_text(hostile.TESTS, encoding="utf-8")


@pytest.fixture(scope="session")
def problem(problem_dir):
    """The served problem, read through the harness model like the build reads it."""
    return load_problem(problem_dir)


@pytest.fixture(scope="session")
def base_url(chromium_path, problem_dir, tmp_path_factory):
    work = tmp_path_factory.mktemp("site")
    # --no-watch: the pages under test are the built files as a static host serves them.
    with build_py_serve(problem_dir.parent, work / "_site", work / "serve.log", "--no-watch") as url:
        yield url


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_context(browser, base_url):
    """Make fresh browser profiles (empty localStorage) that refuse any non-local request."""
    made = []
    remote: list[str] = []

    def guard(route):
        if urlparse(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            remote.append(route.request.url)
            route.abort()

    def make(**options):
        context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, **options})
        context.route("**/*", guard)
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()
    assert not remote, f"requests left localhost: {remote[:5]}"


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def hostile_page(context, base_url):
    """The page of the tiny problem the hostile-submission catalogue targets."""
    errors: list[str] = []
    yield open_problem(context, base_url, HOSTILE_SLUG, errors)
    assert not errors, errors


@pytest.fixture
def problem_page(context, base_url):
    """The problem page, opened and with Python ready; page errors fail the test."""
    errors: list[str] = []
    yield open_problem(context, base_url, SLUG, errors)
    assert not errors, errors
