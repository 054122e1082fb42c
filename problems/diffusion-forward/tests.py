import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import linear_beta_schedule, q_sample

SCHEDULE_TOL = dict(rtol=1e-5, atol=0)
SAMPLE_TOL = dict(rtol=1e-5, atol=1e-5)  # float32 inside passes (sqrt(1 - 0.9999) loses digits); mistakes are off by 1e-3 or more


def schedule_reference(T, beta_start=1e-4, beta_end=0.02):
    """Products built up one step at a time, betas from the linear formula."""
    out, running = [], 1.0
    for s in range(T):
        beta = beta_start + (beta_end - beta_start) * (s / (T - 1) if T > 1 else 0.0)
        running *= 1.0 - beta
        out.append(running)
    return np.array(out)


def sample_reference(x0, t, abar, noise):
    out = np.empty_like(np.asarray(x0, dtype=float))
    for i in range(len(x0)):
        a = abar[int(t[i])]
        out[i] = np.sqrt(a) * x0[i] + np.sqrt(1.0 - a) * noise[i]
    return out


_rng = np.random.default_rng(50)
ABAR = schedule_reference(1000)
IMAGES = _rng.normal(size=(4, 3, 5, 5))
IMAGE_NOISE = _rng.normal(size=(4, 3, 5, 5))
IMAGE_T = np.array([0, 250, 999, 37])

# ---------- linear_beta_schedule ----------


def test_schedule_worked_example():
    """Worked example: T = 4 with betas 0.1 .. 0.4 gives [0.9, 0.72, 0.504, 0.3024]"""
    got = linear_beta_schedule(4, beta_start=0.1, beta_end=0.4)
    assert_close(got, [0.9, 0.72, 0.504, 0.3024], **SCHEDULE_TOL, name="linear_beta_schedule(4, 0.1, 0.4)")


def test_schedule_defaults():
    """The defaults (1e-4 to 0.02) over T = 1000 steps: 0.9999 first, 4.0358e-5 last"""
    got = as_array(linear_beta_schedule(1000), "linear_beta_schedule(1000)", shape=(1000,))
    assert_close(got[[0, 999]], [0.9999, 4.035829765375676e-05], **SCHEDULE_TOL,
                 name="linear_beta_schedule(1000)[[0, 999]]")
    assert_close(got, ABAR, **SCHEDULE_TOL, name="linear_beta_schedule(1000)")


@pytest.mark.parametrize("T, start, end", [(10, 0.01, 0.2), (50, 1e-3, 0.05), (2, 0.3, 0.6)])
def test_schedule_other_settings(T, start, end):
    """T = {T}, beta_start = {start}, beta_end = {end}"""
    got = linear_beta_schedule(T, beta_start=start, beta_end=end)
    assert_close(got, schedule_reference(T, start, end), **SCHEDULE_TOL, name=f"linear_beta_schedule({T}, {start}, {end})")


def test_schedule_single_step():
    """T = 1 gives the single value 1 - beta_start"""
    assert_close(linear_beta_schedule(1, beta_start=0.25, beta_end=0.5), [0.75], **SCHEDULE_TOL,
                 name="linear_beta_schedule(1, 0.25, 0.5)")


def test_schedule_is_decreasing_in_unit_interval():
    """alphas_cumprod decreases strictly and stays in (0, 1)"""
    got = as_array(linear_beta_schedule(200), "linear_beta_schedule(200)", shape=(200,))
    assert (got > 0).all() and (got < 1).all(), f"some values are outside (0, 1): min {got.min()}, max {got.max()}"
    assert (np.diff(got) < 0).all(), "linear_beta_schedule(200) does not decrease strictly"


@pytest.mark.parametrize("T", [0, -3])
def test_schedule_invalid_T_raises(T):
    """T = {T} raises ValueError"""
    with pytest.raises(ValueError):
        linear_beta_schedule(T)


# ---------- q_sample ----------


def test_q_sample_worked_example():
    """Worked example: schedule [0.64, 0.5, 0.36], t = [0, 2] gives [[1.4, 1], [2.2, 2.4]]"""
    x0 = np.array([[1.0, 2.0], [3.0, 4.0]])
    noise = np.array([[1.0, -1.0], [0.5, 0.0]])
    got = q_sample(x0, np.array([0, 2]), np.array([0.64, 0.5, 0.36]), noise)
    assert_close(got, [[1.4, 1.0], [2.2, 2.4]], **SAMPLE_TOL, name="q_sample(worked example)")


def test_q_sample_images():
    """A batch of images (4, 3, 5, 5): each sample noised at its own timestep"""
    got = q_sample(IMAGES.copy(), IMAGE_T.copy(), ABAR.copy(), IMAGE_NOISE.copy())
    assert_close(got, sample_reference(IMAGES, IMAGE_T, ABAR, IMAGE_NOISE), **SAMPLE_TOL, name="q_sample(images)")


def test_q_sample_square_batch():
    """A square (5, 5) batch: the coefficients go along the batch axis, not the last axis"""
    x0 = _rng.normal(size=(5, 5))
    noise = _rng.normal(size=(5, 5))
    t = np.array([999, 0, 500, 10, 700])
    got = q_sample(x0, t, ABAR, noise)
    assert_close(got, sample_reference(x0, t, ABAR, noise), **SAMPLE_TOL, name="q_sample(square batch)")


def test_q_sample_vectors_and_single_sample():
    """Batches of vectors (3, 7), and a single sample (1, 4)"""
    x0, noise, t = _rng.normal(size=(3, 7)), _rng.normal(size=(3, 7)), np.array([5, 900, 321])
    assert_close(q_sample(x0, t, ABAR, noise), sample_reference(x0, t, ABAR, noise), **SAMPLE_TOL, name="q_sample(3 vectors)")
    x1, n1 = _rng.normal(size=(1, 4)), _rng.normal(size=(1, 4))
    assert_close(q_sample(x1, np.array([123]), ABAR, n1), sample_reference(x1, [123], ABAR, n1), **SAMPLE_TOL,
                 name="q_sample(1 sample)")


def test_q_sample_endpoints():
    """t = 0 keeps almost all of x0; t = 999 is almost pure noise"""
    x0, noise = np.full((2, 3), 2.0), np.full((2, 3), -1.0)
    got = as_array(q_sample(x0, np.array([0, 999]), ABAR, noise), "q_sample", shape=(2, 3))
    assert_close(got[0], np.full(3, np.sqrt(0.9999) * 2 - np.sqrt(1e-4)), **SAMPLE_TOL, name="q_sample at t = 0")
    assert_close(got[1], np.full(3, np.sqrt(ABAR[999]) * 2 - np.sqrt(1 - ABAR[999])), **SAMPLE_TOL, name="q_sample at t = 999")


def test_q_sample_keeps_unit_variance():
    """Unit-variance data and noise give unit-variance samples at every timestep"""
    x0 = np.random.default_rng(1).standard_normal((6, 20000))
    noise = np.random.default_rng(2).standard_normal((6, 20000))
    got = as_array(q_sample(x0, np.array([0, 100, 300, 500, 800, 999]), ABAR, noise), "q_sample", shape=(6, 20000))
    var = got.var(axis=1)
    assert np.allclose(var, 1.0, atol=0.05), f"the variances of the six noised rows are {np.round(var, 3)}; expected about 1"


@pytest.mark.parametrize("dtype", ["int32", "int64"])
def test_q_sample_timestep_dtypes(dtype):
    """Timesteps given as {dtype}"""
    got = q_sample(IMAGES.copy(), IMAGE_T.astype(dtype), ABAR, IMAGE_NOISE.copy())
    assert_close(got, sample_reference(IMAGES, IMAGE_T, ABAR, IMAGE_NOISE), **SAMPLE_TOL, name=f"q_sample({dtype} t)")


BAD = {
    "noise of another shape": lambda: (np.zeros((2, 3)), np.array([0, 1]), np.zeros((2, 4))),
    "noise missing a batch row": lambda: (np.zeros((2, 3)), np.array([0, 1]), np.zeros((1, 3))),
    "three timesteps for two samples": lambda: (np.zeros((2, 3)), np.array([0, 1, 2]), np.zeros((2, 3))),
    "one timestep for two samples": lambda: (np.zeros((2, 3)), np.array([1]), np.zeros((2, 3))),
    "timestep T": lambda: (np.zeros((2, 3)), np.array([0, 1000]), np.zeros((2, 3))),
    "timestep -1": lambda: (np.zeros((2, 3)), np.array([-1, 3]), np.zeros((2, 3))),
}


@pytest.mark.parametrize("case", BAD)
def test_q_sample_invalid_inputs_raise(case):
    """q_sample raises ValueError for {case}"""
    x0, t, noise = BAD[case]()
    with pytest.raises(ValueError):
        q_sample(x0, t, ABAR, noise)


def test_does_not_modify_inputs():
    """q_sample leaves x0, t, alphas_cumprod and noise unchanged"""
    x0, t, abar, noise = IMAGES.copy(), IMAGE_T.copy(), ABAR.copy(), IMAGE_NOISE.copy()
    out = q_sample(x0, t, abar, noise)
    assert np.array_equal(x0, IMAGES), "q_sample changed the caller's x0"
    assert np.array_equal(noise, IMAGE_NOISE), "q_sample changed the caller's noise"
    assert np.array_equal(t, IMAGE_T), "q_sample changed the caller's t"
    assert np.array_equal(abar, ABAR), "q_sample changed the caller's alphas_cumprod"
    assert not (np.shares_memory(out, x0) or np.shares_memory(out, noise)), "q_sample returned one of its inputs"
