"""Split a ``problem.md`` into front matter, the visible statement, hints and explanation.

The page shows the statement at once, the hints one at a time, and the explanation only with
the solution, so the split happens here, once, on plain Markdown ``##`` headings that authors
write naturally.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

REQUIRED_SECTIONS = ("Background", "Task", "Inputs and outputs", "Examples", "Constraints", "Hints", "Explanation")
GOING_FURTHER = "Going further"
HIDDEN_SECTIONS = ("Hints", "Explanation", GOING_FURTHER)

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
_H2 = re.compile(r"^## +(.+?)[ \t]*#*[ \t]*$", re.M)
_H3 = re.compile(r"^### +(.+?)[ \t]*#*[ \t]*$", re.M)
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)


# libyaml's parser when installed: most of a folder's load time is the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str):
    """``yaml.safe_load`` with the fastest safe loader available."""
    return yaml.load(text, Loader=_YAML_LOADER)


class StatementError(Exception):
    """A defect in an author's file: ``field`` names where (for the one-line error), or None."""

    def __init__(self, field: str | None, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Hint:
    title: str
    body: str


@dataclass(frozen=True)
class Statement:
    body: str
    hints: tuple[Hint, ...]
    explanation: str
    sections: tuple[str, ...]
    going_further: str = ""


def parse_statement(text: str) -> tuple[dict, Statement]:
    """Return the front matter mapping and the parsed statement."""
    match = _FRONT.match(text.replace("\r\n", "\n"))
    if not match:
        raise StatementError("front matter", "must start with a '---' YAML block (title, difficulty, tags, minutes)")
    try:
        front = load_yaml(match.group(1))
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" on line {line + 2}" if line is not None else ""
        raise StatementError("front matter", f"invalid YAML{where}") from None
    if not isinstance(front, dict):
        raise StatementError("front matter", "must be a mapping of field: value")
    sections = _sections(text[match.end():])
    names = [name for name, _ in sections]
    for required in REQUIRED_SECTIONS:
        if required not in names:
            raise StatementError(f"## {required}", "required section is missing")
    content = dict(sections)
    hints = _hints(content["Hints"])
    body = "\n\n".join(f"## {name}\n\n{part}" for name, part in sections if name not in HIDDEN_SECTIONS)
    return front, Statement(body, hints, content["Explanation"], tuple(names), content.get(GOING_FURTHER, ""))


def _sections(markdown: str) -> list[tuple[str, str]]:
    heads = [m for m in _H2.finditer(_blank_fences(markdown))]
    if not heads:
        return []
    out = []
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(markdown)
        out.append((head.group(1).strip(), markdown[head.end():end].strip()))
    return out


def _hints(markdown: str) -> tuple[Hint, ...]:
    heads = list(_H3.finditer(_blank_fences(markdown)))
    if not heads:
        raise StatementError("## Hints", "write each hint under its own '### ' heading")
    hints = []
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(markdown)
        body = markdown[head.end():end].strip()
        if not body:
            raise StatementError("## Hints", f"hint '{head.group(1)}' is empty")
        hints.append(Hint(head.group(1).strip(), body))
    return tuple(hints)


def _blank_fences(markdown: str) -> str:
    """Headings inside code fences are code, not sections; blank them keeping offsets."""
    return _FENCE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), markdown)
