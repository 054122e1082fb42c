"""Hostile submissions inside Pyodide (Node): the same verdicts as CPython, and the session lives on."""
import pytest

from harness import runtime
from harness.runtime.node_bridge import PyodideSession
from hostile import CASES, GOOD, TESTS, TIME_LIMIT, assert_good_run, assert_verdict


@pytest.fixture(scope="module")
def pyodide():
    with PyodideSession(runtime.assemble()) as session:
        yield session


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_submission_gets_a_clear_verdict_in_pyodide(pyodide, case):
    assert_verdict(case, pyodide.run(case.source, TESTS, TIME_LIMIT))
    assert_good_run(pyodide.run(GOOD, TESTS, TIME_LIMIT))
    assert pyodide.eval("import numpy; numpy.geterr()['over']") == "warn"
