"""Scratch runs (the page's Run button): a script's output, errors and limits, in CPython."""
import builtins

import numpy as np

from harness.scratch import run_script

MAIN = 'import numpy as np\n\ndef f(x):\n    return x * 2\n\nif __name__ == "__main__":\n    print(f(np.array([1, 2])))\n'


def test_main_block_runs_and_its_output_is_kept():
    result = run_script(MAIN, 2)
    assert result["status"] == "ok"
    assert result["stdout"] == "[2 4]\n"
    assert result["stderr"] == "" and result["traceback"] == ""
    assert set(result) == {"version", "status", "stdout", "stderr", "traceback", "duration_ms"}


def test_stdout_and_stderr_are_separate():
    result = run_script("import sys\nprint('out')\nprint('err', file=sys.stderr)\n", 2)
    assert (result["stdout"], result["stderr"]) == ("out\n", "err\n")


def test_exception_gives_a_traceback_of_learner_lines_only():
    source = "import numpy as np\n\ndef f(x):\n    return np.reshape(x, (7, 7))\n\nprint('before')\nf(np.ones(3))\n"
    result = run_script(source, 2)
    assert result["status"] == "error"
    assert result["stdout"] == "before\n"
    lines = result["traceback"].splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert '  File "solution.py", line 7, in <module>' in lines
    assert "    return np.reshape(x, (7, 7))" in lines
    assert lines[-1].startswith("ValueError: cannot reshape")
    assert "numpy" not in "\n".join(lines[:-1])


def test_syntax_error_names_the_line():
    result = run_script("def f(x:\n    return x\n", 2)
    assert result["status"] == "error"
    assert 'File "solution.py", line 1' in result["traceback"]
    assert "SyntaxError" in result["traceback"]


def test_endless_loop_stops_at_the_time_limit_even_swallowing_exceptions():
    source = "print('start')\nwhile True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n"
    result = run_script(source, 0.5)
    assert result["status"] == "timeout"
    assert result["stdout"] == "start\n"
    assert "longer than 0.5 s" in result["traceback"]
    assert run_script(MAIN, 2)["stdout"] == "[2 4]\n"


def test_output_over_the_limit_is_cut_with_a_note():
    result = run_script("print('x' * 50_000)\n", 2)
    assert len(result["stdout"]) < 20_200
    assert "output cut: 30,001 more characters not shown (limit 20,000)" in result["stdout"]


def test_process_enders_and_namespace_changes_do_not_outlive_the_script():
    source = "import os, builtins, numpy as np\nnp.allclose = lambda *a, **k: True\ndel builtins.len\nos._exit(0)\n"
    result = run_script(source, 2)
    assert result["status"] == "error" and "os._exit() is not allowed" in result["traceback"]
    assert builtins.len([1]) == 1
    assert not np.allclose(1, 2)


def test_sys_exit_zero_is_a_normal_end_and_nonzero_is_reported():
    assert run_script("import sys\nprint('a')\nsys.exit()\n", 2)["status"] == "ok"
    failed = run_script("import sys\nsys.exit(3)\n", 2)
    assert failed["status"] == "error" and "sys.exit(3)" in failed["traceback"]


def test_name_is_main_and_classes_can_look_themselves_up():
    source = "from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\nprint(__name__, P(1))\n"
    assert run_script(source, 2)["stdout"] == "__main__ P(x=1)\n"


def test_input_reads_end_of_file_instead_of_waiting():
    result = run_script("name = input('name? ')\n", 2)
    assert result["status"] == "error"
    assert result["traceback"].endswith("EOFError: EOF when reading a line")
    assert result["stdout"] == "name? "


def test_the_stub_as_given_says_what_to_do():
    stub = 'def f(x):\n    raise NotImplementedError\n\n\nif __name__ == "__main__":\n    print(f(1))\n'
    lines = run_script(stub, 2)["traceback"].splitlines()
    assert lines[-3:] == ["NotImplementedError", "", "Not implemented yet: f() still raises NotImplementedError."]
