"""Hostile submissions in CPython: each ends in its clear verdict and the next run is correct."""
import numpy as np
import pytest

from harness.runner import run
from hostile import CASES, GOOD, TESTS, TIME_LIMIT, assert_good_run, assert_verdict


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_submission_gets_a_clear_verdict(case):
    before = np.geterr()
    assert_verdict(case, run(case.source, TESTS, time_limit=TIME_LIMIT))
    assert np.geterr() == before
    assert_good_run(run(GOOD, TESTS, time_limit=TIME_LIMIT))
