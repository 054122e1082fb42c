"""Helpers every problem's hidden tests share: readable array comparisons and numeric gradients.

Failure messages here are what a learner reads, so they say what was expected, what came back,
where the first difference is and by how much. The numpy functions used are bound at import
time, and the runner imports this module before any learner code runs, so a learner who writes
``np.allclose = lambda *a: True`` cannot change a verdict.
"""
from __future__ import annotations

import numbers

import numpy as np

from . import record

_asarray = np.asarray
_isnan = np.isnan
_isfinite = np.isfinite
_abs = np.abs
_argwhere = np.argwhere
_zeros = np.zeros
_ndarray = np.ndarray
_errstate = np.errstate
_float64 = np.float64
_array_repr = np.array2string
_unravel = np.unravel_index


def as_array(got, name: str = "result", *, shape: tuple | None = None) -> np.ndarray:
    """``got`` as a float array, failing with a clear message for None, strings, ragged lists."""
    record.checked(got)
    if got is None:
        raise AssertionError(f"{name} is None: did your function forget to `return` its result?")
    if isinstance(got, (str, bytes, dict, set)):
        raise AssertionError(f"{name} should be a numpy array, got {type(got).__name__} {_short(got)}")
    try:
        with _errstate(all="ignore"):
            raw = _asarray(got)
            if raw.dtype.kind in "USVc":
                kind = "complex numbers" if raw.dtype.kind == "c" else "text"
                raise AssertionError(f"{name} should hold real numbers, got an array of {kind} (dtype {raw.dtype})")
            array = raw.astype(_float64)
    except (TypeError, ValueError) as exc:
        raise AssertionError(f"{name} should be a numeric array, got {type(got).__name__}: {exc}") from None
    if shape is not None and array.shape != tuple(shape):
        raise AssertionError(f"{name} has shape {array.shape}, expected shape {tuple(shape)}")
    return array


def as_scalar(got, name: str = "result") -> float:
    """``got`` as a Python float; a 1-element array or list is refused (the task asks for a number)."""
    record.checked(got)
    if got is None:
        raise AssertionError(f"{name} is None: did your function forget to `return` its result?")
    if isinstance(got, bool) or not isinstance(got, (numbers.Real, np.generic, np.ndarray)):
        raise AssertionError(f"{name} should be a float, got {type(got).__name__} {_short(got)}")
    if isinstance(got, np.ndarray):
        if got.shape != ():
            raise AssertionError(f"{name} should be a single float, got an array of shape {got.shape}")
        got = got[()]
    try:
        return float(got)
    except (TypeError, ValueError) as exc:
        raise AssertionError(f"{name} should be a float, got {type(got).__name__}: {exc}") from None


def assert_close(got, expected, *, rtol: float = 1e-6, atol: float = 1e-9, name: str = "result") -> None:
    """Elementwise ``|got - expected| <= atol + rtol * |expected|``; NaN matches only NaN."""
    want = _asarray(expected, dtype=_float64)
    record.checked(got, want, (rtol, atol))
    if want.shape == ():
        value = as_scalar(got, name)
        have = _asarray(value, dtype=_float64)
    else:
        have = as_array(got, name, shape=want.shape)
    with _errstate(all="ignore"):
        diff = _abs(have - want)
        bad = ~((diff <= atol + rtol * _abs(want)) | (have == want) | (_isnan(have) & _isnan(want)))
    if not bad.any():
        return
    raise AssertionError(_mismatch(have, want, diff, bad, rtol, atol, name))


def assert_finite(got, name: str = "result") -> None:
    """No NaN or infinity anywhere: the classic symptom of an unstable formula."""
    record.checked(got)
    have = as_array(got, name) if not isinstance(got, numbers.Real) else _asarray(float(got))
    finite = _isfinite(have)
    if finite.all():
        return
    where = _index(_argwhere(~finite)[0]) if have.shape else ""
    value = have[tuple(_argwhere(~finite)[0])] if have.shape else have[()]
    raise AssertionError(
        f"{name} contains {int((~finite).sum())} non-finite value(s); first: {value} at index {where or '()'}"
        " (overflow or log(0) somewhere? look for a numerically stable formulation)"
    )


def numerical_gradient(f, x, eps: float = 1e-6) -> np.ndarray:
    """Central finite differences of scalar ``f`` at ``x``: the slow truth a gradient must match."""
    x = _asarray(x, dtype=_float64)
    grad = _zeros(x.shape)
    for flat in range(x.size):
        index = _unravel(flat, x.shape) if x.shape else ()
        step = _zeros(x.shape)
        step[index] = eps
        grad[index] = (as_scalar(f(x + step), "f(x + eps)") - as_scalar(f(x - step), "f(x - eps)")) / (2 * eps)
    return grad


def _mismatch(have, want, diff, bad, rtol, atol, name) -> str:
    count, total = int(bad.sum()), bad.size
    with _errstate(all="ignore"):
        rel = diff / _abs(want)
    finite_diff = diff[_isfinite(diff)]
    finite_rel = rel[_isfinite(rel)]
    first = tuple(_argwhere(bad)[0]) if have.shape else ()
    lines = [
        f"{name} is wrong at {count} of {total} entr{'y' if total == 1 else 'ies'}"
        + (f" (shape {have.shape})" if have.shape else ""),
    ]
    fmt = record.number_format([want, have])
    if have.shape:
        lines.append(f"  first mismatch at index {_index(first)}: expected {fmt(want[first])}, got {fmt(have[first])}")
    else:
        lines.append(f"  expected {fmt(want[()])}, got {fmt(have[()])}")
    if finite_diff.size:
        lines.append(
            f"  max abs error {finite_diff.max():.3g}, max rel error {finite_rel.max() if finite_rel.size else float('inf'):.3g}"
            f" (allowed: {atol:g} + {rtol:g} * |expected|)"
        )
    with _errstate(all="ignore"):
        unexpected = int((~_isfinite(have) & _isfinite(want)).sum())
    if unexpected:
        lines.append(
            f"  {unexpected} entr{'y is' if unexpected == 1 else 'ies are'} nan or infinite where a finite value is expected"
            " (overflow, or 0/0, somewhere on the way?)"
        )
    if have.size <= 12 and have.shape:
        lines.append(f"  expected {_array_repr(want, separator=', ', formatter={'float_kind': fmt})}")
        lines.append(f"  got      {_array_repr(have, separator=', ', formatter={'float_kind': fmt})}")
    return "\n".join(lines)


def _index(index) -> str:
    return "[" + ", ".join(str(int(i)) for i in index) + "]"


def _short(value, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
