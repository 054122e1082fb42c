"""The wheel carries the site: ``builder/_dist/`` is made at build time (builder/prebuild.py)."""
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithSite(build_py):
    def run(self):
        super().run()
        if not self.editable_mode:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from builder.prebuild import prebuild

            prebuild(Path(self.build_lib) / "builder" / "_dist")


setup(cmdclass={"build_py": BuildWithSite})
