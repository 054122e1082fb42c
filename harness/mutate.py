"""``harness mutate``: machine-made mutants that show which small changes to the reference no test notices.

Hand-written mutants cover the mistakes an author thought of; mutation operators cover the ones
they did not. Each operator rewrites one spot of ``solution.py`` the way learners slip (a wrong
axis, a dropped ``keepdims``, ``sum`` for ``mean``, an unshifted ``exp``, an in-place edit, an
off-by-one), the hidden tests run against every such mutant, and a mutant every test passes is a
*survivor*: either the tests miss that mistake, or the change makes no difference (an
*equivalent* mutant), which the author waives in ``mutants/equivalent.txt`` with a reason::

    swap-args@14:11  np.maximum is symmetric: swapping its arguments changes nothing

The score is killed / (mutants - waived). Mutants are spliced into the reference's own text (only
the mutated expression changes), so each survivor reads as a one-line unified diff.
"""
from __future__ import annotations

import ast
import difflib
from dataclasses import dataclass
from typing import Callable, Iterator

from .problem import MUTANTS_DIR, SOLUTION_FILE, Problem, ProblemError

WAIVERS_FILE = "equivalent.txt"
# The lowest score `check --mutate` accepts: what the catalogue reaches (every problem 100%, with
# its equivalent mutants waived), so any new survivor is either a test to write or a waiver to justify.
THRESHOLD = 1.00

SWAPS = {
    "sum": "mean", "mean": "sum", "nansum": "nanmean", "nanmean": "nansum",
    "max": "min", "min": "max", "amax": "amin", "amin": "amax",
    "argmax": "argmin", "argmin": "argmax", "maximum": "minimum", "minimum": "maximum",
}
SWAP_OPERATOR = {name: ("sum-mean" if "sum" in name or "mean" in name else "max-min") for name in SWAPS}
# Swapping the arguments of these changes nothing: no mutant worth grading.
SYMMETRIC = {"min", "max", "maximum", "minimum", "fmax", "fmin", "add", "multiply", "hypot", "logaddexp",
             "allclose", "isclose", "array_equal", "logical_and", "logical_or"}
COMPARISONS = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt}
ARITHMETIC = {ast.Add: (ast.Sub, "plus-minus"), ast.Sub: (ast.Add, "plus-minus"),
              ast.Mult: (ast.Div, "mul-div"), ast.Div: (ast.Mult, "mul-div")}


@dataclass(frozen=True)
class MachineMutant:
    id: str
    operator: str
    line: int
    source: str
    diff: str

    @property
    def mutated_line(self) -> str:
        """The changed line as it reads in the mutant, stripped: what a person judging it reads."""
        return self.source.splitlines()[self.line - 1].strip()


@dataclass(frozen=True)
class Outcome:
    mutant: MachineMutant
    status: str  # the run's status: "passed" means the mutant survived


@dataclass(frozen=True)
class Score:
    slug: str
    total: int
    killed: int
    waived: tuple[str, ...]
    survivors: tuple[MachineMutant, ...]

    @property
    def value(self) -> float:
        counted = self.total - len(self.waived)
        return self.killed / counted if counted else 1.0

    def line(self) -> str:
        waived = f", {len(self.waived)} waived as equivalent" if self.waived else ""
        return (f"{self.slug}: mutation score {self.value:.0%} ({self.killed}/{self.total - len(self.waived)} killed"
                f"{waived}, {len(self.survivors)} survived)")

    def as_json(self) -> dict:
        return {"slug": self.slug, "score": round(self.value, 4), "mutants": self.total, "killed": self.killed,
                "waived": list(self.waived), "survivors": [m.id for m in self.survivors]}


# ---------- operators ----------


def _keyword_edits(node: ast.AST, shifts: set[str], inputs: set[str]) -> Iterator[tuple[str, str]]:
    if not isinstance(node, ast.Call):
        return
    for kw in node.keywords:
        if kw.arg == "axis":
            value = _int_value(kw.value)
            if value is not None:
                yield "axis-swap", _unparse_call(node, replace=(kw, ast.keyword("axis", ast.Constant(0 if value != 0 else -1))))
            yield "drop-axis", _unparse_call(node, drop=kw)
        if kw.arg == "keepdims" and isinstance(kw.value, ast.Constant) and kw.value.value is True:
            yield "drop-keepdims", _unparse_call(node, drop=kw)
    if len(node.args) >= 2 and not any(isinstance(a, ast.Starred) for a in node.args[:2]) and _name(node.func) not in SYMMETRIC:
        if ast.dump(node.args[0]) != ast.dump(node.args[1]):
            args = [node.args[1], node.args[0], *node.args[2:]]
            yield "swap-args", ast.unparse(ast.Call(node.func, args, node.keywords))
    if _is_np_call(node, "log") and len(node.args) == 1:
        clipped = ast.parse(f"np.clip({ast.unparse(node.args[0])}, 1e-12, 1)", mode="eval").body
        yield "log-clip", ast.unparse(ast.Call(node.func, [clipped], node.keywords))


def _name_swaps(node: ast.AST, shifts: set[str], inputs: set[str]) -> Iterator[tuple[str, str]]:
    if isinstance(node, ast.Attribute) and node.attr in SWAPS:
        yield SWAP_OPERATOR[node.attr], ast.unparse(ast.Attribute(node.value, SWAPS[node.attr], node.ctx))
    elif isinstance(node, ast.Name) and node.id in ("max", "min") and isinstance(node.ctx, ast.Load):
        yield "max-min", SWAPS[node.id]


def _operator_flips(node: ast.AST, shifts: set[str], inputs: set[str]) -> Iterator[tuple[str, str]]:
    if isinstance(node, ast.BinOp) and type(node.op) in ARITHMETIC:
        op, name = ARITHMETIC[type(node.op)]
        yield name, ast.unparse(ast.BinOp(node.left, op(), node.right))
        if isinstance(node.op, ast.Sub) and (_is_max_call(node.right) or getattr(node.right, "id", None) in shifts):
            yield "drop-max-shift", ast.unparse(node.left)
    elif isinstance(node, ast.AugAssign) and type(node.op) in ARITHMETIC:
        op, name = ARITHMETIC[type(node.op)]
        yield name, ast.unparse(ast.AugAssign(node.target, op(), node.value))
    elif isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in COMPARISONS:
        yield "compare-flip", ast.unparse(ast.Compare(node.left, [COMPARISONS[type(node.ops[0])]()], node.comparators))


def _constants(node: ast.AST, shifts: set[str], inputs: set[str]) -> Iterator[tuple[str, str]]:
    value = _int_value(node)
    if value is not None:
        yield "int-plus-one", str(value + 1)
        yield "int-minus-one", str(value - 1)


def _copies(node: ast.AST, shifts: set[str], inputs: set[str]) -> Iterator[tuple[str, str]]:
    """``np.array(x)`` -> ``np.asarray(x)``, ``x.copy()`` -> ``x``: the copy that kept the input safe, gone."""
    if isinstance(node, ast.Call) and _is_np_call(node, "array") and node.args:
        yield "drop-copy", ast.unparse(ast.Call(ast.Attribute(node.func.value, "asarray", ast.Load()), node.args, node.keywords))
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "copy" and not node.args:
        yield "drop-copy", ast.unparse(node.func.value)


def _in_place(node: ast.AST, shifts: set[str], inputs: set[str]) -> Iterator[tuple[str, str]]:
    """``x = x - m`` -> ``x -= m`` where ``x`` is (or may still be) the caller's array.

    On a fresh local array the in-place form changes nothing, so only names that hold an
    argument (a parameter, or ``np.asarray`` of one) are mutated.
    """
    if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id in inputs
            and isinstance(node.value, ast.BinOp) and isinstance(node.value.left, ast.Name)
            and node.value.left.id == node.targets[0].id and type(node.value.op) in ARITHMETIC):
        yield "in-place", ast.unparse(ast.AugAssign(node.targets[0], node.value.op, node.value.right))


# Each operator: (node, names holding a max shift, names that may hold a caller's array)
# -> (operator name, replacement text) for that node.
OPERATORS: tuple[Callable[[ast.AST, set[str], set[str]], Iterator[tuple[str, str]]], ...] = (
    _keyword_edits, _name_swaps, _operator_flips, _constants, _in_place, _copies,
)
OPERATOR_NAMES = (
    "axis-swap", "drop-axis", "drop-keepdims", "swap-args", "log-clip", "sum-mean", "max-min",
    "plus-minus", "mul-div", "drop-max-shift", "compare-flip", "int-plus-one", "int-minus-one", "in-place", "drop-copy",
)


def mutants(solution: str, filename: str = SOLUTION_FILE) -> list[MachineMutant]:
    """Every machine-made mutant of ``solution``, in source order; ids are ``operator@line:col``."""
    tree = ast.parse(solution)
    lines = solution.splitlines(keepends=True)
    shifts = {
        n.targets[0].id for n in ast.walk(tree)
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) and _is_max_call(n.value)
    }
    # Integers that are an axis (axis-swap covers them) or the operand of a minus sign (the
    # signed number is mutated whole) get no off-by-one of their own.
    inner = {id(kw.value) for n in ast.walk(tree) if isinstance(n, ast.Call) for kw in n.keywords if kw.arg == "axis"}
    inner |= {id(n.operand) for n in ast.walk(tree) if isinstance(n, ast.UnaryOp)}
    inner |= {id(n.value.operand) for n in ast.walk(tree) if isinstance(n, ast.keyword) and isinstance(n.value, ast.UnaryOp)
              and n.arg == "axis"}
    inputs = _input_names(tree)
    found: dict[str, MachineMutant] = {}
    for node in _mutable_nodes(tree):
        if id(node) in inner:
            continue
        for operator in OPERATORS:
            for name, text in operator(node, shifts, inputs):
                mutated = _splice(lines, node, text)
                if mutated == solution:
                    continue
                mutant_id = f"{name}@{node.lineno}:{node.col_offset + 1}"
                diff = "".join(difflib.unified_diff(
                    solution.splitlines(keepends=True), mutated.splitlines(keepends=True),
                    f"reference/{filename}", f"{mutant_id}/{filename}", n=1,
                ))
                found.setdefault(mutant_id, MachineMutant(mutant_id, name, node.lineno, mutated, diff))
    return sorted(found.values(), key=lambda m: (m.line, m.id))


def mutation_score(problem: Problem, grade: Callable[[str, str, float], dict]) -> Score:
    """Grade every machine-made mutant of ``problem`` in this process and score the tests."""
    found = mutants(problem.solution)
    statuses = [grade(m.source, problem.tests, problem.meta.time_limit, first_failure=True)["status"] for m in found]
    return score(problem, [Outcome(m, status) for m, status in zip(found, statuses)])


def waivers(problem: Problem) -> dict[str, str]:
    """``mutants/equivalent.txt``: mutant id -> the reason it changes nothing."""
    file = problem.path / MUTANTS_DIR / WAIVERS_FILE
    if not file.is_file():
        return {}
    waived = {}
    for number, raw in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip() if raw.lstrip().startswith("#") else raw.strip()
        if not line:
            continue
        parts = line.split(None, 1)
        if len(parts) < 2:
            raise ProblemError(file, f"line {number}", f"write the mutant id, then why it is equivalent (got {line!r})")
        waived[parts[0]] = parts[1].strip()
    return waived


def score(problem: Problem, outcomes: list[Outcome]) -> Score:
    """The score of ``problem`` from its mutants' outcomes; a waiver naming no mutant is an error."""
    waived = waivers(problem)
    ids = {o.mutant.id for o in outcomes}
    stale = sorted(set(waived) - ids)
    if stale:
        raise ProblemError(
            problem.path / MUTANTS_DIR / WAIVERS_FILE, stale[0],
            "no such mutant (the reference changed? run `python -m harness mutate` to list the current ids)",
        )
    survivors = tuple(o.mutant for o in outcomes if o.status == "passed" and o.mutant.id not in waived)
    killed = sum(o.status != "passed" and o.mutant.id not in waived for o in outcomes)
    return Score(problem.slug, len(outcomes), killed, tuple(sorted(set(waived) & ids)), survivors)


def _mutable_nodes(tree: ast.Module) -> Iterator[ast.AST]:
    """Nodes inside function bodies, skipping docstrings and default values of parameters."""
    for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        body = function.body[1:] if ast.get_docstring(function) else function.body
        for statement in body:
            yield from (n for n in ast.walk(statement) if hasattr(n, "end_col_offset"))


def _input_names(tree: ast.Module) -> set[str]:
    """Parameters, and names assigned a parameter or ``np.asarray``/``asanyarray`` of one (the same array)."""
    names = set()
    for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        params = {a.arg for a in function.args.args + function.args.kwonlyargs + function.args.posonlyargs}
        names |= params
        for n in ast.walk(function):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                value = n.value
                if isinstance(value, ast.Call) and _name(value.func) in ("asarray", "asanyarray") and value.args:
                    value = value.args[0]
                if isinstance(value, ast.Name) and value.id in params:
                    names.add(n.targets[0].id)
    return names


def _name(func: ast.AST) -> str | None:
    """The called name: ``f`` for ``f(...)``, ``np.f(...)`` or ``x.f(...)``."""
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _splice(lines: list[str], node: ast.AST, text: str) -> str:
    start = _offset(lines, node.lineno, node.col_offset)
    end = _offset(lines, node.end_lineno, node.end_col_offset)
    source = "".join(lines)
    return source[:start] + text + source[end:]


def _offset(lines: list[str], lineno: int, col: int) -> int:
    """String index of a (line, UTF-8 byte column) position, as ast reports positions."""
    before = sum(len(line) for line in lines[: lineno - 1])
    return before + len(lines[lineno - 1].encode("utf-8")[:col].decode("utf-8"))


def _int_value(node: ast.AST) -> int | None:
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant) \
            and type(node.operand.value) is int:
        return -node.operand.value
    return None


def _is_np_call(node: ast.Call, name: str) -> bool:
    func = node.func
    return isinstance(func, ast.Attribute) and func.attr == name and isinstance(func.value, ast.Name) \
        and func.value.id in ("np", "numpy")


def _is_max_call(node: ast.AST) -> bool:
    """``x.max(...)``, ``np.max(x, ...)`` or ``np.amax``: the shift of a stable softmax."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("max", "amax")


def _unparse_call(call: ast.Call, *, drop: ast.keyword | None = None, replace: tuple | None = None) -> str:
    keywords = []
    for kw in call.keywords:
        if kw is drop:
            continue
        keywords.append(replace[1] if replace and kw is replace[0] else kw)
    return ast.unparse(ast.Call(call.func, call.args, keywords))

