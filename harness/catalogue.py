"""The catalogue as a curriculum: prerequisites checked across folders, problems ordered by track.

``requires`` names other folders, so it can only be checked against the catalogue a problem
lives in (its parent folder): an unknown slug or a cycle is the problem's own one-line
:class:`ProblemError`, as for any other field. The order within a track follows ``requires``
(a prerequisite in the same track always comes first), then difficulty, then title, so an author
orders a track by saying what must be done first, and nothing else needs to be kept in sync.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from pathlib import Path

from .problem import DIFFICULTIES, STATEMENT_FILE, Problem, ProblemError, find_problems
from .statement import StatementError, parse_statement
from .tracks import Track, course_for


@dataclass(frozen=True)
class TrackPlan:
    track: Track
    problems: tuple[Problem, ...]


def requires_graph(root: Path) -> dict[str, tuple[str, ...]]:
    """Each problem folder under ``root`` with the slugs its front matter requires.

    Read from the front matter alone, so one broken folder does not hide the others' edges
    (the broken folder reports its own error).
    """
    graph = {}
    for folder in find_problems(root):
        try:
            front, _ = parse_statement((folder / STATEMENT_FILE).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, StatementError):
            front = {}
        requires = front.get("requires") if isinstance(front, dict) else None
        graph[folder.name] = tuple(r for r in requires if isinstance(r, str)) if isinstance(requires, list) else ()
    return graph


def check_requires(problem: Problem, graph: dict[str, tuple[str, ...]] | None = None) -> None:
    """Raise :class:`ProblemError` if ``problem`` requires an unknown problem or sits on a cycle."""
    graph = dict(graph if graph is not None else requires_graph(problem.path.parent))
    graph[problem.slug] = problem.meta.requires
    file = problem.path / STATEMENT_FILE
    for slug in problem.meta.requires:
        if slug not in graph:
            raise ProblemError(file, "requires", f"unknown problem {slug!r} (no folder {problem.path.parent / slug})")
    cycle = _cycle_through(problem.slug, graph)
    if cycle:
        raise ProblemError(file, "requires", "cycle: " + " -> ".join(cycle))


def plan(problems: list[Problem], tracks: tuple[Track, ...] | None = None) -> list[TrackPlan]:
    """The tracks in curriculum order, each with its problems in learning order; empty tracks left out.

    ``tracks``: the course's (default: the course.toml of the problems' folder, harness/tracks.py)."""
    if tracks is None:
        tracks = course_for(problems[0].path.parent).tracks if problems else ()
    plans = []
    for track in tracks:
        members = [p for p in problems if p.meta.track == track.slug]
        if members:
            plans.append(TrackPlan(track, tuple(_learning_order(members))))
    return plans


def sequence(plans: list[TrackPlan]) -> list[Problem]:
    """Every problem in the order a learner following the tracks meets them."""
    return [problem for p in plans for problem in p.problems]


def _learning_order(members: list[Problem]) -> list[Problem]:
    """Topological order of ``requires`` within the track; ties by difficulty, then title."""
    by_slug = {p.slug: p for p in members}
    waiting = {p.slug: {r for r in p.meta.requires if r in by_slug} for p in members}
    key = lambda p: (DIFFICULTIES.index(p.meta.difficulty), p.meta.title.lower(), p.slug)  # noqa: E731
    ready = [(key(by_slug[s]), s) for s, needs in waiting.items() if not needs]
    heapq.heapify(ready)
    ordered = []
    while ready:
        _, slug = heapq.heappop(ready)
        ordered.append(by_slug[slug])
        for other, needs in waiting.items():
            if slug in needs:
                needs.discard(slug)
                if not needs:
                    heapq.heappush(ready, (key(by_slug[other]), other))
    # A cycle (refused by check_requires) would leave members out; keep them, last.
    return ordered + sorted((p for p in members if p not in ordered), key=key)


def _cycle_through(start: str, graph: dict[str, tuple[str, ...]]) -> list[str] | None:
    """A path start -> ... -> start along ``requires``, if there is one."""
    stack = [(start, [start])]
    seen = set()
    while stack:
        slug, path = stack.pop()
        for nxt in graph.get(slug, ()):
            if nxt == start:
                return path + [start]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, path + [nxt]))
    return None
