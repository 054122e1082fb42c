"""Turn exceptions into messages a learner can act on.

A raw pytest traceback points into numpy, pytest and our runner; the learner can only change
their own code, so we keep their frames (with the line numbers their editor shows) and say in
one sentence what happened.
"""
from __future__ import annotations

import linecache
import traceback

LEARNER_FILE = "solution.py"
MAX_MESSAGE = 4_000
# What learner code can import: the browser's Python has these and nothing else.
AVAILABLE = "numpy and the Python standard library"


def register_source(source: str, filename: str = LEARNER_FILE) -> None:
    """Let tracebacks quote the learner's lines although they never touch the disk."""
    lines = source.splitlines(keepends=True)
    linecache.cache[filename] = (len(source), None, lines, filename)


def syntax_error(exc: SyntaxError) -> str:
    if exc.lineno is None:
        return f"Your code cannot be compiled: {exc.msg}."
    line = (exc.text or "").rstrip("\n")
    where = f"line {exc.lineno}" + (f", column {exc.offset}" if exc.offset else "")
    text = f"Your code has a syntax error on {where}: {exc.msg}"
    if line.strip():
        caret = " " * max((exc.offset or 1) - 1, 0) + "^"
        text += f"\n    {line}\n    {caret}"
    return text + "\nNo test could run. Fix this line and run the tests again."


def learner_traceback(exc: BaseException) -> list[str]:
    """The frames of ``exc``'s traceback that are in the learner's file, formatted."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == LEARNER_FILE]
    out = []
    for frame in frames:
        out.append(f'  File "{LEARNER_FILE}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            out.append(f"    {frame.line.strip()}")
    return out


def raised_in_learner_code(exc: BaseException) -> bool:
    """True when the innermost frame of ``exc`` is the learner's: their own ``assert`` or
    ``raise``, not a test's check inside a callback their code called (a fake model's assert)."""
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_filename == LEARNER_FILE


def learner_line(exc: BaseException) -> int | None:
    """The line of the learner's file where ``exc`` was raised (the innermost of their frames)."""
    if isinstance(exc, SyntaxError) and exc.filename == LEARNER_FILE:
        return exc.lineno
    line, tb = None, exc.__traceback__
    while tb is not None:  # walked, not extracted: a RecursionError has a thousand frames
        if tb.tb_frame.f_code.co_filename == LEARNER_FILE:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def exception_summary(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    missing = unavailable_module(exc)
    if missing:
        text += f"\n{missing!r} is not available here: this exercise has {AVAILABLE}, nothing else."
    return clip(text)


def unavailable_module(exc: BaseException) -> str | None:
    """The top-level package an ``import`` could not find (``torch`` for ``torch.nn``), or None."""
    if isinstance(exc, ModuleNotFoundError) and exc.name:
        return exc.name.split(".")[0]
    return None


def raised_by_learner(exc: BaseException, *, while_loading: bool = False) -> str:
    """Message for an exception raised by (or through) the learner's code."""
    frames = learner_traceback(exc)
    if isinstance(exc, NotImplementedError) and frames:
        name = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == LEARNER_FILE][-1].name
        return f"Not implemented yet: {name}() still raises NotImplementedError."
    when = "while your code was loading" if while_loading else "in your code"
    if frames:
        head = f"{exception_summary(exc)}\nRaised {when}:\n" + "\n".join(frames)
    elif while_loading:
        head = f"{exception_summary(exc)}\nRaised {when}."
    else:
        head = (
            f"{exception_summary(exc)}\nRaised by the test while checking your result "
            "(is the type or shape of what your function returns right?)"
        )
    return clip(head)


def clip(text: str, limit: int = MAX_MESSAGE) -> str:
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n... message cut ({len(text) - limit:,} more characters)"
