"""Catalogue problems copied alone into a test's folder, for tests that break or serve one."""
from __future__ import annotations

import re
import shutil
from pathlib import Path


COURSE = Path(__file__).resolve().parents[1] / "course.toml"


def with_course(root: Path) -> Path:
    """Give the problems folder ``root`` this catalogue's course.toml (its tracks), unless it has one."""
    root.mkdir(parents=True, exist_ok=True)
    if not (root / "course.toml").exists() and not (root.parent / "course.toml").exists():
        shutil.copyfile(COURSE, root / "course.toml")
    return root


def copy_problem(source: Path, dest: Path, course: bool = True) -> Path:
    """Copy ``source`` to ``dest`` and drop its ``requires``: its prerequisites are not copied.
    ``course``: the folder it lands in gets this catalogue's course.toml (with_course)."""
    if course:
        with_course(dest.parent)
    shutil.copytree(source, dest)
    statement = dest / "problem.md"
    text = statement.read_text(encoding="utf-8")
    statement.write_text(re.sub(r"(?m)^requires:.*\n", "", text, count=1), encoding="utf-8")
    return dest


SECTIONS = ("Background", "Task", "Inputs and outputs", "Examples", "Constraints")


def write_problem(folder: Path, *, function: str, solution: str, tests: str, time_limit: float = 10, course: bool = True) -> Path:
    """A minimal valid problem folder around ``solution`` and ``tests`` (one function, one mutant)."""
    if course:
        with_course(folder.parent)
    (folder / "mutants").mkdir(parents=True)
    front = f"---\ntitle: {function}\ntrack: losses\ndifficulty: easy\ntags: [fixture]\nminutes: 1\ntime_limit: {time_limit}\n---\n"
    body = "".join(f"\n## {name}\n\nWrite `{function}`.\n" for name in SECTIONS)
    body += "\n## Hints\n\n### One\n\nRead the task.\n\n## Explanation\n\nAs written.\n"
    (folder / "problem.md").write_text(front + body, encoding="utf-8")
    (folder / "stub.py").write_text(
        f'def {function}(x):\n    raise NotImplementedError\n\n\nif __name__ == "__main__":\n    print({function}(2))\n',
        encoding="utf-8",
    )
    (folder / "solution.py").write_text(solution, encoding="utf-8")
    (folder / "tests.py").write_text(tests, encoding="utf-8")
    (folder / "mutants" / "none.py").write_text(f'"""Returns None."""\n\n\ndef {function}(x):\n    return None\n', encoding="utf-8")
    return folder
