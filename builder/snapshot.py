"""The Pyodide memory snapshot the worker restores instead of booting Python from scratch.

Why: a normal boot spends most of its time starting the interpreter and importing pytest;
restoring a snapshot of that state takes a fraction of it (figures in README, Performance).
``snapshot.mjs`` makes it under Node and verifies it can grade before it is written.

Snapshots are not byte-reproducible (hash seed, allocation addresses), so each one is cached
under ``.cache/snapshot/`` by a key over its inputs (the runtime files and the script): a
rebuild reuses it, and its content-hashed URL (and every learner's cached copy) stays valid
until the runtime itself changes. It ships gzipped, because static hosts rarely compress
``application/octet-stream``, and cut into parts the worker joins and inflates with
``DecompressionStream``: Chromium's in-memory HTTP cache (incognito windows, Playwright's
default contexts) refuses any entry over about 6 MB, and the whole snapshot is 7 MB gzipped.
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import itertools
import os
import shutil
import tempfile
from pathlib import Path

from harness.runtime.assemble import cache_home

from . import node

SCRIPT = Path(__file__).with_name("snapshot.mjs")
CACHE = cache_home() / "snapshot"
PART_PATH = "assets/python-snapshot.gz.{}"
PART_BYTES = 4 * 2**20


def write_snapshot(runtime: Path, site: Path, cache: Path = CACHE) -> list[tuple[str, str]]:
    """Write the gzipped snapshot for ``runtime`` into ``site`` in parts.

    Returns each part's path below ``site`` and SRI ``integrity``, in order. A cached
    snapshot is reused only if it still has the SHA-256 recorded when it was made.
    """
    key = _inputs_key(runtime)
    cached, record = cache / f"{key}.bin.gz", cache / f"{key}.sha256"
    if not (cached.is_file() and record.is_file() and _sha256(cached).hexdigest() == record.read_text().strip()):
        _make(runtime, cached, record)
    data = cached.read_bytes()
    parts = []
    for number, start in enumerate(range(0, len(data), PART_BYTES)):
        part = data[start:start + PART_BYTES]
        path = PART_PATH.format(number)
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(part)
        parts.append((path, _integrity(part)))
    return parts


def site_parts(site: Path) -> list[tuple[str, str]]:
    """The parts a built ``site`` holds, as :func:`write_snapshot` returned them when it wrote
    them: the live preview renders pages again long after the build that wrote the parts."""
    parts = []
    for number in itertools.count():
        path = PART_PATH.format(number)
        if not (site / path).is_file():
            return parts
        parts.append((path, _integrity((site / path).read_bytes())))


def _integrity(part: bytes) -> str:
    """Subresource Integrity of one part, as the worker checks it."""
    return "sha256-" + base64.b64encode(hashlib.sha256(part).digest()).decode()


def _make(runtime: Path, cached: Path, record: Path) -> None:
    cached.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cached.parent) as tmp:
        raw = Path(tmp) / "snapshot.bin"
        node.run(SCRIPT, str(runtime), str(raw))
        packed = Path(tmp) / cached.name
        with raw.open("rb") as src, packed.open("wb") as dst, gzip.GzipFile(fileobj=dst, mode="wb", mtime=0) as out:
            shutil.copyfileobj(src, out)
        digest = _sha256(packed).hexdigest()
        os.replace(packed, cached)
        record.write_text(digest + "\n")


def _inputs_key(runtime: Path) -> str:
    """A hash over every runtime file and the snapshot script: what the snapshot is made of."""
    h = hashlib.sha256()
    for file in [*sorted(p for p in runtime.iterdir() if p.is_file() and not p.name.startswith(".")), SCRIPT]:
        h.update(file.name.encode() + b"\0" + _sha256(file).digest())
    return h.hexdigest()[:32]


def _sha256(file: Path):
    h = hashlib.sha256()
    with file.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h
