"""The service worker and its precache list: every file of the build pages request, with its hash.

Written last, over the finished output, so the list is the build. Each file is listed under
the URL pages request it by (``?v=<hash>`` for the files ``Pages.asset`` versioned) with its
SRI hash, which the service worker checks as it caches. The build id, a hash over that list,
names the service worker's cache: a changed file means a new id, a new ``sw.js`` (which is how
browsers notice an update) and a new cache that replaces the old one whole.
"""
from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

from .output import MARKER
from .paths import SITE

SOURCE = SITE / "assets" / "sw.js"
NAME = "sw.js"


def write_service_worker(site: Path, versions: dict[str, str], *, unrequested=lambda path: False) -> str:
    """Write ``sw.js`` at the root of ``site``; return the build id.

    ``versions``: path -> the ``?v=`` hash pages use for it. ``unrequested(path)``: True for
    files that ship but no page asks for, which would only cost every learner a download.
    """
    files = []
    for file in sorted(p for p in site.rglob("*") if p.is_file()):
        path = file.relative_to(site).as_posix()
        if path in (MARKER, NAME) or unrequested(path):
            continue
        url = f"{path}?v={versions[path]}" if path in versions else path
        files.append([url, "sha256-" + base64.b64encode(hashlib.sha256(file.read_bytes()).digest()).decode()])
    build_id = hashlib.sha256(json.dumps(files).encode()).hexdigest()[:16]
    manifest = json.dumps({"id": build_id, "files": files}, separators=(",", ":"))
    (site / NAME).write_text(f"const BUILD = {manifest};\n" + SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    return build_id
