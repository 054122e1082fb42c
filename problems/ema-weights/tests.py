import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import ema_update

# Loose enough for float32 arithmetic inside (weights of size about 1), far tighter than any mistake.
RTOL, ATOL = 1e-6, 1e-6


def model(seed, names=("conv.weight", "conv.bias", "fc.weight", "fc.bias")):
    rng = np.random.default_rng(seed)
    shapes = {"conv.weight": (2, 3, 3, 3), "conv.bias": (2,), "fc.weight": (4, 5), "fc.bias": (4,)}
    return {name: rng.normal(size=shapes[name]) for name in names}


def copy(d):
    return {k: v.copy() for k, v in d.items()}


def update(ema, params, *args, **kw):
    got = ema_update(copy(ema), copy(params), *args, **kw)
    if not isinstance(got, dict):
        raise AssertionError(f"ema_update should return a dict, got {type(got).__name__}")
    if set(got) != set(ema):
        raise AssertionError(f"the returned dict has the names {sorted(got)}, expected {sorted(ema)}")
    return {k: as_array(v, f"result[{k!r}]", shape=np.shape(ema[k])) for k, v in got.items()}


def expected(ema, params, decay):
    return {k: decay * ema[k] + (1 - decay) * params[k] for k in ema}


def check(got, want):
    for k in want:
        assert_close(got[k], want[k], rtol=RTOL, atol=ATOL, name=f"result[{k!r}]")


E1 = {"w": np.array([1.0, 2.0]), "b": np.array([0.0])}
P1 = {"w": np.array([3.0, 0.0]), "b": np.array([10.0])}


def test_worked_example():
    """Worked example (decay 0.75): w [1.5, 1.5], b [2.5]"""
    check(update(E1, P1, decay=0.75), {"w": [1.5, 1.5], "b": [2.5]})


def test_three_updates():
    """Three updates with decay 0.5 towards fixed weights: w [2.75, 0.25], b [8.75]"""
    e = copy(E1)
    for _ in range(3):
        e = update(e, P1, decay=0.5)
    check(e, {"w": [2.75, 0.25], "b": [8.75]})


@pytest.mark.parametrize("decay", [0.9, 0.999, 0.3])
def test_every_name(decay):
    """Every name gets decay * ema + (1 - decay) * params (4 arrays of different shapes, decay {decay})"""
    ema, params = model(1), model(2)
    check(update(ema, params, decay=decay), expected(ema, params, decay))


def test_default_decay():
    """The default decay is 0.999"""
    ema, params = model(3), model(4)
    check(update(ema, params), expected(ema, params, 0.999))


def test_decay_zero_and_one():
    """decay = 0 gives the training weights, decay = 1 keeps the average"""
    ema, params = model(5), model(6)
    check(update(ema, params, decay=0.0), params)
    check(update(ema, params, decay=1.0), ema)


def test_empty_dicts():
    """Two empty dicts give an empty dict"""
    got = ema_update({}, {}, decay=0.9)
    assert isinstance(got, dict) and len(got) == 0, f"ema_update({{}}, {{}}) should return an empty dict, got {got!r}"


def test_name_missing_from_params_raises():
    """A name in ema but not in params raises KeyError"""
    ema, params = model(7), model(8)
    del params["fc.bias"]
    with pytest.raises(KeyError):
        ema_update(ema, params, decay=0.9)


def test_extra_name_in_params_raises():
    """A name in params but not in ema raises KeyError"""
    ema, params = model(9), model(10)
    params["head.weight"] = np.ones((2, 2))
    with pytest.raises(KeyError):
        ema_update(ema, params, decay=0.9)


def test_returns_a_new_dict():
    """Returns a new dict: the caller's ema dict keeps its own arrays"""
    ema, params = model(11), model(12)
    originals = dict(ema)
    got = ema_update(ema, params, decay=0.9)
    assert got is not ema, "ema_update returned the caller's ema dict itself, expected a new dict"
    assert all(ema[k] is originals[k] for k in originals) and set(ema) == set(originals), (
        "ema_update replaced entries of the caller's ema dict"
    )


@pytest.mark.parametrize("decay", [0.0, 0.9, 1.0])
def test_returns_new_arrays(decay):
    """No returned array is one of the input arrays (decay {decay})"""
    ema, params = model(13), model(14)
    originals = {"ema": dict(ema), "params": dict(params)}  # the input array objects themselves
    got = ema_update(ema, params, decay=decay)
    for k, v in got.items():
        for name, d in originals.items():
            if isinstance(v, np.ndarray) and np.shares_memory(v, d[k]):
                raise AssertionError(f"result[{k!r}] is the caller's {name}[{k!r}] array (or a view of it), expected a new array")


@pytest.mark.parametrize("which", ["ema", "params"])
def test_does_not_modify_input_arrays(which):
    """Leaves the arrays in {which} unchanged"""
    ema, params = model(15), model(16)
    after = dict({"ema": ema, "params": params}[which])  # the input array objects themselves
    before = copy(after)
    ema_update(ema, params, decay=0.9)
    changed = [k for k in before if not np.array_equal(after[k], before[k])]
    assert not changed, f"ema_update changed the caller's {which} arrays {changed}"
