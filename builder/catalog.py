"""Every problem folder through the harness model, plus the hidden-test titles the page lists.

Titles come from ``harness check``'s own collection against the reference solution, so the
page lists exactly the tests the browser runs, in run order, and a folder that fails here
fails with the same one-line :class:`ProblemError` as ``harness check``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from harness.catalogue import check_requires, requires_graph
from harness.check import titles
from harness.problem import Problem, find_problems, load_problem

from . import BuildError


@dataclass(frozen=True)
class Entry:
    problem: Problem
    tests: tuple[dict, ...]


def load_catalog(root: Path) -> list[Entry]:
    """All problems under ``root``; the first malformed folder raises :class:`ProblemError`."""
    if not root.is_dir():
        raise BuildError(f"{root}: problems folder not found")
    entries = []
    graph = requires_graph(root)
    for folder in find_problems(root):
        problem = load_problem(folder)
        check_requires(problem, graph)
        entries.append(Entry(problem, tuple({"id": t["id"], "title": t["title"]} for t in titles(problem))))
    if not entries:
        raise BuildError(f"{root}: no problem folders found")
    return entries
