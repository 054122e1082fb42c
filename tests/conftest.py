"""Shared fixtures: the project root and a tiny problem used by runner and CLI tests."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

TINY_TESTS = '''
import numpy as np
from harness.testkit import assert_close
from solution import double


def test_small():
    """Doubles a small vector"""
    assert_close(double(np.array([1.0, 2.0])), [2.0, 4.0], name="double([1, 2])")


def test_zero():
    """Doubles zero"""
    assert_close(double(np.zeros(2)), [0.0, 0.0], name="double(zeros(2))")


def test_negative():
    """Doubles negative numbers"""
    assert_close(double(np.array([-3.0])), [-6.0], name="double([-3])")
'''

GOOD = "import numpy as np\n\ndef double(x):\n    return 2 * np.asarray(x)\n"


@pytest.fixture
def tiny_tests():
    return TINY_TESTS


@pytest.fixture
def good_source():
    return GOOD
