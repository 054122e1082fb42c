import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import merge_heads, split_heads


def ref_split(x, h):
    b, t, d = x.shape
    return x.reshape(b, t, h, d // h).transpose(0, 2, 1, 3)


def ref_merge(y):
    b, h, t, dh = y.shape
    return y.transpose(0, 2, 1, 3).reshape(b, t, h * dh)


def split(x, h):
    """split_heads on a copy, checked to have shape (B, H, T, D // H)."""
    b, t, d = x.shape
    got = as_array(split_heads(x.copy(), h), f"split_heads(x, {h})")
    want = (b, h, t, d // h)
    if got.shape != want:
        hint = " (that is (B, T, H, D/H): swap axes 1 and 2)" if got.shape == (b, t, h, d // h) else ""
        raise AssertionError(f"split_heads(x of shape {x.shape}, {h}) has shape {got.shape}, expected {want}{hint}")
    return got


def merge(y):
    """merge_heads on a copy, checked to have shape (B, T, H * Dh)."""
    b, h, t, dh = y.shape
    got = as_array(merge_heads(y.copy()), "merge_heads(y)")
    if got.shape != (b, t, h * dh):
        raise AssertionError(f"merge_heads(y of shape {y.shape}) has shape {got.shape}, expected {(b, t, h * dh)}")
    return got


X12 = np.arange(12.0).reshape(1, 2, 6)
_rng = np.random.default_rng(0)
CASES = {
    "B=2, T=5, D=12, 3 heads": (_rng.normal(size=(2, 5, 12)), 3),
    "B=2, T=5, D=12, 4 heads": (_rng.normal(size=(2, 5, 12)), 4),
    "B=3, T=4, D=8, 8 heads of size 1": (_rng.normal(size=(3, 4, 8)), 8),
    "B=1, T=7, D=6, 1 head": (_rng.normal(size=(1, 7, 6)), 1),
    "B=4, T=1, D=16, 2 heads": (_rng.normal(size=(4, 1, 16)), 2),
}


def test_split_worked_example():
    """split_heads(arange(12).reshape(1, 2, 6), 3): head h gets columns 2h and 2h+1 of both tokens"""
    expected = [[[[0.0, 1.0], [6.0, 7.0]], [[2.0, 3.0], [8.0, 9.0]], [[4.0, 5.0], [10.0, 11.0]]]]
    assert_close(split(X12, 3), expected, rtol=0, atol=0, name="split_heads(x, 3)")


def test_merge_worked_example():
    """merge_heads puts the three heads of the worked example back side by side"""
    y = np.array([[[[0.0, 1.0], [6.0, 7.0]], [[2.0, 3.0], [8.0, 9.0]], [[4.0, 5.0], [10.0, 11.0]]]])
    assert_close(merge(y), X12, rtol=0, atol=0, name="merge_heads(y)")


@pytest.mark.parametrize("case", CASES)
def test_split_matches_reference(case):
    """split_heads gives (B, H, T, D/H) with the right entries: {case}"""
    x, h = CASES[case]
    assert_close(split(x, h), ref_split(x, h), rtol=0, atol=0, name=f"split_heads(x, {h})")


def test_head_owns_consecutive_columns():
    """Head h holds exactly columns h*D/H .. (h+1)*D/H - 1 of x, for every token"""
    x, h = CASES["B=2, T=5, D=12, 4 heads"]
    got = split(x, h)
    for head in range(h):
        cols = slice(head * 3, (head + 1) * 3)
        if np.array_equal(got[:, head], x[:, :, cols]):
            continue
        strided = np.array_equal(got[:, head], x[:, :, head::h])
        raise AssertionError(
            f"split_heads(x, 4)[:, {head}] should be x[:, :, {cols.start}:{cols.stop}] (a block of 3 consecutive "
            "columns)"
            + (f", but it is x[:, :, {head}::4], every 4th column: head h holds the consecutive block x[..., h*3:(h+1)*3], "
               "as a reshape to (B, T, H, D/H) gives"
               if strided else "")
        )


def test_tokens_are_not_mixed():
    """Every entry of split_heads(x)[b, h, t] comes from token t of example b"""
    b, t, d, h = 2, 3, 8, 2
    x = np.broadcast_to(np.arange(t, dtype=float)[None, :, None] + 10 * np.arange(b)[:, None, None], (b, t, d)).copy()
    got = split(x, h)  # x[b, t, :] is filled with 10 b + t
    want = ref_split(x, h)
    if np.array_equal(got, want):
        return
    bad = np.argwhere(got != want)[0]
    found = sorted(set(got[bad[0], bad[1], bad[2]].tolist()))
    raise AssertionError(
        f"split_heads(x, 2)[{bad[0]}, {bad[1]}, {bad[2]}] should hold only values of token {bad[2]} of example "
        f"{bad[0]} (all equal to {10 * bad[0] + bad[2]:g}), got values {found}: the tokens got mixed. "
        "a reshape cannot move the head axis before the token axis (it cuts the flattened (T, D) block across "
        "tokens): reshape to (B, T, H, D/H) first, then swap axes 1 and 2"
    )


@pytest.mark.parametrize("case", CASES)
def test_merge_undoes_split(case):
    """merge_heads(split_heads(x, H)) gives x back exactly: {case}"""
    x, h = CASES[case]
    assert_close(merge(ref_split(x, h)), x, rtol=0, atol=0, name="merge_heads(split_heads(x))")


def test_split_undoes_merge():
    """split_heads(merge_heads(y), H) gives y back exactly (y of shape (2, 3, 4, 5))"""
    y = np.random.default_rng(1).normal(size=(2, 3, 4, 5))
    assert_close(split(merge(y), 3), y, rtol=0, atol=0, name="split_heads(merge_heads(y), 3)")


def test_merge_puts_heads_side_by_side():
    """merge_heads(y)[b, t] is the concatenation y[b, 0, t], y[b, 1, t], ..., y[b, H-1, t]"""
    y = np.random.default_rng(2).normal(size=(2, 3, 4, 5))
    got = merge(y)
    want = np.concatenate([y[:, h] for h in range(3)], axis=-1)
    if np.array_equal(got, want):
        return
    if np.array_equal(got.reshape(-1), y.reshape(-1)):
        raise AssertionError(
            "merge_heads(y) is y.reshape(B, T, H * Dh), which keeps the (H, T) memory order and mixes tokens: "
            "move the head axis back next to the features first (transpose to (B, T, H, Dh)), then reshape"
        )
    assert_close(got, want, rtol=0, atol=0, name="merge_heads(y)")


@pytest.mark.parametrize("d, h", [(10, 3), (6, 4), (8, 16), (12, 5)])
def test_raises_when_heads_do_not_divide(d, h):
    """split_heads raises ValueError when {h} heads do not divide D = {d}"""
    x = np.zeros((2, 3, d))
    try:
        split_heads(x, h)
    except ValueError:
        return
    except AssertionError:
        raise AssertionError(
            f"split_heads(x with D={d}, {h}) raised AssertionError; the statement asks for ValueError: "
            "use `raise ValueError(...)` instead of `assert` (asserts also vanish under python -O)"
        ) from None
    raise AssertionError(f"split_heads(x with D={d}, {h}) returned normally; {h} does not divide {d}, so it should raise ValueError")


def test_does_not_modify_inputs():
    """split_heads and merge_heads leave their inputs unchanged"""
    x, h = CASES["B=2, T=5, D=12, 3 heads"]
    x2 = x.copy()
    split_heads(x2, h)
    assert np.array_equal(x2, x), "split_heads() changed the caller's x"
    y = ref_split(x, h).copy()
    y2 = y.copy()
    merge_heads(y2)
    assert np.array_equal(y2, y), "merge_heads() changed the caller's array"
