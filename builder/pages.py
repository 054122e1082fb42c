"""Render the catalog into the site: HTML pages, hidden-test files and solution files.

The page source carries the statement, hints and stub only. The hidden tests and the
solution (with explanation and common mistakes) are separate files the browser fetches when
it needs them, so "view source" never gives the answer away.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from harness import visual
from harness.catalogue import plan, sequence
from harness.problem import STATEMENT_FILE, ProblemError
from harness.quiz import QUIZ_FILE
from harness.tracks import course_for
from harness.runtime import ARCHIVE_NAME, LOCK_NAME, STDLIB_NAME

from .catalog import Entry
from .markdown import Markdown, MathError
from .paths import SITE

TEMPLATES = SITE / "templates"
DIFFICULTIES = ("easy", "medium", "hard")


SEARCH_FILE = "search.json"
WORD = re.compile(r"[a-z][a-z0-9]+(?:[-_][a-z0-9]+)*")
# Words too common to tell problems apart; a query word must still match some other word.
STOP_WORDS = frozenset(
    "the and for with that this are its each from into their not but any all has have was one two "
    "then than when where which while what your you can may must also only both same such every "
    "shape float array arrays return returns given use used using".split()
)


def statement_words(markdown: str) -> str:
    """The distinct words of a statement, space-separated, in order of first use."""
    text = re.sub(r"\\[a-zA-Z]+", " ", markdown.lower())  # TeX commands (\frac, \sum) are not words
    words = dict.fromkeys(w for w in WORD.findall(text) if len(w) > 2 and w not in STOP_WORDS)
    return " ".join(words)


def dom_ids(test_ids, prefix: str = "case-") -> dict[str, str]:
    """A valid, stable HTML id for each pytest test id: ``test_same_shape[1-D, 5 scores]`` ->
    ``case-same-shape-1-d-5-scores``; the same test always gets the same id, and two that
    would clash get a short hash of their own test id."""
    def plain(test_id: str) -> str:
        return prefix + re.sub(r"[^a-z0-9]+", "-", test_id.lower().removeprefix("test_")).strip("-")

    test_ids = list(test_ids)
    counts: dict[str, int] = {}
    for test_id in test_ids:
        counts[plain(test_id)] = counts.get(plain(test_id), 0) + 1
    return {
        test_id: plain(test_id) if counts[plain(test_id)] == 1
        else f"{plain(test_id)}-{hashlib.sha256(test_id.encode()).hexdigest()[:6]}"
        for test_id in test_ids
    }


class Pages:
    def __init__(self, out: Path, markdown: Markdown, packages: dict[str, str], snapshot: list[tuple[str, str]]):
        self.out = out
        self.markdown = markdown
        self.packages = packages  # name -> wheel file name, in pyodide/
        self.snapshot = snapshot  # (path, integrity) of each part of the memory snapshot
        self._hashes: dict[str, str] = {}
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(["html"]),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals["asset"] = self.asset
        self.env.globals["tracks"] = {}  # the course's, set by write_all
        self.env.globals["course"] = None

    def asset(self, path: str) -> str:
        """``path`` with a content hash, so browsers never run a stale script after a rebuild.

        Hashed once per build: every page links the same assets, some of them megabytes.
        """
        if path not in self._hashes:
            self._hashes[path] = hashlib.sha256(self._read(path)).hexdigest()[:10]
        return f"{path}?v={self._hashes[path]}"

    def versions(self) -> dict[str, str]:
        """path -> the ``?v=`` hash every page requests it with."""
        return dict(self._hashes)

    def site_config(self, root: str) -> dict:
        """What every page's grading worker needs (boot.js): the same for the whole site."""
        return {
            "worker": root + self.asset("assets/worker.js"),
            "harness": root + self.asset("assets/harness.zip"),
            "runtime": root + "pyodide/",
            "snapshot": [{"url": root + self.asset(path), "integrity": sri} for path, sri in self.snapshot],
            "lockFile": LOCK_NAME,
            "packages": list(self.packages),
            "packageFiles": list(self.packages.values()),
            "packageArchive": root + self.asset("pyodide/" + ARCHIVE_NAME),
            "stdlib": root + self.asset("pyodide/" + STDLIB_NAME),
            "serviceWorker": root + "sw.js",
        }

    def write_all(self, entries: list[Entry]) -> None:
        """Pages in learning order (harness.catalogue), which also gives each page its neighbours."""
        by_slug = {e.problem.slug: e for e in entries}
        course = course_for(entries[0].problem.path.parent)
        self.env.globals["course"] = course
        self.env.globals["tracks"] = {t.slug: t for t in course.tracks}
        plans = plan([e.problem for e in entries], course.tracks)
        ordered = [by_slug[p.slug] for p in sequence(plans)]
        in_track = {p.track.slug: [problem.slug for problem in p.problems] for p in plans}
        for i, entry in enumerate(ordered):
            neighbours = (ordered[i - 1] if i > 0 else None, ordered[i + 1] if i + 1 < len(ordered) else None)
            prerequisites = [by_slug[slug] for slug in entry.problem.meta.requires]
            self._problem(entry, *neighbours, prerequisites, in_track[entry.problem.meta.track])
        tracks = [{"track": p.track, "entries": [by_slug[problem.slug] for problem in p.problems]} for p in plans]
        # The index's search (finder.js) reads titles and tags from the page and the statements'
        # words from this file, fetched when the learner first searches.
        self._write(SEARCH_FILE, json.dumps({e.problem.slug: statement_words(e.problem.statement.body) for e in ordered}, separators=(",", ":")))
        self._write("index.html", self.env.get_template("index.html").render(
            root="", site=self.site_config(""), tracks=tracks, total=len(entries), difficulties=DIFFICULTIES,
        ))

    def _problem(
        self, entry: Entry, previous: Entry | None, following: Entry | None, prerequisites: list[Entry],
        track_slugs: list[str],
    ) -> None:
        problem = entry.problem
        slug = problem.slug
        try:
            statement = self.markdown.render(problem.statement.body)
            hints = [{"title": h.title, "html": self.markdown.render(h.body)} for h in problem.statement.hints]
            solution = {
                "explanation_html": self.markdown.render(problem.statement.explanation),
                "going_further_html": self.markdown.render(problem.statement.going_further) if problem.statement.going_further else "",
                "solution_html": self.markdown.python(problem.solution),
                "mistakes": [m.description for m in problem.mutants],
            }
        except MathError as exc:
            raise ProblemError(problem.path / STATEMENT_FILE, "math", str(exc)) from None
        try:
            quiz = [self._question(q) for q in problem.quiz]
        except MathError as exc:
            raise ProblemError(problem.path / QUIZ_FILE, "math", str(exc)) from None
        self._write(f"tests/{slug}.py", problem.tests)
        self._write(f"solutions/{slug}.json", json.dumps(solution))
        if entry.profile:
            self._write(f"diagnosis/{slug}.json", json.dumps(entry.profile))
        if problem.visual:
            try:
                picture = visual.reference(problem.solution, problem.visual)
            except visual.VisualError as exc:
                raise ProblemError(problem.path / visual.VISUAL_FILE, None, str(exc)) from None
            self._write(f"visuals/{slug}.json", json.dumps({"source": problem.visual, "reference": picture}))
        root = "../../"
        config = {
            "slug": slug,
            "track": problem.meta.track,
            "stub": problem.stub,
            "timeLimit": problem.meta.time_limit,
            "tests": list(entry.tests),
            "testsUrl": root + self.asset(f"tests/{slug}.py"),
            "solutionUrl": root + self.asset(f"solutions/{slug}.json"),
            "diagnosisUrl": root + self.asset(f"diagnosis/{slug}.json") if entry.profile else None,
            "visualUrl": root + self.asset(f"visuals/{slug}.json") if problem.visual else None,
            "chartsUrl": root + self.asset("assets/charts.js"),
            "trackProgress": {"title": self.env.globals["tracks"][problem.meta.track].title, "slugs": track_slugs},
        }
        html = self.env.get_template("problem.html").render(
            root=root, site=self.site_config(root), entry=entry, meta=problem.meta, statement=statement, hints=hints,
            config=config, previous=previous, following=following, prerequisites=prerequisites, quiz=quiz,
            dom_ids=dom_ids(t["id"] for t in entry.tests),
        )
        self._write(f"problems/{slug}/index.html", html)

    def _read(self, path: str) -> bytes:
        """A file of the site, as written so far (the live preview reads what it is about to write)."""
        return (self.out / path).read_bytes()

    def _write(self, path: str, text: str) -> None:
        target = self.out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def _question(self, question) -> dict:
        return {
            "html": self.markdown.render(question.text),
            "answer": question.answer,
            # plain: the option as written, the input's title: an option that is only a formula
            # has no text name for tools that do not read MathML (axe among them).
            "options": [
                {"html": self.markdown.inline(o.text), "plain": o.text.replace("$", ""), "explanation_html": self.markdown.render(o.explanation)}
                for o in question.options
            ],
        }
