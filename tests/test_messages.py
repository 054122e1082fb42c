"""Learner-facing wording of errors (harness/messages.py), through the runner and the scratch run."""
from harness.runner import run
from harness.scratch import run_script

NOTE = "'torch' is not available here: this exercise has numpy and the Python standard library, nothing else."


def test_an_unavailable_import_says_what_the_exercise_has(tiny_tests):
    result = run("import torch\n\n\ndef double(x):\n    return 2 * x\n", tiny_tests)
    assert result["status"] == "error"
    assert result["message"].startswith("ModuleNotFoundError: No module named 'torch'\n" + NOTE)
    assert 'File "solution.py", line 1' in result["message"]


def test_a_submodule_names_its_package_and_run_says_the_same():
    result = run_script("import torch.nn as nn\n", 2)
    assert result["status"] == "error"
    assert result["traceback"].endswith("ModuleNotFoundError: No module named 'torch'\n" + NOTE)


def test_other_errors_are_worded_as_before(tiny_tests):
    result = run("import numpy as np\nnp.zeros(-1)\n", tiny_tests)
    assert "not available here" not in result["message"]
