"""Where runtime files come from, and how they land on disk without ever half-existing.

``fetch`` (the Pyodide CDN), ``npm_pack`` and ``pip_download`` (the registries, through their
own clients and whatever index they are configured with) are the only functions in the runtime
that touch the network, so tests (and the ``GRADLAB_NO_NETWORK=1`` switch) can prove a warm
assembly needs none. Every write goes to
a temporary sibling first and is renamed into place only once it is complete and verified,
so an interrupted or rejected download never replaces or deletes a good file.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
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


class ClientFailed(AssemblyError):
    """npm or pip could not get a package (unreachable registry, unknown version...)."""


def fetch(url: str, dest: Path, *, timeout: float = DOWNLOAD_TIMEOUT) -> None:
    """Download ``url`` into ``dest`` (a fresh temporary path owned by the caller)."""
    _allow_network(url)
    request = urllib.request.Request(url, headers={"User-Agent": "gradlab-runtime"})
    with urllib.request.urlopen(request, timeout=timeout) as response, dest.open("wb") as out:
        shutil.copyfileobj(response, out, 1 << 20)


def npm_pack(spec: str, file_name: str, dest: Path) -> None:
    """``npm pack spec`` (a registry tarball, by package name) into ``dest``."""
    _allow_network(f"npm {spec}")
    with tempfile.TemporaryDirectory() as tmp:
        _client(["npm", "pack", spec, "--pack-destination", tmp, "--silent"], f"npm pack {spec}")
        shutil.move(Path(tmp) / file_name, dest)


def pip_download(requirement: str, file_name: str, dest: Path) -> None:
    """``pip download`` one wheel (no dependencies) into ``dest``."""
    _allow_network(f"pip {requirement}")
    with tempfile.TemporaryDirectory() as tmp:
        _client(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--no-cache-dir",
             "--disable-pip-version-check", "--quiet", "--dest", tmp, requirement],
            f"pip download {requirement}",
        )
        if not (Path(tmp) / file_name).is_file():
            got = ", ".join(p.name for p in Path(tmp).iterdir()) or "nothing"
            raise ClientFailed(f"pip download {requirement} gave {got}, not {file_name}")
        shutil.move(Path(tmp) / file_name, dest)


def _allow_network(what: str) -> None:
    if os.environ.get(NO_NETWORK_ENV):
        raise NetworkDisabled(f"network disabled by {NO_NETWORK_ENV}, needed for {what}")


def _client(command: list[str], what: str) -> None:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=DOWNLOAD_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ClientFailed(f"{what}: {exc}") from None
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise ClientFailed(f"{what} failed: {tail}")


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
