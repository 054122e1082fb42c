"""Machine-made mutants: each operator makes the mutant it names; survivors and waivers are scored."""
from __future__ import annotations

import json
import textwrap

import pytest

from harness.cli import main
from harness.mutate import OPERATOR_NAMES, mutants
from harness.problem import load_problem

from conftest import ROOT
from copies import write_problem

FIXTURE = textwrap.dedent('''
    import numpy as np


    def f(x, m, p, n, values):
        """Docstrings are never mutated: 1 + 1."""
        x = x - m
        z = np.asarray(x, dtype=float)
        e = np.exp(z - z.max(axis=-1, keepdims=True))
        s = e / e.sum(axis=-1, keepdims=True)
        y = np.array(values)
        y = y - m
        y += 1
        k = np.log(p)
        if n < 3:
            k = k * 2
        return np.power(s, k), np.maximum(s, k), max(n, 0), y.copy()
''')

EXPECTED = {
    "axis-swap": "z.max(axis=0, keepdims=True)",
    "drop-axis": "z.max(keepdims=True)",
    "drop-keepdims": "z.max(axis=-1)",
    "swap-args": "np.power(k, s)",
    "log-clip": "np.log(np.clip(p, 1e-12, 1))",
    "sum-mean": "e.mean(axis=-1, keepdims=True)",
    "max-min": "z.min(axis=-1, keepdims=True)",
    "plus-minus": "y -= 1",
    "mul-div": "e * e.sum(axis=-1, keepdims=True)",
    "drop-max-shift": "np.exp(z)",
    "compare-flip": "if n <= 3:",
    "int-plus-one": "if n < 4:",
    "int-minus-one": "if n < 2:",
    "in-place": "x -= m",
    "drop-copy": "np.asarray(values)",
}


def test_every_operator_is_covered_by_this_fixture():
    assert set(EXPECTED) == set(OPERATOR_NAMES)


@pytest.mark.parametrize("operator", OPERATOR_NAMES)
def test_operator_makes_the_mutant_it_names(operator):
    made = [m for m in mutants(FIXTURE) if m.operator == operator]
    assert made, f"{operator} made no mutant"
    assert any(EXPECTED[operator] in m.source for m in made), [m.diff for m in made]
    for mutant in made:
        assert mutant.id.startswith(f"{operator}@")
        changed = [line for line in mutant.diff.splitlines() if line.startswith("-") and not line.startswith("---")]
        assert len(changed) == 1, mutant.diff  # only the mutated line differs from the reference
        compile(mutant.source, "mutant.py", "exec")


def test_no_mutant_where_it_cannot_change_anything():
    made = [m.source for m in mutants(FIXTURE)]
    assert not any("np.maximum(k, s)" in m or "max(0, n)" in m for m in made), "symmetric arguments swapped"
    assert not any("y -= m" in m for m in made), "in-place edit of a fresh local array (not the caller's)"


def test_docstrings_and_defaults_are_left_alone():
    assert all('"""Docstrings are never mutated: 1 + 1."""' in m.source for m in mutants(FIXTURE))


def test_ids_are_unique_and_stable():
    ids = [m.id for m in mutants(FIXTURE)]
    assert len(ids) == len(set(ids)) and ids == [m.id for m in mutants(FIXTURE)]


WEAK_SOLUTION = """import numpy as np


def scale(x):
    x = np.asarray(x, dtype=float)
    return x * 2 + 0
"""
WEAK_TESTS = """from harness.testkit import assert_close
from solution import scale


def test_doubles():
    \"\"\"Doubles [1, 2]\"\"\"
    assert_close(scale([1.0, 2.0]), [2.0, 4.0])
"""


@pytest.fixture
def weak_problem(tmp_path):
    """``x * 2 + 0``: the tests kill every mutant but ``+ 0`` -> ``- 0``, which changes nothing."""
    return write_problem(tmp_path / "scale", function="scale", solution=WEAK_SOLUTION, tests=WEAK_TESTS)


def mutate_json(capsys, folder, *flags):
    assert main(["mutate", str(folder), "--json", "--jobs", "2", *flags]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    return result


def test_survivors_are_reported_and_waivers_remove_them(capsys, weak_problem):
    result = mutate_json(capsys, weak_problem)
    assert result["mutants"] == len(mutants(WEAK_SOLUTION)) >= 6
    assert result["survivors"] == ["plus-minus@6:12"]
    assert result["killed"] == result["mutants"] - 1
    assert main(["mutate", str(weak_problem)]) == 0
    out = capsys.readouterr().out
    assert "scale: mutation score" in out and "+++ plus-minus@6:12/solution.py" in out
    assert "-    return x * 2 + 0\n    +    return x * 2 - 0" in out
    (weak_problem / "mutants" / "equivalent.txt").write_text("# waivers\nplus-minus@6:12  x - 0 == x + 0\n")
    waived = mutate_json(capsys, weak_problem)
    assert waived["waived"] == ["plus-minus@6:12"] and waived["survivors"] == [] and waived["score"] == 1.0


def test_a_waiver_naming_no_mutant_is_an_error(capsys, weak_problem):
    (weak_problem / "mutants" / "equivalent.txt").write_text("plus-minus@999:1  gone\n")
    assert main(["mutate", str(weak_problem)]) == 2
    assert "equivalent.txt: plus-minus@999:1: no such mutant" in capsys.readouterr().err


def test_a_waiver_needs_a_reason(capsys, weak_problem):
    (weak_problem / "mutants" / "equivalent.txt").write_text("plus-minus@6:12\n")
    assert main(["mutate", str(weak_problem)]) == 2
    assert "equivalent.txt: line 1: write the mutant id, then why it is equivalent" in capsys.readouterr().err


def test_check_mutate_fails_below_the_threshold(capsys, weak_problem, monkeypatch):
    monkeypatch.setattr("harness.check.THRESHOLD", 0.95)
    assert main(["check", str(weak_problem), "--mutate", "--json", "--jobs", "1"]) == 1
    report = json.loads(capsys.readouterr().out)["problems"][0]
    assert not report["ok"] and "is below 95%: no test notices plus-minus@6:12" in report["detail"]
    assert report["mutation"]["survivors"] == ["plus-minus@6:12"]
    monkeypatch.setattr("harness.check.THRESHOLD", 0.80)
    assert main(["check", str(weak_problem), "--mutate", "--jobs", "1"]) == 0
    assert "mutation score" in capsys.readouterr().out


def test_check_jobs_gives_the_same_lines_in_the_same_order(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    folders = [str(ROOT / "problems" / s) for s in ("softmax", "cross-entropy-grad", "log-softmax")]

    def lines(jobs):
        assert main(["check", *folders, "--jobs", jobs]) == 0
        return [line.rsplit(" (", 1)[0] for line in capsys.readouterr().out.splitlines()]

    assert lines("2") == lines("1")
