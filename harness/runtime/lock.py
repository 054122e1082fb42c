"""gradlab's own Pyodide lock file, listing exactly the packages the runtime directory holds.

Pass it as ``lockFileURL`` to ``loadPyodide`` and ``loadPackage`` resolves every package to a
file beside it: no request ever leaves the directory. Only numpy is loaded that way; the pure
wheels it lists are what ``compiled.py`` compiles into the packages zip the worker unpacks. The
official lock cannot serve: its pytest is 8.1.1 and its pure wheels are Pyodide rebuilds
whose hashes differ from PyPI's, and it names hundreds of packages we do not ship.

Each entry goes through ``pyodide_lock``'s schema (from pyodide-build), which also checks that
every wheel's file name matches its pinned name and version. The ``info`` block is copied
verbatim from the official lock: the installed pyodide-lock 0.1.0a4 predates the 0.27 field
``info.abi_version``, so only the fields it knows are validated.
"""
from __future__ import annotations

import json

from pyodide_lock.spec import InfoSpec, PackageSpec, PyodideLockSpec

from .pins import Pins

LOCK_NAME = "gradlab-lock.json"


def official_entry(official: dict, name: str) -> dict:
    return official["packages"][name]


def build(official: dict, pins: Pins) -> dict:
    """The project lock: the official numpy entry plus one entry per pinned pure wheel."""
    packages = {pins.numpy.name: dict(official_entry(official, pins.numpy.name))}
    for w in pins.wheels:
        packages[w.name] = {
            "name": w.name,
            "version": w.version,
            "file_name": w.file_name,
            "install_dir": "site",
            "sha256": w.sha256,
            "package_type": "package",
            "imports": list(w.imports),
            "depends": list(w.depends),
            "unvendored_tests": False,
        }
    _validate(official["info"], packages)
    return {"info": official["info"], "packages": packages}


def _validate(info: dict, packages: dict) -> None:
    """Refuse a lock whose entries Pyodide's loader would misread or whose wheels are misnamed."""
    known = {name: info[name] for name in InfoSpec.__fields__ if name in info}
    spec = PyodideLockSpec(info=InfoSpec(**known), packages={n: PackageSpec(**e) for n, e in packages.items()})
    spec.check_wheel_filenames()


def dumps(lock: dict) -> bytes:
    return (json.dumps(lock, indent=2, sort_keys=True) + "\n").encode()
