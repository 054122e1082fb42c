"""Scratch runs inside Pyodide (Node): output, a traceback, and an endless loop the host interrupts."""
import json
import shutil

import pytest

from harness import runtime
from harness.runtime.node_bridge import PyodideSession

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")


@pytest.fixture(scope="module")
def pyodide():
    with PyodideSession(runtime.assemble()) as session:
        session.eval("import json\nfrom harness.scratch import run_script")
        yield session


def script(pyodide, source, limit=2.0):
    return json.loads(pyodide.eval(f"json.dumps(run_script({source!r}, {limit}))", time_limit=limit))


def test_script_prints_raises_and_loops_then_runs_again(pyodide):
    assert script(pyodide, 'if __name__ == "__main__":\n    print(2 + 2)\n')["stdout"] == "4\n"
    raised = script(pyodide, "def f():\n    raise ValueError('no')\nf()\n")
    assert raised["status"] == "error"
    assert raised["traceback"].splitlines()[-2:] == ["    raise ValueError('no')", "ValueError: no"]
    looped = script(pyodide, "print('go')\nwhile True:\n    pass\n", 1.0)
    assert (looped["status"], looped["stdout"]) == ("timeout", "go\n")
    assert script(pyodide, "import numpy as np\nprint(np.arange(3))\n")["stdout"] == "[0 1 2]\n"
