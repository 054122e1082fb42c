"""Which files changed under the folders ``build.py serve`` watches, by polling their mtimes.

Polling, not inotify: it needs no dependency, works the same on every OS and file system
(network mounts, containers, WSL), and a catalogue is a few hundred files, so a scan costs
about a millisecond. Editors save in bursts (a temp file, a rename, a backup), so a change is
reported only once the tree has been still for ``settle`` seconds; scanning ten times a
second keeps a save's detection under 0.15 s at a few per cent of one core.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable
from pathlib import Path

# Caches and editors' scratch files: never the content of a site.
SKIPPED_DIRS = ("__pycache__", "node_modules")


def scan(roots: Iterable[Path]) -> dict[str, tuple[int, int]]:
    """Every watched file under ``roots`` (as a path string) with its (mtime in ns, size).

    Strings, not Paths: a scan runs ten times a second, and building a Path per file made it about 1.6 times as slow.
    """
    found: dict[str, tuple[int, int]] = {}
    for root in roots:
        _scan_dir(str(root), found)
    return found


def _scan_dir(folder: str, found: dict[str, tuple[int, int]]) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:  # missing, or removed while scanning: the next scan sees it gone
        return
    for entry in entries:
        if _skipped(entry.name):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                if entry.name not in SKIPPED_DIRS:
                    _scan_dir(entry.path, found)
            elif entry.is_file():
                stat = entry.stat()
                found[entry.path] = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            continue


def _skipped(name: str) -> bool:
    """Hidden files, editor backups and swap files (``.x.swp``, ``x~``, ``#x#``, ``.#x``)."""
    return name.startswith((".", "#")) or name.endswith(("~", ".pyc", ".swp", ".swx"))


def changed(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> set[Path]:
    """Files added, removed or modified between two scans."""
    return {Path(path) for path in before.keys() | after.keys() if before.get(path) != after.get(path)}


class Watcher:
    """Blocks until files under ``roots`` change, then says which."""

    def __init__(self, roots: Iterable[Path], interval: float = 0.1, settle: float = 0.05):
        self.roots = [Path(r) for r in roots]
        self.interval = interval
        self.settle = settle
        self._last = scan(self.roots)

    def wait(self, stop: threading.Event | None = None) -> set[Path]:
        """The files changed since the last call (or since the watcher was made); an empty
        set only when ``stop`` was set."""
        stop = stop or threading.Event()
        while not stop.is_set():
            now = scan(self.roots)
            if changed(self._last, now):
                now = self._settled(now, stop)
                paths = changed(self._last, now)
                self._last = now
                if paths:
                    return paths
            stop.wait(self.interval)
        return set()

    def _settled(self, now: dict[str, tuple[int, int]], stop: threading.Event) -> dict[str, tuple[int, int]]:
        """Scan again until two scans ``settle`` seconds apart agree (an editor finished saving)."""
        deadline = time.monotonic() + 2
        while not stop.wait(self.settle) and time.monotonic() < deadline:
            later = scan(self.roots)
            if later == now:
                break
            now = later
        return now
