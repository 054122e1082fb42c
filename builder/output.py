"""Atomic output: the site is built in a sibling temp dir and swapped in only when complete.

A failed build deletes its temp dir and leaves the previous site exactly as it was, so a
running ``serve`` never shows a half-written site. Swapping deletes the old output, so only a
directory carrying our marker (or an empty one) is ever replaced: a mistyped ``--out`` can
never wipe someone's files.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from . import BuildError

MARKER = ".gradlab-site"


@contextlib.contextmanager
def staged_dir(out: Path) -> Iterator[Path]:
    """Yield an empty dir next to ``out``; on success it replaces ``out``."""
    out = out.resolve()
    if out.exists() and not (out / MARKER).exists() and any(out.iterdir()):
        raise BuildError(f"{out} exists and is not a gradlab site; refusing to replace it (choose another --out)")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f"{out.name}.new-", dir=out.parent))
    try:
        yield tmp
        (tmp / MARKER).write_text("Built by build.py; the next build replaces this whole directory.\n")
        tmp.chmod(0o755)
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f"{out.name}.old-", dir=out.parent))
            os.replace(out, old / out.name)
            os.replace(tmp, out)
            shutil.rmtree(old)
        else:
            os.replace(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)


def replace_file(target: Path, text: str) -> None:
    """Write ``target`` through a temp file in its folder and ``os.replace``: the live preview
    rewrites pages of a site being served, and a request must never read half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
