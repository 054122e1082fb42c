import numpy as np
import pytest

from harness.testkit import as_array, as_scalar, assert_close, assert_finite, numerical_gradient
from solution import cross_entropy_loss, softmax, softmax_cross_entropy_backward

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-7)

LOG2 = 0.6931471805599453


def ref_softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def ref_loss(z, t):
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=-1))
    return float(np.mean(lse - z[np.arange(len(z)), t]))


def ref_backward(p, t):
    g = np.array(p, dtype=float)
    g[np.arange(len(g)), t] -= 1.0
    return g / len(g)


def onehot(t, c):
    out = np.zeros((len(t), c))
    out[np.arange(len(t)), t] = 1.0
    return out


LOGITS = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
TARGETS = np.array([0, 2])

_rng = np.random.default_rng(0)
BATCHES = {
    "B=1, C=4": (_rng.normal(size=(1, 4)) * 2, np.array([2])),
    "B=5, C=3": (_rng.normal(size=(5, 3)) * 2, np.array([0, 2, 1, 1, 0])),
    "B=8, C=10": (_rng.normal(size=(8, 10)) * 3, _rng.integers(0, 10, size=8)),
}
EXTREME = {
    "[[0, 1000]], target 0 -> 1000": (np.array([[0.0, 1000.0]]), np.array([0]), 1000.0),
    "[[0, 1000]], target 1 -> 0": (np.array([[0.0, 1000.0]]), np.array([1]), 0.0),
    "[[1000, -1000, 0]], target 1 -> 2000": (np.array([[1000.0, -1000.0, 0.0]]), np.array([1]), 2000.0),
    "[[-1000, -1000]], target 1 -> log 2": (np.array([[-1000.0, -1000.0]]), np.array([1]), LOG2),
    "batch [[0, 1000], [1000, 0]], targets [0, 0] -> 500": (np.array([[0.0, 1000.0], [1000.0, 0.0]]), np.array([0, 0]), 500.0),
}


# ---------- softmax ----------


def test_softmax_worked_example():
    """softmax of the worked-example batch matches the statement"""
    expected = [[0.6590011388859679, 0.24243297070471392, 0.09856589040931818],
                [0.10860373030701238, 0.8024790557916492, 0.08891721390133826]]
    assert_close(softmax(LOGITS.copy()), expected, **TOL, name="softmax(logits)")


SHAPES = {"(6,)": (6,), "(4, 5)": (4, 5), "(2, 3, 4)": (2, 3, 4)}


@pytest.mark.parametrize("shape", SHAPES)
def test_softmax_any_shape(shape):
    """softmax works along the last axis for input of shape {shape}"""
    x = np.random.default_rng(1).normal(size=SHAPES[shape]) * 2
    assert_close(softmax(x.copy()), ref_softmax(x), **TOL, name=f"softmax of a {shape} array")


def test_softmax_large_logits():
    """softmax is stable for large logits like [1000, 1001, 1002]"""
    x = np.array([1000.0, 1001.0, 1002.0])
    got = softmax(x.copy())
    assert_finite(got, "softmax([1000, 1001, 1002])")
    assert_close(got, [0.09003057317038046, 0.24472847105479767, 0.6652409557748219], **TOL, name="softmax([1000, 1001, 1002])")


def test_softmax_rows_on_different_scales():
    """softmax is stable for rows near +1000 and -1000 in one batch"""
    x = np.array([[1000.0, 1001.0, 999.0], [-1000.0, -1001.0, -999.0]])
    got = softmax(x.copy())
    assert_finite(got, "softmax of rows near +1000 and -1000")
    assert_close(got, ref_softmax(x), **TOL, name="softmax of rows near +1000 and -1000")


def test_softmax_wide_spread_within_a_row():
    """softmax is stable when one row spans from -1000 to +1000"""
    x = np.array([[-1000.0, 0.0, 1000.0], [0.0, 1000.0, 500.0]])
    got = as_array(softmax(x.copy()), "softmax(x)", shape=x.shape)
    finite = bool(np.all(np.isfinite(got)))
    assert finite, (
        f"softmax of rows [-1000, 0, 1000] and [0, 1000, 500] gave\n{got}\nwhich is not finite. "
        "Shift each row by its MAXIMUM before exp: then every exponent is <= 0 and exp cannot overflow "
        "(shifting by the minimum leaves exponents up to +2000)."
    )
    assert_close(got, ref_softmax(x), **TOL, name="softmax of rows [-1000, 0, 1000] and [0, 1000, 500]")


# ---------- cross_entropy_loss ----------


def test_loss_worked_example():
    """Loss of the worked example is 1.41854"""
    assert_close(cross_entropy_loss(LOGITS.copy(), TARGETS.copy()), 1.418539769649186, **TOL, name="cross_entropy_loss(logits, targets)")


def test_loss_returns_one_float():
    """Loss is a single float (the batch mean), not one value per example"""
    got = cross_entropy_loss(np.zeros((3, 5)), np.array([0, 1, 4]))
    as_scalar(got, "cross_entropy_loss(zeros((3, 5)), [0, 1, 4])")


def test_loss_uniform_logits():
    """Equal logits over 5 classes give loss log 5, whatever the targets"""
    got = cross_entropy_loss(np.zeros((3, 5)), np.array([0, 1, 4]))
    assert_close(got, 1.6094379124341003, **TOL, name="cross_entropy_loss(zeros((3, 5)), [0, 1, 4])")


@pytest.mark.parametrize("case", BATCHES)
def test_loss_matches_reference(case):
    """Loss matches mean(-log softmax(z)[i, y_i]) ({case})"""
    z, t = BATCHES[case]
    assert_close(cross_entropy_loss(z.copy(), t.copy()), ref_loss(z, t), **TOL, name="cross_entropy_loss")


@pytest.mark.parametrize("case", EXTREME)
def test_loss_exact_for_extreme_logits(case):
    """Exact loss for extreme logits: {case}"""
    z, t, expected = EXTREME[case]
    got = cross_entropy_loss(z.copy(), t.copy())
    assert_finite(as_scalar(got, "cross_entropy_loss"), "cross_entropy_loss")
    value = as_scalar(got, "cross_entropy_loss")
    looks_clipped = abs(value - 27.631021115928547) < 1e-3 and expected > 30
    assert not looks_clipped, (
        f"cross_entropy_loss is {value:.6g} but should be {expected:g}: {value:.6g} is -log(1e-12), the loss of a "
        "probability clipped at 1e-12. Compute the loss from the logits as logsumexp(z) - z[y] instead."
    )
    assert_close(value, expected, rtol=1e-9, atol=1e-9, name="cross_entropy_loss")


def test_loss_rows_on_different_scales():
    """Loss shifts each row by its own maximum: rows near 0 and near 1000 in one batch"""
    z = np.array([[0.0, 1.0], [1000.0, 1001.0]])
    t = np.array([0, 0])
    expected = 1.3132616875182228  # log(1 + e) for both rows
    value = as_scalar(cross_entropy_loss(z.copy(), t.copy()), "cross_entropy_loss")
    finite = bool(np.isfinite(value))
    assert finite, (
        f"cross_entropy_loss of the batch [[0, 1], [1000, 1001]] with targets [0, 0] is {value}, but should be "
        f"{expected:.12g} (log(1 + e) for each row). Shifting by the maximum of the whole batch (1001) makes "
        "exp underflow to 0 for the first row, and log(0) = -inf: take the maximum of each row "
        "(axis=-1, keepdims=True)."
    )
    assert_close(value, expected, rtol=1e-9, atol=1e-9, name="cross_entropy_loss of rows near 0 and near 1000")


def test_loss_is_a_mean_over_the_batch():
    """Loss is averaged over the batch: duplicating every example leaves it unchanged"""
    z, t = BATCHES["B=5, C=3"]
    once = as_scalar(cross_entropy_loss(z.copy(), t.copy()), "loss of the batch")
    twice = as_scalar(cross_entropy_loss(np.concatenate([z, z]), np.concatenate([t, t])), "loss of the batch repeated twice")
    unchanged = abs(twice - once) < 1e-9 * max(1.0, abs(once))
    assert unchanged, (
        f"the loss of a batch is {once:.6g} but the loss of the same batch repeated twice is {twice:.6g}; "
        "they should be equal, because the loss is the mean (not the sum) over the batch"
    )


def test_loss_does_not_modify_logits():
    """Loss leaves the logits array unchanged"""
    z = LOGITS.copy()
    cross_entropy_loss(z, TARGETS.copy())
    assert np.array_equal(z, LOGITS), f"cross_entropy_loss() changed the caller's logits; they are now\n{z}"


# ---------- softmax_cross_entropy_backward ----------


def test_backward_worked_example():
    """Uniform probs over 4 classes, targets [0, 3]: gradient entries -0.375 and 0.125"""
    got = softmax_cross_entropy_backward(np.full((2, 4), 0.25), np.array([0, 3]))
    expected = [[-0.375, 0.125, 0.125, 0.125], [0.125, 0.125, 0.125, -0.375]]
    assert_close(got, expected, **TOL, name="softmax_cross_entropy_backward(full((2, 4), 0.25), [0, 3])")


@pytest.mark.parametrize("case", BATCHES)
def test_backward_matches_reference(case):
    """Gradient equals (probs - onehot(targets)) / B ({case})"""
    z, t = BATCHES[case]
    p = ref_softmax(z)
    got = softmax_cross_entropy_backward(p.copy(), t.copy())
    assert_close(got, ref_backward(p, t), **TOL, name="softmax_cross_entropy_backward")


def test_backward_divides_by_batch_size():
    """Gradient is divided by the batch size B (the loss is a mean)"""
    z, t = BATCHES["B=5, C=3"]
    p = ref_softmax(z)
    got = as_array(softmax_cross_entropy_backward(p.copy(), t.copy()), "gradient", shape=p.shape)
    undivided = p - onehot(t, 3)
    forgot = bool(np.all(np.abs(got - undivided) < 1e-9))
    assert not forgot, (
        "the gradient equals probs - onehot(targets) without the factor 1/B (here B = 5): "
        "the loss is the mean over the batch, so divide the gradient by the batch size"
    )
    assert_close(got, undivided / 5, **TOL, name="gradient")


def test_backward_matches_finite_differences():
    """Gradient matches finite differences of the mean loss"""
    z, t = BATCHES["B=5, C=3"]
    numeric = numerical_gradient(lambda v: ref_loss(v, t), z)
    got = softmax_cross_entropy_backward(ref_softmax(z), t.copy())
    assert_close(got, numeric, atol=1e-6, rtol=0, name="gradient")


def test_backward_rows_sum_to_zero_and_signs():
    """Each gradient row sums to 0, negative at the target and positive elsewhere"""
    z, t = BATCHES["B=8, C=10"]
    g = as_array(softmax_cross_entropy_backward(ref_softmax(z), t.copy()), "gradient", shape=z.shape)
    sums = g.sum(axis=1)
    rows_sum_to_zero = bool(np.all(np.abs(sums) < 1e-6))
    assert rows_sum_to_zero, f"every row of the gradient should sum to 0, but the row sums are {sums}"
    at_target = g[np.arange(8), t]
    negative_at_targets = bool(np.all(at_target < 0))
    assert negative_at_targets, f"the gradient at each target should be negative (p - 1), got {at_target}"
    others = g[onehot(t, 10) == 0]
    positive_elsewhere = bool(np.all(others > 0))
    assert positive_elsewhere, "every non-target entry of the gradient should be positive (p / B)"


def test_backward_extreme_probs():
    """Gradient stays finite for saturated probabilities [[0, 1], [1, 0]]"""
    p = np.array([[0.0, 1.0], [1.0, 0.0]])
    got = softmax_cross_entropy_backward(p.copy(), np.array([0, 0]))
    assert_finite(got, "gradient")
    assert_close(got, [[-0.5, 0.5], [0.0, 0.0]], **TOL, name="gradient")


def test_backward_does_not_modify_probs():
    """Backward leaves the probs array unchanged"""
    p = np.full((2, 4), 0.25)
    softmax_cross_entropy_backward(p, np.array([0, 3]))
    changed = not np.array_equal(p, np.full((2, 4), 0.25))
    assert not changed, (
        f"softmax_cross_entropy_backward() changed the caller's probs; they are now\n{p}\n"
        "Copy them first (np.array(probs, dtype=float)) before subtracting 1 at the targets."
    )
