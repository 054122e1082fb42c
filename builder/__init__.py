"""Helpers of ``build.py``: problem folder -> harness model -> static site.

Each module does one step of the pipeline; ``build.py`` calls them in order.
"""


class BuildError(Exception):
    """The build cannot go on; ``str()`` is the one line the author sees."""
