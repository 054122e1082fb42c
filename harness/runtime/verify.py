"""Hash checks: nothing downloaded enters the runtime directory without matching a known digest
(what ``compiled.py`` makes from those files is checked by its key instead).

Node's Pyodide loader reads local files without checking them, so this is the only integrity
gate on the Node path (the browser also checks the lock's sha256 through SRI).
"""
from __future__ import annotations

import base64
import hashlib
from pathlib import Path

_CHUNK = 1 << 20


class AssemblyError(Exception):
    """Assembling the runtime failed; ``str()`` is one line naming the file and the cause."""


class HashMismatch(AssemblyError):
    def __init__(self, name: str, expected: str, got: str, where: str = ""):
        self.name, self.expected, self.got = name, expected, got
        origin = f" ({where})" if where else ""
        super().__init__(f"hash mismatch for {name}{origin}: expected {expected}, got {got}")


def digest(path: Path, algo: str = "sha256") -> str:
    h = hashlib.new(algo)
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def sri(path: Path) -> str:
    """The file's Subresource-Integrity string (``sha512-<base64>``), as npm publishes it."""
    h = hashlib.sha512()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return "sha512-" + base64.b64encode(h.digest()).decode()


def check_sha256(path: Path, expected: str, *, name: str | None = None, where: str = "") -> None:
    got = digest(path)
    if got != expected:
        raise HashMismatch(name or path.name, expected, got, where)


def check_sri(path: Path, expected: str, *, name: str | None = None, where: str = "") -> None:
    got = sri(path)
    if got != expected:
        raise HashMismatch(name or path.name, expected, got, where)
