"""Where runtime files come from, and how they land on disk without ever half-existing.

``fetch`` is the only function in the runtime that touches the network, so tests (and the
``GRADLAB_NO_NETWORK=1`` switch) can prove a warm assembly needs none. Every write goes to
a temporary sibling first and is renamed into place only once it is complete and verified,
so an interrupted or rejected download never replaces or deletes a good file.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

from .verify import AssemblyError

NO_NETWORK_ENV = "GRADLAB_NO_NETWORK"
CDN_TIMEOUT = 3.0
DOWNLOAD_TIMEOUT = 120.0


class NetworkDisabled(AssemblyError):
    pass


def fetch(url: str, dest: Path, *, timeout: float = DOWNLOAD_TIMEOUT) -> None:
    """Download ``url`` into ``dest`` (a fresh temporary path owned by the caller)."""
    if os.environ.get(NO_NETWORK_ENV):
        raise NetworkDisabled(f"network disabled by {NO_NETWORK_ENV}, needed for {url}")
    request = urllib.request.Request(url, headers={"User-Agent": "gradlab-runtime"})
    with urllib.request.urlopen(request, timeout=timeout) as response, dest.open("wb") as out:
        shutil.copyfileobj(response, out, 1 << 20)


@contextlib.contextmanager
def staged(final: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``final``; rename it onto ``final`` only on success."""
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        tmp_path.chmod(0o644)
        os.replace(tmp_path, final)
    finally:
        tmp_path.unlink(missing_ok=True)


@contextlib.contextmanager
def scratch(directory: Path, name: str) -> Iterator[Path]:
    """A temporary file path in ``directory``, removed on exit whatever happens."""
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".scratch-", dir=directory) as tmp:
        yield Path(tmp) / name


def extract_member(archive: Path, member: str, dest: Path) -> None:
    """Copy one member of a zip (a wheel) out to ``dest``."""
    with zipfile.ZipFile(archive) as zf, zf.open(member) as src, dest.open("wb") as out:
        shutil.copyfileobj(src, out, 1 << 20)
