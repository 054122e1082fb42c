"""The problem model: one folder under ``problems/`` becomes one :class:`Problem`.

Everything downstream (the checker, the runner, the site builder) reads problems through
:func:`load_problem`, so a folder is parsed and validated in exactly one place and a malformed
folder always fails with the same one-line :class:`ProblemError`.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

from .quiz import QUIZ_FILE, Question, QuizError, parse_quiz
from .statement import Statement, StatementError, parse_statement
from .tracks import CourseError, course_for

STATEMENT_FILE = "problem.md"
STUB_FILE = "stub.py"
SOLUTION_FILE = "solution.py"
TESTS_FILE = "tests.py"
MUTANTS_DIR = "mutants"
ALTERNATIVES_DIR = "alternatives"
VISUAL_FILE = "visual.py"
REQUIRED_FILES = (STATEMENT_FILE, STUB_FILE, SOLUTION_FILE, TESTS_FILE)

DIFFICULTIES = ("easy", "medium", "hard")
DEFAULT_TIME_LIMIT = 10.0
FRONT_FIELDS = ("title", "difficulty", "track", "requires", "tags", "minutes", "time_limit")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAIN_GUARD = 'if __name__ == "__main__":'


class ProblemError(Exception):
    """A problem folder is malformed; ``str()`` is the one line an author sees."""

    def __init__(self, file: Path | str, field_name: str | None, message: str):
        self.file = Path(file)
        self.field = field_name
        self.message = message
        where = f"{self.file}: {field_name}: " if field_name else f"{self.file}: "
        super().__init__(where + message)


@dataclass(frozen=True)
class Meta:
    title: str
    difficulty: str
    track: str
    tags: tuple[str, ...]
    minutes: int
    time_limit: float = DEFAULT_TIME_LIMIT
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mutant:
    name: str
    description: str
    source: str
    hint: int | None = None  # the 1-based hint that addresses this mistake (a ``Hint: N`` docstring line)


@dataclass(frozen=True)
class Problem:
    slug: str
    path: Path
    meta: Meta
    statement: Statement
    stub: str
    solution: str
    tests: str
    mutants: tuple[Mutant, ...] = field(default_factory=tuple)
    quiz: tuple[Question, ...] = field(default_factory=tuple)
    alternatives: tuple[Mutant, ...] = field(default_factory=tuple)
    visual: str | None = None  # visual.py: the picture of the idea (harness/visual.py)

    @property
    def functions(self) -> tuple[str, ...]:
        """The functions a learner must write: whatever the stub defines at top level."""
        return tuple(signatures(self.stub, self.path / STUB_FILE))


def load_problem(path: Path | str) -> Problem:
    """Read and validate one problem folder; raise :class:`ProblemError` on the first defect."""
    path = Path(path)
    if not path.is_dir():
        raise ProblemError(path, None, "not a problem folder (no such directory)")
    for name in REQUIRED_FILES:
        if not (path / name).is_file():
            raise ProblemError(path / name, None, "required file is missing")
    text = {name: _read(path / name) for name in REQUIRED_FILES}
    try:
        front, statement = parse_statement(text[STATEMENT_FILE])
    except StatementError as exc:
        raise ProblemError(path / STATEMENT_FILE, exc.field, exc.message) from None
    meta = _meta(front, path / STATEMENT_FILE, path.name)
    for name in (STUB_FILE, SOLUTION_FILE, TESTS_FILE):
        _parse(text[name], path / name)
    _check_main_block(text[STUB_FILE], path / STUB_FILE)
    problem = Problem(
        slug=path.name,
        path=path,
        meta=meta,
        statement=statement,
        stub=text[STUB_FILE],
        solution=text[SOLUTION_FILE],
        tests=text[TESTS_FILE],
        mutants=tuple(_variants(path / MUTANTS_DIR, text[SOLUTION_FILE], signatures(text[STUB_FILE], path / STUB_FILE), "its mistake")),
        alternatives=tuple(_variants(
            path / ALTERNATIVES_DIR, text[SOLUTION_FILE], signatures(text[STUB_FILE], path / STUB_FILE), "the correct formulation it uses",
        )),
        quiz=_quiz(path / QUIZ_FILE),
        visual=_visual_source(path / VISUAL_FILE),
    )
    _check_signatures(problem)
    for mutant in problem.mutants:
        if mutant.hint is not None and mutant.hint > len(problem.statement.hints):
            raise ProblemError(
                path / MUTANTS_DIR / f"{mutant.name}.py", "Hint",
                f"names hint {mutant.hint}, but problem.md has {len(problem.statement.hints)} hint(s)",
            )
    return problem


def find_problems(root: Path | str) -> list[Path]:
    """Problem folders under ``root``, sorted so every listing has the same order."""
    root = Path(root)
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def signatures(source: str, file: Path) -> dict[str, str]:
    """Top-level public functions of ``source`` mapped to their signature text."""
    tree = _parse(source, file)
    return {
        node.name: ast.unparse(node.args)
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
    }


def _read(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ProblemError(file, None, f"not valid UTF-8 (byte {exc.start})") from None


def _parse(source: str, file: Path) -> ast.Module:
    try:
        return ast.parse(source, filename=str(file))
    except SyntaxError as exc:
        raise ProblemError(file, None, f"syntax error on line {exc.lineno}: {exc.msg}") from None


def _meta(front: dict, file: Path, slug: str) -> Meta:
    def need(name, kind, check=lambda v: True, hint=""):
        if name not in front:
            raise ProblemError(file, name, "required field is missing")
        value = front[name]
        if not isinstance(value, kind) or isinstance(value, bool) or not check(value):
            raise ProblemError(file, name, f"{hint} (got {value!r})")
        return value

    unknown = sorted(set(front) - set(FRONT_FIELDS))
    if unknown:
        raise ProblemError(file, unknown[0], "unknown field (allowed: " + ", ".join(FRONT_FIELDS) + ")")
    title = need("title", str, lambda v: v.strip() != "", "must be a non-empty string")
    difficulty = need("difficulty", str, lambda v: v in DIFFICULTIES, "must be one of " + ", ".join(DIFFICULTIES))
    track = _track(front, file)
    requires = front.get("requires") or []
    if not isinstance(requires, list) or not all(isinstance(r, str) and SLUG.match(r) for r in requires):
        raise ProblemError(file, "requires", f"must be a list of problem slugs, e.g. [softmax] (got {requires!r})")
    if slug in requires:
        raise ProblemError(file, "requires", f"a problem cannot require itself ({slug!r})")
    tags = need(
        "tags", list, lambda v: v and all(isinstance(t, str) and t.strip() for t in v),
        "must be a non-empty list of strings",
    )
    minutes = need("minutes", int, lambda v: v > 0, "must be a positive whole number of minutes")
    time_limit = front.get("time_limit", DEFAULT_TIME_LIMIT)
    if isinstance(time_limit, bool) or not isinstance(time_limit, (int, float)) or not 0 < time_limit <= 120:
        raise ProblemError(file, "time_limit", f"must be seconds per test, between 0 and 120 (got {time_limit!r})")
    return Meta(
        title.strip(), difficulty, track, tuple(t.strip() for t in tags), minutes, float(time_limit),
        tuple(dict.fromkeys(requires)),
    )


def _check_main_block(stub: str, file: Path) -> None:
    """The stub ends with a ``__main__`` block, so a learner's first Run prints something."""
    body = _parse(stub, file).body
    last = body[-1] if body else None
    if not (isinstance(last, ast.If) and ast.unparse(last.test) in ("__name__ == '__main__'", "'__main__' == __name__")):
        raise ProblemError(
            file, "__main__",
            f"end the stub with an `{MAIN_GUARD}` block that calls the function on the first example and prints the result",
        )


def _visual_source(file: Path) -> str | None:
    if not file.exists():
        return None
    source = _read(file)
    tree = _parse(source, file)
    if not any(isinstance(n, ast.FunctionDef) and n.name == "visual" for n in tree.body):
        raise ProblemError(file, None, "define visual(solution): it calls the problem's functions and returns what to draw")
    return source


def _quiz(file: Path) -> tuple[Question, ...]:
    if not file.exists():
        return ()
    try:
        return parse_quiz(_read(file))
    except QuizError as exc:
        raise ProblemError(file, exc.field, exc.message) from None


def _variants(folder: Path, solution: str, wanted: dict[str, str], describing: str) -> list[Mutant]:
    """Known-wrong (``mutants/``) or known-right (``alternatives/``) solutions; one that defines
    only some of the stub's functions borrows the rest from the reference.

    A mutant of a three-function problem usually breaks one function, so it is written as that
    function alone and runs appended to the reference (later definitions win); an alternative
    likewise rewrites one function another correct way.
    """
    if not folder.is_dir():
        return []
    found = []
    for file in sorted(folder.glob("*.py")):
        source = _read(file)
        doc = ast.get_docstring(_parse(source, file))
        if not doc or not doc.strip():
            raise ProblemError(file, "docstring", f"a {folder.name[:-1]} starts with a one-line docstring describing {describing}")
        defined = signatures(source, file)
        if not defined.keys() & wanted.keys():
            raise ProblemError(file, None, "defines none of the stub's functions: " + ", ".join(wanted))
        if not wanted.keys() <= defined.keys():
            source = f"{solution.rstrip()}\n\n\n# {folder.name}/{file.name} overrides:\n{source}"
        found.append(Mutant(file.stem, doc.strip().splitlines()[0], source, _hint_number(doc, file)))
    return found


HINT_LINE = re.compile(r"^Hint:\s*(\S+)\s*$", re.MULTILINE)


def _hint_number(doc: str, file: Path) -> int | None:
    match = HINT_LINE.search(doc)
    if not match:
        return None
    if not match.group(1).isdigit() or int(match.group(1)) < 1:
        raise ProblemError(file, "Hint", f"must be the number of a hint in problem.md, e.g. 'Hint: 2' (got {match.group(1)!r})")
    return int(match.group(1))


def _check_signatures(problem: Problem) -> None:
    stub = signatures(problem.stub, problem.path / STUB_FILE)
    if not stub:
        raise ProblemError(problem.path / STUB_FILE, None, "defines no function for the learner to write")
    reference = signatures(problem.solution, problem.path / SOLUTION_FILE)
    for name, args in stub.items():
        if name not in reference:
            raise ProblemError(problem.path / SOLUTION_FILE, name, "function from the stub is not defined")
        if reference[name] != args:
            raise ProblemError(
                problem.path / SOLUTION_FILE, name,
                f"signature ({reference[name]}) differs from the stub's ({args})",
            )


def _track(front: dict, file: Path) -> str:
    """The problem's track: one of its course's (course.toml); optional in a one-track course
    without course.toml (harness/tracks.py), where any value is ignored."""
    try:
        course = course_for(file.parent.parent)
    except CourseError as exc:
        raise ProblemError(exc.file, exc.field, exc.message) from None
    if not course.declared:
        return course.tracks[0].slug
    if "track" not in front:
        raise ProblemError(file, "track", "required field is missing (one of " + ", ".join(course.slugs) + ")")
    value = front["track"]
    if not isinstance(value, str) or value not in course.slugs:
        raise ProblemError(file, "track", "must be one of " + ", ".join(course.slugs) + f" (got {value!r})")
    return value
