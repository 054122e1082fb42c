"""Tracks, prerequisites, learning order and quizzes: the curriculum layer of the problem model."""
from __future__ import annotations

import pytest

from harness.catalogue import check_requires, plan, requires_graph, sequence
from harness.problem import ProblemError, load_problem
from harness.quiz import QuizError, parse_quiz
from harness.statement import parse_statement
from harness.tracks import TRACK_SLUGS, TRACKS

from conftest import ROOT
from copies import copy_problem

EXAMPLE = ROOT / "problems" / "cross-entropy-grad"


def set_front(folder, **fields):
    statement = folder / "problem.md"
    text = statement.read_text(encoding="utf-8")
    lines = "".join(f"{k}: {v}\n" for k, v in fields.items())
    statement.write_text(text.replace("\ndifficulty:", "\n" + lines + "difficulty:", 1), encoding="utf-8")


@pytest.fixture
def catalogue(tmp_path):
    """Three copies of one problem: a (easy), b (hard), c (medium, requires b)."""
    root = tmp_path / "problems"
    for slug, difficulty in (("a", "easy"), ("b", "hard"), ("c", "medium")):
        copy_problem(EXAMPLE, root / slug)
        statement = root / slug / "problem.md"
        text = statement.read_text(encoding="utf-8").replace("difficulty: medium", f"difficulty: {difficulty}")
        statement.write_text(text, encoding="utf-8")
    set_front(root / "c", requires="[b]")
    return root


def test_learning_order_follows_requires_then_difficulty(catalogue):
    problems = [load_problem(catalogue / s) for s in ("c", "a", "b")]
    plans = plan(problems)
    assert [p.track.slug for p in plans] == ["losses"]
    # c is easier than b but requires it, so b comes first; a (easy, free) leads.
    assert [p.slug for p in sequence(plans)] == ["a", "b", "c"]


def test_cycle_is_one_line_naming_the_path(catalogue):
    set_front(catalogue / "b", requires="[c]")
    with pytest.raises(ProblemError) as info:
        check_requires(load_problem(catalogue / "b"), requires_graph(catalogue))
    assert str(info.value) == f"{catalogue / 'b' / 'problem.md'}: requires: cycle: b -> c -> b"


def test_unknown_prerequisite_is_refused(catalogue):
    set_front(catalogue / "a", requires="[zzz]")
    with pytest.raises(ProblemError, match="requires: unknown problem 'zzz'"):
        check_requires(load_problem(catalogue / "a"))


def test_tracks_are_one_ordered_list():
    assert TRACK_SLUGS == (
        "losses", "activations", "layers", "recurrent", "attention", "transformers", "optimizers", "numerics",
        "classic-ml", "metrics", "decoding", "generative", "rl",
    )
    assert all(t.title and t.blurb for t in TRACKS)


def test_catalogue_has_no_unknown_or_cyclic_requires():
    graph = requires_graph(ROOT / "problems")
    for slug in graph:
        check_requires(load_problem(ROOT / "problems" / slug), graph)


QUIZ = """
- question: Why subtract the maximum, $m$?
  options:
    - text: No overflow in `exp`.
      correct: true
      explanation: Every exponent is at most 0.
    - text: It normalises.
      explanation: The division does that.
"""


def test_quiz_parses_text_options_and_answer():
    (question,) = parse_quiz(QUIZ)
    assert question.text == "Why subtract the maximum, $m$?"
    assert [o.text for o in question.options] == ["No overflow in `exp`.", "It normalises."]
    assert question.answer == 0 and question.options[1].explanation == "The division does that."


@pytest.mark.parametrize("text, field, message", [
    ("[]", None, "must be a list of 1 to 5 questions"),
    ("- question: Q\n  options: [{text: a, correct: true, explanation: e}]", "question 1: options", "2 to 6 options"),
    ("- question: Q\n  options: [{text: a, explanation: e}, {text: b, explanation: f}]", "question 1: options", "(found 0)"),
    ("- question: Q\n  options: [{text: a, correct: yes please, explanation: e}, {text: b, explanation: f}]",
     "question 1: option 1: correct", "true or false"),
    ("- question: ''\n  options: []", "question 1: question", "non-empty text"),
    ("- {question: Q, options: [], hint: h}", "question 1: hint", "unknown field"),
    ("- question: [unclosed", None, "invalid YAML"),
])
def test_quiz_errors_name_the_field(text, field, message):
    with pytest.raises(QuizError) as info:
        parse_quiz(text)
    assert info.value.field == field and message in info.value.message


def test_going_further_is_kept_out_of_the_statement_body():
    text = (EXAMPLE / "problem.md").read_text(encoding="utf-8") + "\n## Going further\n\nLabel smoothing.\n"
    _, statement = parse_statement(text)
    assert statement.going_further == "Label smoothing."
    assert "Label smoothing" not in statement.body
