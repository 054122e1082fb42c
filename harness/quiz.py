"""``quiz.yaml``: the optional questions that check the idea behind a problem's code.

The file is a list of 1-5 questions, each with 2-6 options, exactly one of them correct, and an
explanation per option (a learner who picks a wrong option learns why it is wrong)::

    - question: Why subtract the row maximum before `np.exp`?
      options:
        - text: It keeps every exponent at most 0, so nothing overflows.
          correct: true
          explanation: softmax(z - m) = softmax(z), and exp of a non-positive number is at most 1.
        - text: It makes the probabilities sum to 1.
          explanation: Dividing by the sum does that; the shift changes nothing mathematically.

Text is Markdown with ``$math$``. Errors are :class:`QuizError` with the field path an author
needs, e.g. ``question 2: options: exactly one option must be correct (found 0)``.
"""
from __future__ import annotations

from dataclasses import dataclass

import yaml

from .statement import StatementError, load_yaml

QUIZ_FILE = "quiz.yaml"
MAX_QUESTIONS = 5
OPTIONS_RANGE = (2, 6)


class QuizError(StatementError):
    """A defect in ``quiz.yaml``: ``field`` is its path (``question 2: options``), or None."""


@dataclass(frozen=True)
class Option:
    text: str
    explanation: str
    correct: bool


@dataclass(frozen=True)
class Question:
    text: str
    options: tuple[Option, ...]

    @property
    def answer(self) -> int:
        """Index of the correct option."""
        return next(i for i, option in enumerate(self.options) if option.correct)


def parse_quiz(text: str) -> tuple[Question, ...]:
    """Parse and validate a ``quiz.yaml``; raise :class:`QuizError` on the first defect."""
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise QuizError(None, "invalid YAML" + (f" on line {line + 1}" if line is not None else "")) from None
    if not isinstance(data, list) or not 1 <= len(data) <= MAX_QUESTIONS:
        raise QuizError(None, f"must be a list of 1 to {MAX_QUESTIONS} questions")
    return tuple(_question(item, f"question {n}") for n, item in enumerate(data, 1))


def _question(item, where: str) -> Question:
    _mapping(item, where, required=("question", "options"), allowed=("question", "options"))
    text = _text(item["question"], f"{where}: question")
    options = item["options"]
    low, high = OPTIONS_RANGE
    if not isinstance(options, list) or not low <= len(options) <= high:
        raise QuizError(f"{where}: options", f"must be a list of {low} to {high} options")
    parsed = tuple(_option(option, f"{where}: option {n}") for n, option in enumerate(options, 1))
    correct = sum(option.correct for option in parsed)
    if correct != 1:
        raise QuizError(f"{where}: options", f"exactly one option must have 'correct: true' (found {correct})")
    return Question(text, parsed)


def _option(item, where: str) -> Option:
    _mapping(item, where, required=("text", "explanation"), allowed=("text", "explanation", "correct"))
    correct = item.get("correct", False)
    if not isinstance(correct, bool):
        raise QuizError(f"{where}: correct", f"must be true or false (got {correct!r})")
    return Option(_text(item["text"], f"{where}: text"), _text(item["explanation"], f"{where}: explanation"), correct)


def _mapping(item, where: str, *, required: tuple[str, ...], allowed: tuple[str, ...]) -> None:
    if not isinstance(item, dict):
        raise QuizError(where, f"must be a mapping with {', '.join(required)}")
    for key in required:
        if key not in item:
            raise QuizError(f"{where}: {key}", "required field is missing")
    unknown = sorted(str(k) for k in set(item) - set(allowed))
    if unknown:
        raise QuizError(f"{where}: {unknown[0]}", f"unknown field (allowed: {', '.join(allowed)})")


def _text(value, where: str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise QuizError(where, "must be non-empty text")
    return value.strip()
