import numpy as np
import pytest

from harness.testkit import as_array, as_scalar, assert_close, assert_finite
from solution import gaussian_kl, reparameterize

TOL = dict(rtol=1e-6, atol=1e-6)  # samples: float32 inside passes; a wrong noise or scale is off by O(1)
KL_TOL = dict(rtol=1e-5, atol=1e-7)

MU = np.array([[0.0, 1.0], [2.0, -1.0]])
LOG_VAR = np.log(np.array([[1.0, 4.0], [0.25, 1.0]]))

_rng = np.random.default_rng(77)
SHAPES = {"(1, 1)": (1, 1), "(3, 5)": (3, 5), "(8, 2)": (8, 2), "(4, 16)": (4, 16)}
DATA = {name: (_rng.normal(size=s) * 1.5, _rng.normal(size=s) * 1.2) for name, s in SHAPES.items()}


def kl_reference(mu, log_var):
    """The textbook form with the standard deviation: log(1/s) + (s^2 + mu^2) / 2 - 1/2, per coordinate."""
    total = 0.0
    for row_mu, row_lv in zip(np.asarray(mu, dtype=float), np.asarray(log_var, dtype=float)):
        row = 0.0
        for m, lv in zip(row_mu, row_lv):
            s = np.exp(lv / 2)
            row += -np.log(s) + (s * s + m * m) / 2 - 0.5
        total += row
    return total / len(mu)


def sample_reference(mu, log_var, seed):
    eps = np.random.default_rng(seed).standard_normal(np.shape(mu))
    return np.asarray(mu) + np.sqrt(np.exp(np.asarray(log_var))) * eps


# ---------- reparameterize ----------


def test_reparameterize_worked_example():
    """Worked example: seed 0, standard deviations [[1, 2], [0.5, 1]]"""
    got = reparameterize(MU.copy(), LOG_VAR.copy(), np.random.default_rng(0))
    assert_close(got, [[0.12573022, 0.73579027], [2.32021133, -0.89509988]], rtol=1e-6, atol=1e-7,
                 name="reparameterize(mu, log_var, seed 0)")


@pytest.mark.parametrize("shape", SHAPES)
def test_reparameterize_matches_seeded_noise(shape):
    """z = mu + exp(log_var / 2) * rng.standard_normal(mu.shape) for inputs of shape {shape}"""
    mu, log_var = DATA[shape]
    got = reparameterize(mu.copy(), log_var.copy(), np.random.default_rng(5))
    assert_close(got, sample_reference(mu, log_var, 5), **TOL, name=f"reparameterize (shape {shape}, seed 5)")


@pytest.mark.parametrize("shape", ["(3, 5)", "(4, 16)"])
def test_reparameterize_draws_exactly_once(shape):
    """Draws exactly one rng.standard_normal(mu.shape) and nothing else ({shape})"""
    mu, log_var = DATA[shape]
    rng = np.random.default_rng(21)
    reparameterize(mu.copy(), log_var.copy(), rng)
    twin = np.random.default_rng(21)
    twin.standard_normal(mu.shape)
    after, expected = rng.random(3), twin.random(3)
    assert np.array_equal(after, expected), (
        f"after reparameterize the generator is not where one call rng.standard_normal({mu.shape}) leaves it: "
        f"its next uniforms are {after}, expected {expected}"
    )


def test_reparameterize_scale_is_the_standard_deviation():
    """The noise is scaled by the standard deviation: variance 9 with eps from seed 3 gives mu + 3 * eps"""
    mu = np.zeros((2, 3))
    log_var = np.full((2, 3), np.log(9.0))
    eps = np.random.default_rng(3).standard_normal((2, 3))
    got = reparameterize(mu, log_var, np.random.default_rng(3))
    assert_close(got, 3.0 * eps, **TOL, name="reparameterize(zeros, log(9), seed 3)")


def test_reparameterize_extreme_log_variance():
    """log_var = -50 gives z = mu (to 1e-10); log_var = 50 gives finite, correct samples"""
    mu = np.array([[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]])
    log_var = np.array([[-50.0, -50.0, -50.0], [50.0, 50.0, 50.0]])
    got = as_array(reparameterize(mu.copy(), log_var.copy(), np.random.default_rng(8)), "reparameterize", shape=(2, 3))
    assert_finite(got, "reparameterize with log_var = +-50")
    assert_close(got[0], mu[0], rtol=0, atol=1e-10, name="reparameterize with log_var = -50")
    assert_close(got, sample_reference(mu, log_var, 8), **TOL, name="reparameterize with log_var = +-50")


def test_reparameterize_rows_get_their_own_noise():
    """Equal rows of mu and log_var get different samples (each entry its own noise)"""
    mu = np.tile([0.5, -0.5, 1.0], (4, 1))
    log_var = np.zeros((4, 3))
    got = as_array(reparameterize(mu, log_var, np.random.default_rng(2)), "reparameterize", shape=(4, 3))
    assert len({tuple(row) for row in got.tolist()}) == 4, (
        f"reparameterize of 4 equal rows returned\n{got}\nwhere some rows are equal; each entry of z needs its own noise"
    )
    assert_close(got, sample_reference(mu, log_var, 2), **TOL, name="reparameterize of 4 equal rows")


def test_reparameterize_statistics():
    """Over 20,000 rows the samples have mean mu and standard deviation exp(log_var / 2)"""
    mu = np.tile([1.0, -2.0], (20000, 1))
    log_var = np.tile(np.log([0.25, 4.0]), (20000, 1))
    got = as_array(reparameterize(mu, log_var, np.random.default_rng(6)), "reparameterize", shape=(20000, 2))
    mean, std = got.mean(axis=0), got.std(axis=0)
    assert np.allclose(mean, [1.0, -2.0], atol=0.05) and np.allclose(std, [0.5, 2.0], rtol=0.03), (
        f"samples have mean {mean} and standard deviation {std}; expected about [1, -2] and [0.5, 2]"
    )


# ---------- gaussian_kl ----------


def test_kl_worked_example():
    """Worked example: KL of [[0, 0], [1, 0]] with variances [[1, 1], [1, 2]] is 0.3267"""
    got = gaussian_kl(np.array([[0.0, 0.0], [1.0, 0.0]]), np.array([[0.0, 0.0], [0.0, np.log(2.0)]]))
    assert_close(got, 0.5 * (0.5 + 0.5 * (1.0 - np.log(2.0))), **KL_TOL, name="gaussian_kl(worked example)")


def test_kl_of_the_prior_is_zero():
    """mu = 0 and log_var = 0 (the prior itself) give a KL of 0"""
    got = as_scalar(gaussian_kl(np.zeros((3, 4)), np.zeros((3, 4))), "gaussian_kl(zeros, zeros)")
    assert abs(got) <= 1e-12, f"gaussian_kl(zeros, zeros) returned {got}; the KL of the prior to itself is 0"


@pytest.mark.parametrize("shape", SHAPES)
def test_kl_matches_the_closed_form(shape):
    """KL summed over the last axis and averaged over the batch ({shape})"""
    mu, log_var = DATA[shape]
    got = gaussian_kl(mu.copy(), log_var.copy())
    assert_close(got, kl_reference(mu, log_var), **KL_TOL, name=f"gaussian_kl (shape {shape})")


def test_kl_sums_over_features_and_averages_over_samples():
    """Three samples with KL 1, 2 and 6: the result is their mean, 3"""
    # per coordinate with log_var = 0: KL = mu^2 / 2, so rows of mu^2 summing to 2, 4 and 12
    mu = np.sqrt(np.array([[1.0, 1.0, 0.0, 0.0], [1.0, 1.0, 1.0, 1.0], [4.0, 4.0, 2.0, 2.0]]))
    got = gaussian_kl(mu, np.zeros((3, 4)))
    assert_close(got, 3.0, **KL_TOL, name="gaussian_kl(rows with KL 1, 2, 6)")


def test_kl_depends_on_the_variance():
    """Variance terms: mu = 0, variances e and 1/e give KL (e - 2) / 2 and (1/e) / 2 per coordinate"""
    got = gaussian_kl(np.zeros((1, 2)), np.array([[1.0, -1.0]]))
    assert_close(got, (np.e - 2.0) / 2.0 + np.exp(-1.0) / 2.0, **KL_TOL, name="gaussian_kl(0, [[1, -1]])")


def test_kl_large_values():
    """Finite and correct for log_var up to 50 and mu up to 100"""
    mu = np.array([[100.0, -30.0], [0.0, 5.0]])
    log_var = np.array([[50.0, -50.0], [20.0, 0.0]])
    got = gaussian_kl(mu, log_var)
    assert_finite(as_scalar(got, "gaussian_kl"), "gaussian_kl with large inputs")
    assert_close(got, kl_reference(mu, log_var), rtol=1e-6, atol=0, name="gaussian_kl with large inputs")


def test_kl_returns_a_float():
    """gaussian_kl returns a single float"""
    got = gaussian_kl(DATA["(3, 5)"][0], DATA["(3, 5)"][1])
    as_scalar(got, "gaussian_kl(mu, log_var)")


# ---------- both ----------


MISMATCHES = {"(3, 4) and (3, 5)": ((3, 4), (3, 5)), "(3, 4) and (1, 4)": ((3, 4), (1, 4)), "(3, 4) and (4,)": ((3, 4), (4,))}


@pytest.mark.parametrize("which", ["reparameterize", "gaussian_kl"])
@pytest.mark.parametrize("shapes", MISMATCHES)
def test_mismatched_shapes_raise(which, shapes):
    """{which} raises ValueError when mu and log_var have different shapes ({shapes})"""
    mu_shape, lv_shape = MISMATCHES[shapes]
    mu, log_var = np.zeros(mu_shape), np.zeros(lv_shape)
    with pytest.raises(ValueError):
        if which == "reparameterize":
            reparameterize(mu, log_var, np.random.default_rng(0))
        else:
            gaussian_kl(mu, log_var)


def test_does_not_modify_inputs():
    """reparameterize and gaussian_kl leave mu and log_var unchanged"""
    mu0, lv0 = DATA["(4, 16)"]
    mu, lv = mu0.copy(), lv0.copy()
    out = reparameterize(mu, lv, np.random.default_rng(1))
    assert np.array_equal(mu, mu0) and np.array_equal(lv, lv0), "reparameterize changed the caller's mu or log_var"
    assert not np.shares_memory(out, mu), "reparameterize returned an array that shares memory with the caller's mu; the statement asks for a new array"
    gaussian_kl(mu, lv)
    assert np.array_equal(mu, mu0) and np.array_equal(lv, lv0), "gaussian_kl changed the caller's mu or log_var"
