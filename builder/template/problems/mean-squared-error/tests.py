import numpy as np
import pytest

from harness.testkit import assert_close
from solution import mean_squared_error


def test_example():
    """Matches the worked example"""
    assert_close(mean_squared_error([1.0, 2.0, 3.0], [1.0, 2.0, 5.0]), 4.0 / 3.0, name="mse")


def test_perfect():
    """Is zero when the predictions are exact"""
    assert_close(mean_squared_error([0.5, -2.0], [0.5, -2.0]), 0.0, atol=0, name="mse")


@pytest.mark.parametrize("shift", [-3.0, 0.5, 2.0])
def test_constant_shift(shift):
    """A constant error of {shift} gives its square"""
    target = np.linspace(-1, 1, 7)
    assert_close(mean_squared_error(target + shift, target), shift ** 2, name="mse")


def test_matrix():
    """Averages over every element of a matrix"""
    pred = np.array([[1.0, 2.0], [3.0, 4.0]])
    target = np.array([[0.0, 0.0], [0.0, 0.0]])
    assert_close(mean_squared_error(pred, target), 7.5, name="mse")


def test_returns_float():
    """Returns a Python float"""
    assert isinstance(mean_squared_error([1.0, 2.0], [0.0, 0.0]), float)
