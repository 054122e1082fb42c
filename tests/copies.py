"""Catalogue problems copied alone into a test's folder, for tests that break or serve one."""
from __future__ import annotations

import re
import shutil
from pathlib import Path


def copy_problem(source: Path, dest: Path) -> Path:
    """Copy ``source`` to ``dest`` and drop its ``requires``: its prerequisites are not copied."""
    shutil.copytree(source, dest)
    statement = dest / "problem.md"
    text = statement.read_text(encoding="utf-8")
    statement.write_text(re.sub(r"(?m)^requires:.*\n", "", text, count=1), encoding="utf-8")
    return dest
