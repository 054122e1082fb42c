"""The service worker and its precache list: every file of the build pages request, with its hash.

Written last, over the finished output, so the list is the build. Each file is listed under
the URL pages request it by (``?v=<hash>`` for the files ``Pages.asset`` versioned) with its
SRI hash, which the service worker checks as it caches. The build id, a hash over that list,
names the service worker's cache: a changed file means a new id, a new ``sw.js`` (which is how
browsers notice an update) and a new cache that replaces the old one whole.
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import re
from pathlib import Path

from .output import MARKER
from .paths import SITE

SOURCE = SITE / "assets" / "sw.js"
NAME = "sw.js"
# The problems' own files (page, hidden tests, solution: about 19 KB a problem on the wire)
# are all precached while they weigh at most this much gzipped, about 130 problems; beyond it
# the service worker precaches the rest of the build, then the learner's current track (up to
# this budget), and caches every other problem as it is visited or when asked to (sw.js).
BUDGET = int(os.environ.get("GRADLAB_PRECACHE_BUDGET", 2_500_000))
HEADERS = 400  # about what a response's headers add on the wire, counted with each file
PROBLEM_FILE = re.compile(r"^(?:problems/([^/]+)/index\.html|tests/([^/]+)\.py\?v=\w+|solutions/([^/]+)\.json\?v=\w+)$")


def write_service_worker(
    site: Path, versions: dict[str, str], *, unrequested=lambda path: False, tracks: dict[str, str] | None = None,
    budget: int | None = None,
) -> str:
    """Write ``sw.js`` at the root of ``site``; return the build id.

    ``versions``: path -> the ``?v=`` hash pages use for it. ``unrequested(path)``: True for
    files that ship but no page asks for, which would only cost every learner a download.
    ``tracks``: problem slug -> its track, which groups the problems' files when they are over
    ``budget`` (default :data:`BUDGET`) bytes on the wire (gzipped, headers included).
    """
    files = []
    groups: dict[str, list[list[int]]] = {}
    catalogue = 0
    for file in sorted(p for p in site.rglob("*") if p.is_file()):
        path = file.relative_to(site).as_posix()
        if path in (MARKER, NAME) or unrequested(path):
            continue
        url = f"{path}?v={versions[path]}" if path in versions else path
        data = file.read_bytes()
        problem = PROBLEM_FILE.match(url)
        slug = problem and next(filter(None, problem.groups()))
        if tracks and slug in tracks:
            wire = len(gzip.compress(data, 6)) + HEADERS
            groups.setdefault(tracks[slug], []).append([len(files), wire])
            catalogue += wire
        files.append([url, "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode()])
    budget = BUDGET if budget is None else budget
    lazy = catalogue > budget
    build_id = hashlib.sha256((json.dumps(files) + ("lazy" if lazy else "")).encode()).hexdigest()[:16]
    manifest = json.dumps({
        "id": build_id, "files": files, "budget": budget, "catalogueBytes": catalogue,
        # Lazy: these files (by index into files, with their gzipped size) are left out of the
        # precache, grouped by track; otherwise every file is precached.
        "tracks": groups if lazy else {},
    }, separators=(",", ":"))
    (site / NAME).write_text(f"const BUILD = {manifest};\n" + SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    return build_id
