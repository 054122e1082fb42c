"""Every problem folder through the harness model, plus the hidden-test titles the page lists.

Titles come from ``harness check``'s own collection against the reference solution, so the
page lists exactly the tests the browser runs, in run order, and a folder that fails here
fails with the same one-line :class:`ProblemError` as ``harness check``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from harness.catalogue import check_requires, requires_graph
from harness.check import titles
from harness.problem import Problem, find_problems, load_problem

from . import BuildError
from .profiles import profile_for, warm


@dataclass(frozen=True)
class Entry:
    problem: Problem
    tests: tuple[dict, ...]
    profile: dict | None = None  # how each mutant fails (harness.diagnose): names the likely mistake


def load_entry(folder: Path, titles: Callable[[Problem], list[dict]] = titles) -> Entry:
    """One folder through the harness model, with the titles of its tests and its mutants' profile."""
    problem = load_problem(folder)
    tests = tuple({"id": t["id"], "title": t["title"]} for t in titles(problem))
    return Entry(problem, tests, profile_for(problem) if problem.mutants else None)


def load_catalog(root: Path, load: Callable[[Path], Entry] = load_entry) -> list[Entry]:
    """All problems under ``root``; the first malformed folder raises :class:`ProblemError`.

    ``load`` reads one folder (default :func:`load_entry`); the live preview passes a cached
    one, so a rebuild after one folder changed re-reads just that folder.
    """
    if not root.is_dir():
        raise BuildError(f"{root}: problems folder not found")
    entries = []
    graph = requires_graph(root)
    folders = find_problems(root)
    if load is load_entry:  # a whole build; the live preview's rebuilds read one changed folder
        warm(folders)
    for folder in folders:
        entry = load(folder)
        check_requires(entry.problem, graph)
        entries.append(entry)
    if not entries:
        raise BuildError(f"{root}: no problem folders found")
    return entries
