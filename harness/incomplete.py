"""What a new problem still lacks, in the order an author fills it in.

``harness new`` leaves ``TODO`` wherever only the author can write the text; ``check`` lists every
place still marked, front matter first, then the statement's sections in reading order, then the
code from stub to mutants, so a new author reads it as a to-do list rather than a first error.
"""
from __future__ import annotations

import re
from pathlib import Path

from .problem import ALTERNATIVES_DIR, MUTANTS_DIR, SOLUTION_FILE, STATEMENT_FILE, STUB_FILE, TESTS_FILE
from .quiz import QUIZ_FILE

MARK = "TODO"
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
_H2 = re.compile(r"^## +(.+?)[ \t]*$", re.M)
CODE = (
    (STUB_FILE, "the starter code: signatures, docstrings, the __main__ example"),
    (SOLUTION_FILE, "the reference solution"),
    (TESTS_FILE, "the hidden tests: a title (docstring) and assertions for each"),
)


def to_fill(folder: Path) -> list[str]:
    """Each place in ``folder`` still marked ``TODO``, as ``file: what``, in filling order."""
    steps = []
    statement = _text(folder / STATEMENT_FILE)
    front = _FRONT.match(statement)
    if front:
        fields = [line.split(":", 1)[0].strip() for line in front.group(1).splitlines() if MARK in line]
        if fields:
            steps.append(f"{STATEMENT_FILE}: front matter {', '.join(fields)}")
        statement = statement[front.end():]
    heads = list(_H2.finditer(statement))
    sections = [
        head.group(1) for i, head in enumerate(heads)
        if MARK in statement[head.end():heads[i + 1].start() if i + 1 < len(heads) else len(statement)]
    ]
    if sections:
        steps.append(f"{STATEMENT_FILE}: " + ", ".join(f"## {name}" for name in sections))
    steps += [f"{name}: {what}" for name, what in CODE if MARK in _text(folder / name)]
    for sub, what in ((MUTANTS_DIR, "a known-wrong solution and the one-line docstring naming its mistake"),
                      (ALTERNATIVES_DIR, "a known-right other formulation and its docstring")):
        steps += [f"{sub}/{f.name}: {what}" for f in sorted((folder / sub).glob("*.py")) if MARK in _text(f)]
    if MARK in _text(folder / QUIZ_FILE):
        steps.append(f"{QUIZ_FILE}: the questions, options and explanations")
    return steps


def _text(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
