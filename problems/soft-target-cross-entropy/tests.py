import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close, assert_finite
from solution import soft_target_cross_entropy

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-7)


def log_softmax(z):
    z = np.asarray(z, dtype=float)
    shifted = z - z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def reference(z, t, eps=0.0):
    q = np.asarray(t, dtype=float) * (1.0 - eps) + eps / z.shape[-1]
    return float(-(q * log_softmax(z)).sum(axis=-1).mean())


def one_hot(labels, num_classes):
    out = np.zeros((len(labels), num_classes))
    out[np.arange(len(labels)), labels] = 1.0
    return out


def soft(rng, rows, cols):
    w = rng.random((rows, cols)) ** 3
    return w / w.sum(axis=1, keepdims=True)


_rng = np.random.default_rng(7)
CASES = {
    "one-hot targets, 4x5": (_rng.normal(size=(4, 5)) * 2, one_hot([0, 3, 4, 1], 5)),
    "soft targets, 3x7": (_rng.normal(size=(3, 7)) * 3, soft(_rng, 3, 7)),
    "square batch 4x4": (_rng.normal(size=(4, 4)) * 2, soft(_rng, 4, 4)),
    "single example 1x10": (_rng.normal(size=(1, 10)), soft(_rng, 1, 10)),
}


def call(z, t, *eps):
    return soft_target_cross_entropy(np.array(z, dtype=float), np.array(t, dtype=float), *eps)


def test_worked_example():
    """Zero logits with a one-hot target give log 3"""
    got = call(np.zeros((1, 3)), [[1.0, 0.0, 0.0]])
    assert_close(got, 1.0986122886681098, **TOL, name="soft_target_cross_entropy(zeros((1, 3)), [[1, 0, 0]])")


def test_returns_single_float():
    """Returns one float for the whole batch"""
    z, t = CASES["one-hot targets, 4x5"]
    as_scalar(call(z, t), "the loss")


@pytest.mark.parametrize("case", CASES)
def test_matches_cross_entropy(case):
    """Matches -sum q log softmax(z), averaged over the batch ({case})"""
    z, t = CASES[case]
    assert_close(call(z, t), reference(z, t), **TOL, name="the loss")


@pytest.mark.parametrize("eps", [0.1, 0.5])
def test_label_smoothing(eps):
    """Label smoothing with label_smoothing={eps} (3 examples, 5 classes)"""
    z, t = _rng.normal(size=(3, 5)) * 2, one_hot([2, 0, 4], 5)
    assert_close(call(z, t, eps), reference(z, t, eps), **TOL, name=f"the loss with label_smoothing={eps}")


def test_full_smoothing_is_uniform_target():
    """With label_smoothing=1 every target becomes uniform over the C classes"""
    z, t = np.array([[1.0, 2.0, 3.0, 4.0], [0.0, 0.0, 0.0, 8.0]]), one_hot([0, 1], 4)
    expected = float((np.log(np.exp(z).sum(axis=1)) - z.mean(axis=1)).mean())
    got = as_scalar(call(z, t, 1.0), "the loss")
    assert abs(got - expected) <= 1e-6 * max(1.0, abs(expected)), (
        f"with label_smoothing=1 the targets should all be 1/C = 0.25 (C = 4 classes, B = 2 examples), "
        f"giving loss {expected:.10g}, but got {got:.10g}. "
        "The smoothed targets are targets * (1 - eps) + eps / C, with C = logits.shape[-1] (the number of classes)."
    )


def test_default_is_no_smoothing():
    """label_smoothing defaults to 0 (targets used as given)"""
    z, t = np.array([[2.0, 0.0]]), np.array([[1.0, 0.0]])
    assert_close(soft_target_cross_entropy(z, t), 0.1269280110429726, **TOL, name="soft_target_cross_entropy([[2, 0]], [[1, 0]])")


def test_mean_over_batch():
    """Averages over the batch: repeating every example keeps the loss"""
    z, t = CASES["soft targets, 3x7"]
    once = as_scalar(call(z, t), "loss on 3 examples")
    twice = as_scalar(call(np.tile(z, (2, 1)), np.tile(t, (2, 1))), "loss on the same 3 examples repeated twice")
    assert abs(once - twice) <= 1e-6 * max(1.0, abs(once)), (
        f"repeating every example should not change a mean, but the loss went from {once:.6g} (B=3) to "
        f"{twice:.6g} (B=6). Average the per-example losses over the batch (sum over classes, mean over examples)."
    )


def test_entropy_when_prediction_matches_target():
    """Equals the entropy of q when softmax(z) = q"""
    q = np.array([[0.7, 0.2, 0.1], [0.25, 0.25, 0.5]])
    z = np.log(q) + np.array([[3.0], [-5.0]])
    entropy = float(-(q * np.log(q)).sum(axis=1).mean())
    assert_close(call(z, q), entropy, **TOL, name="the loss when logits = log(targets) + const")


def test_stable_for_huge_logits():
    """Finite and exact for logits like 1000 and 10000"""
    z = np.array([[1000.0, 0.0, -1000.0], [0.0, 1000.0, 2000.0], [0.0, 1e4, 0.0]])
    t = np.array([[1.0, 0.0, 0.0], [0.5, 0.25, 0.25], [1.0, 0.0, 0.0]])
    got = call(z, t)
    assert_finite(as_scalar(got, "the loss"), "the loss")
    # per example: 0, 0.5*2000 + 0.25*1000 + 0 = 1250, 1e4 (up to e^-1000 terms)
    assert_close(got, (0.0 + 1250.0 + 1e4) / 3, **TOL, name="the loss")


def test_zero_target_where_probability_underflows():
    """A target of 0 where softmax underflows to 0 adds exactly 0 (no nan from 0 * log 0)"""
    got = call([[0.0, -1000.0], [0.0, 0.0]], [[1.0, 0.0], [0.5, 0.5]])
    assert_finite(as_scalar(got, "the loss"), "the loss")
    assert_close(got, np.log(2.0) / 2, **TOL, name="the loss for logits [[0, -1000], [0, 0]], targets [[1, 0], [0.5, 0.5]]")


def test_does_not_modify_inputs():
    """Leaves the logits and targets arrays unchanged"""
    z = np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 5.0]])
    t = np.array([[0.0, 1.0, 0.0], [0.2, 0.3, 0.5]])
    soft_target_cross_entropy(z, t, 0.3)
    assert_close(z, [[1.0, 2.0, 3.0], [0.0, -1.0, 5.0]], name="logits after the call")
    assert_close(t, [[0.0, 1.0, 0.0], [0.2, 0.3, 0.5]], name="targets after the call")
