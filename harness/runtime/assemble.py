"""Assemble a self-contained, verified Pyodide runtime directory from the pins.

The directory holds everything ``loadPyodide`` + ``loadPackage(["numpy"])`` read, and the
bytecode ``compiled.py`` makes from it, so the Node bridge and the built site never reach
outside it. Downloads land in a cache
first (verified, then atomically renamed); the runtime directory is filled from the cache.
A warm run only hashes files, and never opens a connection.
"""
from __future__ import annotations

import hashlib
import os
import http.client
import json
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import compiled, sources
from .lock import LOCK_NAME, build as build_lock, dumps as dump_lock
from .pins import Pins, pins
from .verify import AssemblyError, HashMismatch, check_sha256, check_sri, digest

REPO = Path(__file__).resolve().parents[2]
_NET_ERRORS = (OSError, http.client.HTTPException)

Log = Callable[[str], None]


CHECKOUT = (REPO / "pyproject.toml").is_file() and (REPO / "harness").is_dir()


def cache_home() -> Path:
    """Where downloads and made files are kept: ``$GRADLAB_CACHE`` if set; else ``.cache/`` of
    a checkout, or ``~/.cache/gradlab`` (``$XDG_CACHE_HOME/gradlab``) for an installed gradlab."""
    if os.environ.get("GRADLAB_CACHE"):
        return Path(os.environ["GRADLAB_CACHE"]).expanduser()
    if CHECKOUT:
        return REPO / ".cache"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "gradlab"


def default_dest(p: Pins | None = None) -> Path:
    name = (p or pins()).runtime_name
    return REPO / "_runtime" / name if CHECKOUT and not os.environ.get("GRADLAB_CACHE") else cache_home() / "_runtime" / name


def default_cache() -> Path:
    return cache_home() / "runtime"


@dataclass(frozen=True)
class Source:
    """One place a file can come from; ``get`` writes it to a temporary path."""

    label: str
    get: Callable[[Path], None]


def _cdn(url: str) -> Source:
    return Source(url, lambda tmp: sources.fetch(url, tmp, timeout=sources.CDN_TIMEOUT))


def _npm(p: Pins) -> Source:
    spec = f"{p.npm.package}@{p.npm.version}"
    return Source(f"npm {spec}", lambda tmp: sources.npm_pack(spec, p.npm.tarball_name, tmp))


def _pypi(name: str, version: str, file_name: str) -> Source:
    requirement = f"{name}=={version}"
    return Source(f"PyPI {requirement}", lambda tmp: sources.pip_download(requirement, file_name, tmp))


def _pypi_fallback(p: Pins, cache: Path) -> Source:
    """numpy's Pyodide wheel, taken out of the PyPI package that vendors it (77 MB, not kept)."""
    fb = p.numpy.fallback
    outer_source = _pypi(fb.package, fb.version, fb.file_name)

    def get(tmp: Path) -> None:
        with sources.scratch(cache, fb.file_name) as outer:
            outer_source.get(outer)
            check_sha256(outer, fb.sha256, name=fb.file_name, where=outer_source.label)
            sources.extract_member(outer, fb.member, tmp)

    return Source(outer_source.label, get)


def _cached(path: Path, check: Callable[..., None], options: list[Source], offline: bool) -> str | None:
    """Make ``path`` (in the cache) exist and pass ``check``: None if it was cached already,
    else the label of the source it was downloaded from."""
    if path.exists():
        check(path, where=f"cached copy {path}; delete it to fetch again")
        return None
    if offline:
        raise AssemblyError(f"{path.name} is not in the cache {path.parent} and assembly is offline")
    failures = []
    for source in options:
        try:
            with sources.staged(path) as tmp:
                source.get(tmp)
                check(tmp, where=source.label)
            return source.label
        except HashMismatch:
            raise
        except (*_NET_ERRORS, sources.NetworkDisabled, sources.ClientFailed) as exc:
            failures.append(f"{source.label}: {exc}")
    raise AssemblyError(f"could not fetch {path.name}: " + "; ".join(failures))


def _install(data: bytes | Path, dest: Path, sha256: str) -> bool:
    """Put verified content at ``dest`` unless it is already there; True if written."""
    if dest.exists() and digest(dest) == sha256:
        return False
    with sources.staged(dest) as tmp:
        if isinstance(data, Path):
            tmp.write_bytes(data.read_bytes())
        else:
            tmp.write_bytes(data)
        check_sha256(tmp, sha256, name=dest.name)
    return True


def _read_tarball(tarball: Path, names: tuple[str, ...]) -> dict[str, bytes]:
    out = {}
    with tarfile.open(tarball, "r:gz") as tf:
        for name in names:
            member = tf.extractfile(f"package/{name}")
            if member is None:
                raise AssemblyError(f"{name} is missing from {tarball.name}")
            out[name] = member.read()
    return out


def assemble(
    dest: Path | None = None,
    *,
    cache: Path | None = None,
    offline: bool = False,
    log: Log | None = None,
) -> Path:
    """Build (or re-verify) the runtime directory and return its path.

    Raises :class:`AssemblyError` (one-line message) on a hash mismatch, a missing file
    while ``offline``, or when no source can be reached.
    """
    p = pins()
    dest = Path(dest) if dest else default_dest(p)
    cache = Path(cache) if cache else default_cache()
    say = log or (lambda line: None)

    def report(name: str, *, written: bool, origin: str | None = None) -> None:
        """verified: already in place; cached: copied in from the cache; downloaded: fetched."""
        if origin:
            say(f"downloaded {name}  ({origin})")
        else:
            say(f"{'cached' if written else 'verified':<10} {name}")

    tarball = cache / p.npm.tarball_name
    origin = _cached(
        tarball,
        lambda f, where: check_sri(f, p.npm.integrity, name=tarball.name, where=where),
        [_npm(p)],
        offline,
    )
    report(tarball.name, written=False, origin=origin)

    core = _read_tarball(tarball, p.npm.files)
    for name, data in core.items():
        report(name, written=_install(data, dest / name, hashlib.sha256(data).hexdigest()))

    official = json.loads(core["pyodide-lock.json"])
    entry = official["packages"].get(p.numpy.name, {})
    if entry.get("file_name") != p.numpy.file_name:
        raise AssemblyError(
            f"pins.toml names {p.numpy.file_name} but the official lock has {entry.get('file_name')}"
        )
    numpy_sources = [_cdn(p.cdn + p.numpy.file_name), _pypi_fallback(p, cache)]
    wanted = [(p.numpy.file_name, entry["sha256"], numpy_sources)]
    wanted += [(w.file_name, w.sha256, [_pypi(w.name, w.version, w.file_name)]) for w in p.wheels]
    for file_name, sha256, options in wanted:
        target = dest / file_name
        if target.exists() and digest(target) == sha256:
            report(file_name, written=False)
            continue

        def check(f: Path, where: str, sha256: str = sha256, name: str = file_name) -> None:
            check_sha256(f, sha256, name=name, where=where)

        origin = _cached(cache / file_name, check, options, offline)
        _install(cache / file_name, target, sha256)
        report(file_name, written=True, origin=origin)

    lock_bytes = dump_lock(build_lock(official, p))
    written = _install(lock_bytes, dest / LOCK_NAME, hashlib.sha256(lock_bytes).hexdigest())
    say(f"{'written' if written else 'verified':<10} {LOCK_NAME}")

    files, made = compiled.cached_files(dest, cache, lock_bytes, p)
    for name, path in files.items():
        written = _install(path, dest / name, digest(path))
        say(f"{'compiled' if made else 'cached' if written else 'verified':<10} {name}")
    return dest
