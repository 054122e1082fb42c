"""gradlab's pinned Pyodide runtime: assemble it, verify it, and grade inside it from Node.

``pins()`` is the parsed ``pins.toml``; ``assemble()`` builds the self-contained runtime
directory the site ships and the Node bridge boots; ``PyodideSession`` (in ``node_bridge``)
runs ``harness.runner`` inside that runtime under Node.
"""
from .assemble import assemble, default_cache, default_dest
from .compiled import ARCHIVE_NAME, STDLIB_NAME, in_archive
from .lock import LOCK_NAME
from .pins import Pins, pins
from .verify import AssemblyError, HashMismatch

__all__ = [
    "ARCHIVE_NAME",
    "LOCK_NAME",
    "AssemblyError",
    "HashMismatch",
    "STDLIB_NAME",
    "Pins",
    "assemble",
    "default_cache",
    "default_dest",
    "in_archive",
    "pins",
]
