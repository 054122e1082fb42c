"""A local static server for the built site, for authors and the browser tests.

Python's default MIME table varies by version and platform; Pyodide needs ``application/wasm``
(for streaming compilation) and a JavaScript type for ``.mjs`` module imports, so both are set
here explicitly. Localhost only: this is a preview, not a production server.
"""
from __future__ import annotations

import functools
import http.server
from pathlib import Path

from . import BuildError

MIME_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".py": "text/x-python; charset=utf-8",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".woff2": "font/woff2",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def log_request(self, code="-", size="-") -> None:
        """Only errors are logged: a line per request would bury the URL and any 404."""


def serve(root: Path, port: int, host: str = "127.0.0.1") -> None:
    handler = functools.partial(Handler, directory=str(root))
    try:
        server = http.server.ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise BuildError(f"cannot serve on {host}:{port}: {exc.strerror}") from None
    with server:
        print(f"serving {root} at http://{host}:{server.server_port}/  (Ctrl+C to stop)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
