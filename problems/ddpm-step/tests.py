import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import ddpm_step

TOL = dict(rtol=1e-5, atol=1e-5)  # float32 inside passes (1 - abar_0 loses digits); mistakes are off by far more


def abar_of(betas, t):
    """prod_{s <= t} (1 - beta_s), one factor at a time; abar_{-1} = 1."""
    out = 1.0
    for s in range(t + 1):
        out *= 1.0 - float(betas[s])
    return out


def posterior_reference(x_t, t, eps, betas, noise):
    """The posterior-mean form: x0 from the noise, then q(x_{t-1} | x_t, x0)'s mean and std."""
    beta, ab, ab_prev = float(betas[t]), abar_of(betas, t), abar_of(betas, t - 1)
    x0 = (x_t - np.sqrt(1 - ab) * eps) / np.sqrt(ab)
    mean = np.sqrt(ab_prev) * beta / (1 - ab) * x0 + np.sqrt(1 - beta) * (1 - ab_prev) / (1 - ab) * x_t
    if t == 0:
        return mean
    return mean + np.sqrt(beta * (1 - ab_prev) / (1 - ab)) * noise


BETAS = np.linspace(1e-4, 0.02, 1000)
SMALL = np.array([0.36, 0.4375])
X, EPS, NOISE = np.array([1.0, -0.5]), np.array([0.8, 0.4]), np.array([1.0, -2.0])
_rng = np.random.default_rng(60)
IMG, IMG_EPS, IMG_NOISE = (_rng.normal(size=(3, 2, 4, 4)) for _ in range(3))


def test_worked_example():
    """Worked example: betas [0.36, 0.4375] at t = 1 gives [1.2461, -1.9505]"""
    got = ddpm_step(X.copy(), 1, EPS.copy(), SMALL.copy(), NOISE.copy())
    assert_close(got, [0.75 + np.sqrt(0.24609375), -0.71875 / 0.75 - 2 * np.sqrt(0.24609375)], **TOL,
                 name="ddpm_step(x_t, 1, eps_pred, [0.36, 0.4375], noise)")


def test_worked_example_last_step():
    """Worked example: at t = 0 the result is the mean [0.65, -0.925], without noise"""
    got = ddpm_step(X.copy(), 0, EPS.copy(), SMALL.copy(), NOISE.copy())
    assert_close(got, [0.65, -0.925], **TOL, name="ddpm_step(x_t, 0, eps_pred, [0.36, 0.4375], noise)")


@pytest.mark.parametrize("t", [1, 2, 10, 500, 999])
def test_matches_the_posterior_form(t):
    """Linear schedule over 1000 steps, t = {t}: matches the posterior mean and std of q(x_t-1 | x_t, x_0)"""
    got = ddpm_step(IMG.copy(), t, IMG_EPS.copy(), BETAS.copy(), IMG_NOISE.copy())
    assert_close(got, posterior_reference(IMG, t, IMG_EPS, BETAS, IMG_NOISE), **TOL, name=f"ddpm_step(images, {t}, ...)")


def test_last_step_ignores_noise():
    """At t = 0 no noise is added: two different noise arrays give the same result"""
    a = as_array(ddpm_step(IMG.copy(), 0, IMG_EPS.copy(), BETAS, IMG_NOISE.copy()), "ddpm_step at t = 0", shape=IMG.shape)
    b = as_array(ddpm_step(IMG.copy(), 0, IMG_EPS.copy(), BETAS, 5 * IMG_NOISE + 1), "ddpm_step at t = 0", shape=IMG.shape)
    assert np.array_equal(a, b), "at t = 0 the result changes with the noise; sigma_0 = 0, so the last step is the mean alone"
    assert_close(a, posterior_reference(IMG, 0, IMG_EPS, BETAS, IMG_NOISE), **TOL, name="ddpm_step(images, 0, ...)")


def test_true_noise_recovers_the_posterior_mean():
    """With the true noise, mean = posterior mean of q(x_{t-1} | x_t, x_0) (noise array of zeros)"""
    x0 = _rng.normal(size=(5, 3))
    eps = _rng.normal(size=(5, 3))
    t = 300
    ab, ab_prev, beta = abar_of(BETAS, t), abar_of(BETAS, t - 1), BETAS[t]
    x_t = np.sqrt(ab) * x0 + np.sqrt(1 - ab) * eps
    want = np.sqrt(ab_prev) * beta / (1 - ab) * x0 + np.sqrt(1 - beta) * (1 - ab_prev) / (1 - ab) * x_t
    got = ddpm_step(x_t, t, eps, BETAS, np.zeros((5, 3)))
    assert_close(got, want, **TOL, name="ddpm_step(x_t, 300, true noise, betas, zeros)")


def test_sigma_is_the_posterior_std():
    """The noise is scaled by sigma_t = sqrt(beta_t (1 - abar_t-1) / (1 - abar_t)): x_t = eps = 0 gives sigma_t * noise"""
    t = 3
    betas = np.array([0.1, 0.2, 0.3, 0.4])
    sigma = np.sqrt(0.4 * (1 - 0.504) / (1 - 0.3024))
    got = ddpm_step(np.zeros(3), t, np.zeros(3), betas, np.array([1.0, -2.0, 0.5]))
    assert_close(got, sigma * np.array([1.0, -2.0, 0.5]), **TOL, name="ddpm_step(0, 3, 0, [0.1, 0.2, 0.3, 0.4], noise)")


def test_mean_divides_by_sqrt_alpha_t():
    """With eps_pred = 0 and zero noise, the mean is x_t / sqrt(1 - beta_t)"""
    betas = np.array([0.1, 0.2, 0.3, 0.4])
    got = ddpm_step(np.array([[1.0, 2.0], [-3.0, 0.5]]), 2, np.zeros((2, 2)), betas, np.zeros((2, 2)))
    assert_close(got, np.array([[1.0, 2.0], [-3.0, 0.5]]) / np.sqrt(0.7), **TOL, name="ddpm_step(x, 2, 0, betas, 0)")


def test_alpha_bar_includes_step_t():
    """abar_t multiplies 1 - beta_s for s = 0 .. t, step t included"""
    betas = np.array([0.1, 0.2, 0.3, 0.4])
    # t = 1: abar_1 = 0.72, so the eps coefficient is 0.2 / sqrt(0.28) and the mean divides by sqrt(0.8)
    got = ddpm_step(np.zeros(2), 1, np.array([1.0, -1.0]), betas, np.zeros(2))
    coef = 0.2 / np.sqrt(0.28) / np.sqrt(0.8)
    assert_close(got, [-coef, coef], **TOL, name="ddpm_step(0, 1, [1, -1], [0.1, 0.2, 0.3, 0.4], 0)")


SHAPES = {"a vector (6,)": (6,), "a batch (4, 5)": (4, 5), "images (2, 3, 4, 4)": (2, 3, 4, 4)}


@pytest.mark.parametrize("shape", SHAPES)
def test_any_shape(shape):
    """Works elementwise on {shape}"""
    s = SHAPES[shape]
    x, e, n = _rng.normal(size=s), _rng.normal(size=s), _rng.normal(size=s)
    assert_close(ddpm_step(x, 123, e, BETAS, n), posterior_reference(x, 123, e, BETAS, n), **TOL, name=f"ddpm_step on {shape}")


def test_numpy_integer_timestep():
    """t given as a numpy integer (np.int64(42))"""
    got = ddpm_step(IMG.copy(), np.int64(42), IMG_EPS.copy(), BETAS, IMG_NOISE.copy())
    assert_close(got, posterior_reference(IMG, 42, IMG_EPS, BETAS, IMG_NOISE), **TOL, name="ddpm_step(images, np.int64(42), ...)")


@pytest.mark.parametrize("t", [1000, 1500, -1])
def test_timestep_out_of_range_raises(t):
    """t = {t} with T = 1000 raises ValueError"""
    with pytest.raises(ValueError):
        ddpm_step(IMG.copy(), t, IMG_EPS.copy(), BETAS, IMG_NOISE.copy())


@pytest.mark.parametrize("which", ["eps_pred", "noise"])
def test_mismatched_shapes_raise(which):
    """{which} of another shape than x_t raises ValueError"""
    x, e, n = np.zeros((2, 3)), np.zeros((2, 3)), np.zeros((2, 3))
    if which == "eps_pred":
        e = np.zeros((1, 3))
    else:
        n = np.zeros(3)
    with pytest.raises(ValueError):
        ddpm_step(x, 5, e, BETAS, n)


def test_does_not_modify_inputs():
    """Leaves x_t, eps_pred, betas and noise unchanged"""
    x, e, b, n = IMG.copy(), IMG_EPS.copy(), BETAS.copy(), IMG_NOISE.copy()
    for t in (0, 7):
        out = ddpm_step(x, t, e, b, n)
        assert not np.shares_memory(out, x), "ddpm_step returned the caller's x_t array"
    assert np.array_equal(x, IMG), "ddpm_step changed the caller's x_t"
    assert np.array_equal(e, IMG_EPS), "ddpm_step changed the caller's eps_pred"
    assert np.array_equal(b, BETAS), "ddpm_step changed the caller's betas"
    assert np.array_equal(n, IMG_NOISE), "ddpm_step changed the caller's noise"
