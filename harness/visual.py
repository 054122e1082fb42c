"""A problem's picture of its idea, drawn from the learner's code beside the reference's.

An optional ``visual.py`` in a problem folder defines ``visual(solution)``: it calls the problem's
functions (``solution.softmax``, ...) on inputs of its choosing and returns what to draw, one of

    {"kind": "lines", "title", "x": [...], "xlabel", "ylabel", "series": {name: [...]}}
    {"kind": "path", "title", "xlabel", "ylabel", "series": {name: {"x": [...], "y": [...]}},
     "contours": [[[x, y], ...], ...]}          (an optimizer's path over a loss's level sets)
    {"kind": "points", "title", "points": {"x", "y", "group"}, "marks": {"x", "y"}}
    {"kind": "heatmaps", "title", "panels": [{"title", "z": [[...]]}, ...]}

(numbers may be numpy arrays; :func:`normalize` makes them JSON, nan and infinities as None).
The build draws it from the reference and ships that picture; after a run the page's worker
calls :func:`draw` on the learner's code, with the grader's protections (the time limit,
namespaces restored, process enders refused, output swallowed), and the page shows both.
Anything the learner's code does wrong there is a message, never a crash.
"""
from __future__ import annotations

import math
import types

import numpy as np

from . import guard, messages
from .deadline import Deadline, TestTimeout

VISUAL_FILE = "visual.py"
KINDS = ("lines", "path", "points", "heatmaps")
MAX_NUMBERS = 20_000


class VisualError(Exception):
    """The author's ``visual.py`` is malformed; ``str()`` is the one line to show."""


def draw(source: str, visual_source: str, time_limit: float = 10.0) -> dict:
    """``{"status": "ok", "data"}`` drawn from ``source``, or ``{"status": "error"|"timeout", "message"}``."""
    snapshot = guard.Snapshot()
    with guard.block_process_enders(), guard.capture_output():
        try:
            with Deadline(time_limit):
                module = _module(source, messages.LEARNER_FILE, "solution")
                data = _visual(visual_source)(module)
            return {"status": "ok", "data": normalize(data)}
        except (TestTimeout, KeyboardInterrupt):
            return {"status": "timeout", "message": f"Your code took longer than {time_limit:g} s to draw this picture."}
        except VisualError as exc:
            return {"status": "error", "message": str(exc)}
        except BaseException as exc:  # noqa: BLE001 - the learner's code raised: say so, draw nothing
            return {"status": "error", "message": messages.raised_by_learner(exc)}
        finally:
            snapshot.restore()


def reference(solution: str, visual_source: str) -> dict:
    """The reference's picture, for the build; :class:`VisualError` if it cannot be drawn."""
    result = draw(solution, visual_source)
    if result["status"] != "ok":
        raise VisualError(f"the reference solution cannot draw it: {result['message'].splitlines()[0]}")
    return result["data"]


def _module(source: str, filename: str, name: str) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__file__ = filename
    exec(compile(source, filename, "exec", dont_inherit=True), module.__dict__)
    return module


def _visual(visual_source: str):
    try:
        module = _module(visual_source, VISUAL_FILE, "visual")
    except SyntaxError as exc:
        raise VisualError(f"{VISUAL_FILE}: syntax error on line {exc.lineno}: {exc.msg}") from None
    function = getattr(module, "visual", None)
    if not callable(function):
        raise VisualError(f"{VISUAL_FILE}: defines no visual(solution) function")
    return function


def normalize(data) -> dict:
    """The picture as JSON-ready data, checked for its kind and size."""
    if not isinstance(data, dict) or data.get("kind") not in KINDS:
        raise VisualError(f"{VISUAL_FILE}: visual() must return a dict whose 'kind' is one of {', '.join(KINDS)}")
    count = [0]
    plain = _plain(data, count)
    if count[0] > MAX_NUMBERS:
        raise VisualError(f"{VISUAL_FILE}: {count[0]:,} numbers to draw; at most {MAX_NUMBERS:,}")
    return plain


def _plain(value, count):
    if isinstance(value, dict):
        return {str(k): _plain(v, count) for k, v in value.items()}
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return [_plain(v, count) for v in value]
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        count[0] += 1
        return int(value)
    if isinstance(value, (float, np.floating)):
        count[0] += 1
        return float(value) if math.isfinite(value) else None
    if value is None or isinstance(value, str):
        return value
    raise VisualError(f"{VISUAL_FILE}: cannot draw a value of type {type(value).__name__}")
