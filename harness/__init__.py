"""gradlab's harness: the problem model, the grading runner and the author CLI.

This package is also shipped into Pyodide (runner, guard, messages, deadline, testkit), so
importing it must stay free of CPython-only dependencies.
"""

__version__ = "0.1.0"
