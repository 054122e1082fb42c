"""``gradlab init DIR``: a new course repository, ready to check, build and publish.

It writes ``course.toml`` (one track), one complete example problem, the CI workflow
(``.github/workflows/course.yml``: check in CPython with ``--mutate`` and in Pyodide, build,
deploy to GitHub Pages), ``requirements.txt`` (the gradlab the course is built with), a
``.gitignore`` and a short README. The files are those of ``builder/template/``.
"""
from __future__ import annotations

import shutil
from importlib import metadata
from pathlib import Path

TEMPLATE = Path(__file__).with_name("template")
# Template names that cannot be package data as they are (dot files), and what they become.
RENAMED = {"gitignore": ".gitignore", "github": ".github"}
FILLED = ("course.toml", "README.md", "requirements.txt")


def requirement() -> str:
    """The pip requirement for this gradlab, for the course's requirements.txt."""
    try:
        return f"gradlab=={metadata.version('gradlab')}"
    except metadata.PackageNotFoundError:
        return "gradlab"


def init(dest: Path, title: str | None = None, gradlab: str | None = None) -> list[Path]:
    """Write the course into ``dest`` (new or empty); return the files written.

    Raises ValueError when ``dest`` holds anything already."""
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise ValueError(f"{dest} exists and is not empty; choose a new folder")
    title = title or dest.resolve().name.replace("-", " ").replace("_", " ").strip().capitalize() or "My course"
    values = {"{title}": title.replace('"', "'"), "{requirement}": gradlab or requirement()}
    written = []
    for source in sorted(TEMPLATE.rglob("*")):
        if source.is_dir() or "__pycache__" in source.parts:
            continue
        parts = [RENAMED.get(p, p) for p in source.relative_to(TEMPLATE).parts]
        target = dest.joinpath(*parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.name in FILLED and len(parts) == 1:
            text = source.read_text(encoding="utf-8")
            for key, value in values.items():
                text = text.replace(key, value)
            target.write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    return written
