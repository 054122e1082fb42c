"""Record the learner's calls during a test, so a failure can show the input that produced it.

Every hidden test calls the learner's functions; the runner wraps each one (``runner.py``) and
tells this module about every call: its arguments, copied *before* the call (learner code may
change them in place), and what it returned or raised. ``testkit`` reports each value it checks.
When a test fails, :func:`case` picks the call whose returned value the failing check looked at
(by identity: the object itself, or an element of a returned tuple), else the call that raised,
else the last call, and describes it: the call as code, each argument, what came back, what was
expected, and a *replay*: Python source that rebuilds the arguments exactly and makes the call
again, which the page's **Debug this case** runs with the learner's current code.

This works for every problem without touching its tests, and it never changes a verdict: all of
it runs after the learner's function has returned, and any failure in here only drops the case.
"""
from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

import numpy as np

_asarray = np.asarray
_ndarray = np.ndarray
_generic = np.generic
_Generator = np.random.Generator
_array2string = np.array2string
_errstate = np.errstate
_isfinite = np.isfinite

MAX_CALLS = 64            # calls kept per test (a numerical-gradient loop makes hundreds)
SHOW_VALUES = 24          # arrays up to this size are shown entry by entry
LITERAL_SIZE = 2_000      # arrays up to this size replay as a readable literal; larger ones as bytes
MAX_REPLAY = 400_000      # characters of replay source, beyond which a case is shown but not replayable
FINGERPRINT_SAMPLES = 12
PLOT_SIZE = 4_096         # entries a chart draws at most


@dataclass
class Call:
    function: str
    params: tuple[str, ...]
    args: tuple
    kwargs: dict
    returned: object = None
    raised: BaseException | None = None
    done: bool = False


@dataclass
class _Test:
    calls: deque = field(default_factory=lambda: deque(maxlen=MAX_CALLS))
    checked: list = field(default_factory=list)  # (got, expected or None), newest last


class _State:
    """One mutable holder, so restoring this module's namespace never loses the test in progress."""

    test: _Test | None = None


_state = _State()


def start() -> None:
    """A test begins: forget the previous test's calls."""
    _state.test = _Test()


def stop() -> None:
    _state.test = None


def before_call(function: str, params: tuple[str, ...], args: tuple, kwargs: dict) -> Call | None:
    """Keep a copy of the arguments as they are before the learner's code runs."""
    test = _state.test
    if test is None:
        return None
    try:
        call = Call(function, params, tuple(_copy(a) for a in args), {k: _copy(v) for k, v in kwargs.items()})
    except Exception:  # noqa: BLE001 - an argument we cannot copy: record nothing rather than fail
        return None
    test.calls.append(call)
    return call


def after_call(call: Call | None, returned=None, raised: BaseException | None = None) -> None:
    if call is not None:
        call.returned, call.raised, call.done = returned, raised, True


def checked(got, expected=None, tolerance: tuple[float, float] | None = None) -> None:
    """``testkit`` looked at ``got`` (and compared it with ``expected`` within ``(rtol, atol)``)."""
    test = _state.test
    if test is None or len(test.checked) >= 256:
        return
    if expected is None and test.checked and test.checked[-1][0] is got:
        return  # assert_close's own as_array: keep the comparison, which knows the expected value
    test.checked.append((got, expected, tolerance))


def case(error: BaseException | None = None) -> dict | None:
    """The failing call of the test that just ended, described; None when it made no call."""
    test = _state.test
    if test is None or not test.calls:
        return None
    try:
        call, expected = _failing_call(test, error)
        return _describe_call(call, expected)
    except Exception:  # noqa: BLE001 - describing must never turn into a verdict
        return None


def _failing_call(test: _Test, error: BaseException | None) -> tuple[Call, object]:
    calls = [c for c in test.calls if c.done]
    raised = [c for c in calls if c.raised is not None and c.raised is error]
    if raised:
        return raised[-1], None
    for got, expected, tolerance in reversed(test.checked):
        for call in reversed(calls):
            if call.raised is None and _produced(call.returned, got):
                return call, (got, expected, tolerance)
    return (calls or list(test.calls))[-1], None


def _produced(returned, got) -> bool:
    if returned is got:
        return True
    if isinstance(returned, (tuple, list)) and len(returned) <= 16:
        return any(item is got for item in returned)
    if isinstance(returned, dict) and len(returned) <= 64:
        return any(item is got for item in returned.values())
    return False


def _copy(value):
    if isinstance(value, _ndarray):
        return value.copy()
    if isinstance(value, _Generator):
        clone = _Generator(type(value.bit_generator)())
        clone.bit_generator.state = value.bit_generator.state
        return clone
    if isinstance(value, list):
        return [_copy(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_copy(v) for v in value)
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    return value


# ---------- describing ----------


def _describe_call(call: Call, checked) -> dict:
    got, expected, tolerance = checked or (None, None, None)
    names = _arg_names(call)
    args = [{"name": name, "value": describe(value)} for name, value in zip(names, [*call.args, *call.kwargs.values()])]
    shown = ", ".join([*names[: len(call.args)], *(f"{k}={k}" for k in call.kwargs)])
    return {
        "function": call.function,
        "call": f"{call.function}({shown})",  # the names the replay binds, extra *args as arg2, ...
        "args": args,
        "returned": None if call.raised is not None else describe(call.returned, like=expected),
        "raised": None if call.raised is None else f"{type(call.raised).__name__}: {call.raised}"[:500],
        "expected": None if expected is None else describe(expected, like=call.returned),
        "replay": _replay(call, names),
        "fingerprint": fingerprint(call.returned) if call.raised is None else None,
        "plot": _plot(got if got is not None else call.returned, expected, tolerance) if call.raised is None else None,
    }


def _plot(got, expected, tolerance) -> dict | None:
    """The compared arrays as numbers a chart can draw (1-D or 2-D, not too large), or None."""
    try:
        have = _asarray(got, dtype=float)
        want = None if expected is None else _asarray(expected, dtype=float)
    except (TypeError, ValueError):
        return None
    if have.ndim not in (1, 2) or have.size > PLOT_SIZE or have.size < 2 or (want is not None and want.shape != have.shape):
        return None
    with _errstate(all="ignore"):
        if want is None:  # nothing to compare with: mark what is not finite
            bad = ~_isfinite(have)
        else:
            rtol, atol = tolerance or (0.0, 0.0)
            bad = ~((np.abs(have - want) <= atol + rtol * np.abs(want)) | (have == want) | (np.isnan(have) & np.isnan(want)))
    return {"returned": _finite_list(have), "expected": None if want is None else _finite_list(want), "bad": bad.tolist()}


def _finite_list(array: np.ndarray) -> list:
    """Nested lists with None for nan and infinities (JSON has no such numbers)."""
    if array.ndim == 2:
        return [_finite_list(row) for row in array]
    return [v if math.isfinite(v) else None for v in array.tolist()]


def _arg_names(call: Call) -> list[str]:
    positional = [call.params[i] if i < len(call.params) else f"arg{i}" for i in range(len(call.args))]
    return positional + list(call.kwargs)


def describe(value, like=None) -> str:
    """A value as a learner reads it: type, shape and dtype, and the entries when few."""
    if isinstance(value, (_ndarray, _generic)) or (isinstance(value, (list, tuple)) and _numeric_sequence(value)):
        return _describe_array(_asarray(value), like)
    if isinstance(value, tuple):
        return "(" + ", ".join(describe(v) for v in value[:8]) + (", ..." if len(value) > 8 else "") + ")"
    if isinstance(value, dict):
        inner = ", ".join(f"{k!r}: {describe(v)}" for k, v in list(value.items())[:8])
        return "{" + inner + (", ..." if len(value) > 8 else "") + "}"
    if isinstance(value, _Generator):
        return "numpy.random.Generator (its state as passed)"
    if isinstance(value, float):
        return number_format([value])(value)
    text = repr(value)
    return text if len(text) <= 200 else text[:197] + "..."


def _numeric_sequence(value) -> bool:
    try:
        return 0 < len(value) <= 10_000 and _asarray(value).dtype.kind in "biuf"
    except Exception:  # noqa: BLE001
        return False


def _describe_array(array: np.ndarray, like=None) -> str:
    if array.dtype.kind not in "biuf":
        return f"array of dtype {array.dtype}, shape {array.shape}"
    head = f"{array.dtype} scalar" if array.shape == () else f"{array.dtype} array, shape {array.shape}"
    values = [array]
    if like is not None:
        try:
            other = _asarray(like)
            if other.dtype.kind in "biuf":
                values.append(other)
        except Exception:  # noqa: BLE001
            pass
    if array.size <= SHOW_VALUES:
        if array.dtype.kind == "f":
            text = _array2string(array, separator=", ", formatter={"float_kind": number_format(values)})
        else:
            text = _array2string(array, separator=", ")
        return f"{head}: {text}"
    with _errstate(all="ignore"):
        finite = array[_isfinite(array)] if array.dtype.kind == "f" else array
        if finite.size == 0:
            return f"{head}: no finite entries"
        fmt = number_format(values) if array.dtype.kind == "f" else str
        stats = f"min {fmt(finite.min())}, max {fmt(finite.max())}, mean {fmt(finite.mean())}"
        bad = array.size - finite.size
    return f"{head}: {stats}" + (f", {bad} non-finite" if bad else "")


def number_format(arrays):
    """One notation for every number shown side by side: scientific only when magnitudes need it."""
    biggest, smallest = 0.0, math.inf
    for a in arrays:
        with _errstate(all="ignore"):
            flat = _asarray(a, dtype=float).ravel()
            flat = np.abs(flat[_isfinite(flat) & (flat != 0)])
        if flat.size:
            biggest, smallest = max(biggest, float(flat.max())), min(smallest, float(flat.min()))
    scientific = biggest >= 1e6 or (smallest < 1e-4)
    if scientific:
        return lambda v: f"{float(v):.6e}"
    return lambda v: _fixed(float(v))


def _fixed(v: float) -> str:
    if not math.isfinite(v):
        return str(v)
    text = f"{v:.8f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def fingerprint(value) -> list | None:
    """A few numbers that tell one wrong result from another (the likely-mistake comparison)."""
    try:
        if isinstance(value, tuple):
            parts = [fingerprint(v) for v in value[:4]]
            return ["tuple", parts]
        array = _asarray(value)
        if array.dtype.kind not in "biuf":
            return None
        flat = array.astype(float).ravel()
        picks = sorted({int(i) for i in np.linspace(0, flat.size - 1, min(FINGERPRINT_SAMPLES, flat.size))}) if flat.size else []
        with _errstate(all="ignore"):
            finite = flat[_isfinite(flat)]
            total = float(finite.sum()) if finite.size else 0.0
        return [list(array.shape), [_json_number(flat[i]) for i in picks], _json_number(total), int(flat.size - finite.size)]
    except Exception:  # noqa: BLE001
        return None


def _json_number(v) -> float | str:
    v = float(v)
    return v if math.isfinite(v) else repr(v)


# ---------- replay ----------


def _replay(call: Call, names: list[str]) -> str | None:
    """Source that rebuilds the arguments exactly and calls the function, or None."""
    lines = []
    for name, value in zip(names, [*call.args, *call.kwargs.values()]):
        literal = _literal(value)
        if literal is None:
            return None
        lines.append(f"{name} = {literal}")
    positional = ", ".join(names[: len(call.args)])
    keywords = ", ".join(f"{k}={k}" for k in call.kwargs)
    lines.append(f"result = {call.function}({', '.join(p for p in (positional, keywords) if p)})")
    body = "\n".join(lines)
    prelude = ["import numpy as np"]
    if "base64.b64decode(" in body:
        prelude.insert(0, "import base64")
    if "make_rng(" in body:
        prelude.append(_MAKE_RNG)
    source = "\n".join(prelude) + "\n\n" + body
    return source if len(source) <= MAX_REPLAY else None


_MAKE_RNG = (
    "\n\ndef make_rng(state):\n"
    "    \"\"\"The random generator exactly as the test passed it (same state, same draws).\"\"\"\n"
    "    rng = np.random.default_rng()\n"
    "    rng.bit_generator.state = state\n"
    "    return rng\n"
)


def _literal(value) -> str | None:
    if value is None or isinstance(value, (bool, int, str)):
        return repr(value)
    if isinstance(value, float):
        return _float_literal(value)
    if isinstance(value, _generic):
        return f"np.{value.dtype.name}({_literal(value.item())})"
    if isinstance(value, _ndarray):
        return _array_literal(value)
    if isinstance(value, _Generator):
        if type(value.bit_generator).__name__ != "PCG64":
            return None
        return f"make_rng({value.bit_generator.state!r})"
    if isinstance(value, (list, tuple)):
        items = [_literal(v) for v in value]
        if any(i is None for i in items):
            return None
        inner = ", ".join(items)
        return f"[{inner}]" if isinstance(value, list) else f"({inner}{',' if len(items) == 1 else ''})"
    if isinstance(value, dict):
        items = [(_literal(k), _literal(v)) for k, v in value.items()]
        if any(k is None or v is None for k, v in items):
            return None
        return "{" + ", ".join(f"{k}: {v}" for k, v in items) + "}"
    return None


def _float_literal(v: float) -> str:
    if math.isnan(v):
        return "float('nan')"
    if math.isinf(v):
        return "float('inf')" if v > 0 else "float('-inf')"
    return repr(v)


def _array_literal(array: np.ndarray) -> str | None:
    if array.dtype.kind not in "biuf":
        return None
    dtype = f"np.{array.dtype.name}"
    if array.size <= LITERAL_SIZE:
        body = _nested(array.tolist())
        return f"np.array({body}, dtype={dtype})" + ("" if array.ndim else "[()]")
    import base64  # only for large arrays: not worth a module on every boot

    raw = base64.b64encode(np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<")).tobytes()).decode()
    return f"np.frombuffer(base64.b64decode({raw!r}), dtype={array.dtype.newbyteorder('<').str!r}).reshape({array.shape!r}).copy()"


def _nested(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_nested(v) for v in value) + "]"
    if isinstance(value, float):
        return _float_literal(value)
    return repr(value)
