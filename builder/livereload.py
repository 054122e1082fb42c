"""The channel between a preview session and the pages open on it: reload, or show an error.

Server-Sent Events: the traffic is one-way (server to page), ``EventSource`` reconnects by
itself after a restart, and it is plain HTTP the stdlib server can stream. Every message is
the whole state (the count of good builds, the last error, what the last build wrote), so a
page that missed messages while disconnected still knows whether it is out of date.

A ``<script>`` for the dev script (``livereload.js``) is added to HTML as it is served, only by
:class:`PreviewHandler`: the files in ``_site/`` stay exactly what a production host serves.
"""
from __future__ import annotations

import io
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .serve import Handler

EVENTS = "/__gradlab/events"
SCRIPT = "/__gradlab/livereload.js"
CLIENT = Path(__file__).with_name("livereload.js")
KEEPALIVE_S = 15
RETRY_MS = 300


@dataclass(frozen=True)
class State:
    build: int  # good builds since serve started; a page compares it with the one it was served
    error: str | None  # the last rebuild's one-line error, until a good rebuild clears it
    changed: tuple[str, ...] | None  # site paths the last good build wrote; None: all of them

    def as_json(self) -> str:
        return json.dumps({"build": self.build, "error": self.error,
                           "changed": None if self.changed is None else list(self.changed)})


class Channel:
    """The preview's current :class:`State`, and a way for each open page to wait for the next."""

    def __init__(self):
        self._state = State(0, None, ())
        self._version = 0
        self._closed = False
        self._cond = threading.Condition()

    @property
    def state(self) -> State:
        return self._state

    def rebuilt(self, changed: list[str] | None) -> None:
        """A good build wrote ``changed`` (site paths; None: everything): clears any error."""
        self._publish(State(self._state.build + 1, None, None if changed is None else tuple(changed)))

    def failed(self, message: str) -> None:
        self._publish(State(self._state.build, message, self._state.changed))

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def next(self, version: int, timeout: float) -> tuple[int, State] | None:
        """The state once it is newer than ``version`` (-1: now); None on timeout or close."""
        with self._cond:
            self._cond.wait_for(lambda: self._closed or self._version > version, timeout)
            if self._closed or self._version <= version:
                return None
            return self._version, self._state

    @property
    def closed(self) -> bool:
        return self._closed

    def _publish(self, state: State) -> None:
        with self._cond:
            self._state = state
            self._version += 1
            self._cond.notify_all()


class PreviewHandler(Handler):
    """The static handler plus the events stream, and the dev script in every HTML page."""

    def __init__(self, *args, channel: Channel, **kwargs):
        self.channel = channel
        super().__init__(*args, **kwargs)

    def do_GET(self):
        if urlsplit(self.path).path == EVENTS:
            self._stream()
        else:
            super().do_GET()

    def send_head(self):
        if urlsplit(self.path).path == SCRIPT:
            return self._send(CLIENT.read_bytes(), "text/javascript; charset=utf-8")
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        if path.suffix != ".html" or not path.is_file():
            return super().send_head()
        return self._send(inject(path.read_bytes(), self.channel.state.build), "text/html; charset=utf-8")

    def _send(self, body: bytes, content_type: str):
        """Headers for ``body``, made for this request (no validator: always sent afresh)."""
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def _stream(self) -> None:
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        try:
            self.wfile.write(f"retry: {RETRY_MS}\n\n".encode())
            version = -1
            while not self.channel.closed:
                news = self.channel.next(version, KEEPALIVE_S)
                if news is None:
                    self.wfile.write(b": keepalive\n\n")
                else:
                    version, state = news
                    self.wfile.write(f"data: {state.as_json()}\n\n".encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass


def inject(html: bytes, build: int) -> bytes:
    """``html`` with the dev script at the top of ``<head>``, before any of the page's scripts,
    so ``window.gradlabPreview`` is set before they run. A same-origin file, not inline: a
    Content-Security-Policy of ``script-src 'self'`` lets it run."""
    script = f'<script src="{SCRIPT}" data-build="{build}"></script>\n'.encode()
    head_end = html.find(b"</head>")
    first_script = html.find(b"<script", 0, head_end if head_end >= 0 else len(html))
    at = first_script if first_script >= 0 else head_end if head_end >= 0 else 0
    return html[:at] + script + html[at:]
