"""The judged labels of ``bench/diagnose.py`` still describe the catalogue: every entry names a
machine mutant that exists, with the line that was read, and a hand mutant that exists. A changed
solution moves its mutants, and a label read from the old line would then score the wrong code."""
from __future__ import annotations

from bench.diagnose import LABELS, judged, labels
from harness.mutate import mutants
from harness.problem import load_problem

from conftest import ROOT


def test_every_label_names_a_current_machine_mutant_and_a_hand_mutant():
    rows = labels()
    lines = [line for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) == len(rows), "a machine mutant is judged twice"
    assert sum(row["mistake"] is not None for row in rows.values()) >= 100, "too few judged mistakes to measure anything"
    current = set()
    for slug in {slug for slug, _ in rows}:
        problem = load_problem(ROOT / "problems" / slug)
        current |= {(slug, m.id) for m in mutants(problem.solution) if judged(problem, m) is not None}
    stale = sorted(set(rows) - current)
    assert not stale, f"stale labels (judge them again: bench/diagnose.py --todo FILE): {stale[:10]}"
