"""The judged labels of ``bench/diagnose.py`` still describe the catalogue: every entry names a
machine mutant that exists, with the line that was read, and a hand mutant that exists. A changed
solution moves its mutants, and a label read from the old line would then score the wrong code."""
from __future__ import annotations

import json
from collections import defaultdict

from harness.mutate import mutants
from harness.problem import load_problem

from conftest import ROOT

LABELS = ROOT / "bench" / "mistake_labels.jsonl"


def test_every_label_names_a_current_machine_mutant_and_a_hand_mutant():
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_problem = defaultdict(list)
    for row in rows:
        by_problem[row["slug"]].append(row)
    assert len({(r["slug"], r["id"]) for r in rows}) == len(rows), "a machine mutant is judged twice"
    assert sum(r["mistake"] is not None for r in rows) >= 100, "too few judged mistakes to measure anything"
    stale = []
    for slug, judged in by_problem.items():
        problem = load_problem(ROOT / "problems" / slug)
        lines = {m.id: m.source.splitlines()[m.line - 1].strip() for m in mutants(problem.solution)}
        hands = {hand.name for hand in problem.mutants}
        stale += [f"{slug} {r['id']}" for r in judged
                  if lines.get(r["id"]) != r["line"] or (r["mistake"] is not None and r["mistake"] not in hands)]
    assert not stale, f"stale labels (judge them again: bench/diagnose.py --todo FILE): {stale[:10]}"
