"""A local static server for the built site, for authors, the browser tests and the benches.

Python's default MIME table varies by version and platform; Pyodide needs ``application/wasm``
(for streaming compilation) and a JavaScript type for ``.mjs`` module imports, so both are set
here explicitly. Like any real static host it gzips text and WebAssembly and says how long
each file may be cached (see :func:`cache_control`) and makes pages cross-origin isolated
(:data:`ISOLATION`), so what the benches measure here is what
a learner's browser gets from a production host. Localhost only: this is a preview server.
"""
from __future__ import annotations

import functools
import gzip
import hashlib
import http.server
import io
import sys
from pathlib import Path
from urllib.parse import urlsplit

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
# Already-compressed formats (.zip, .whl, .woff2) are sent as they are.
COMPRESSED_TYPES = (".html", ".js", ".mjs", ".css", ".json", ".py", ".svg", ".wasm")
# Cross-origin isolation, so the grading worker gets Pyodide's interrupt buffer (a
# SharedArrayBuffer). The site's service worker adds the same headers on hosts that send none.
ISOLATION = {"Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp"}
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"


def cache_control(url: str) -> str:
    """The caching policy of one URL; a static host in production should send the same.

    ``?v=<hash>`` URLs change whenever their content does, so they are cached for good.
    Everything else (pages, and the Pyodide runtime, whose file names a pin bump keeps) is
    cached but revalidated on every use: a 304 costs a round trip and no body, and a browser
    can never pair files from two different builds or runtimes.
    """
    return IMMUTABLE if "v=" in urlsplit(url).query else REVALIDATE


@functools.lru_cache(maxsize=256)
def _gzipped(path: Path, mtime_ns: int, size: int) -> tuple[bytes, str]:
    """The gzipped file and its ETag, computed once per file version (the runtime is 10 MB)."""
    body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
    return body, '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}
    # HTTP/1.1: browsers ignore an HTTP/1.0 response's ETag when revalidating, and reuse
    # connections, as with any production host.
    protocol_version = "HTTP/1.1"

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if not (path.suffix in COMPRESSED_TYPES and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        stat = path.stat()
        body, etag = _gzipped(path, stat.st_mtime_ns, stat.st_size)
        if etag in self.headers.get("If-None-Match", ""):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("ETag", etag)
        self.end_headers()
        return io.BytesIO(body)

    def send_response(self, code, message=None) -> None:
        self._code = code
        super().send_response(code, message)

    def end_headers(self) -> None:
        if getattr(self, "_code", None) in (200, 304):
            self.send_header("Cache-Control", cache_control(self.path))
        for name, value in ISOLATION.items():
            self.send_header(name, value)
        super().end_headers()

    def log_request(self, code="-", size="-") -> None:
        """Only errors are logged: a line per request would bury the URL and any 404."""

    def log_error(self, format, *args) -> None:
        """An error names the URL it was for ("code 404, message File not found" alone does not)."""
        super().log_error("%s: " + format, getattr(self, "path", "-"), *args)


class Server(http.server.ThreadingHTTPServer):
    """A browser drops connections all the time (a cancelled fetch, a closed tab, a reload
    mid-download): that is not an error, and its traceback would bury the ones that are."""

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def make_server(
    root: Path, port: int, host: str = "127.0.0.1", handler: type[Handler] = Handler, **options,
) -> Server:
    """A server for ``root`` bound to ``host:port`` (0 picks a free port), not yet serving.

    ``handler`` and its keyword ``options``: the live preview's handler adds the reload channel.
    """
    handler = functools.partial(handler, directory=str(root), **options)
    try:
        return Server((host, port), handler)
    except OSError as exc:
        raise BuildError(f"cannot serve on {host}:{port}: {exc.strerror}") from None


def serve(root: Path, port: int, host: str = "127.0.0.1", handler: type[Handler] = Handler, **options) -> None:
    with make_server(root, port, host, handler, **options) as server:
        print(f"serving {root} at http://{host}:{server.server_port}/  (Ctrl+C to stop)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
