"""Serve a built site under a project subpath, as GitHub Pages does (``/REPO/``).

Used by the browser tests and the benchmark. Like GitHub Pages it gzips text and wasm,
sends ``Cache-Control: max-age=600`` and an ``ETag`` (a revalidation is answered 304, with no
body) and answers 404 outside the subpath. It counts the
requests it answers, so tests can see what the browser asked for.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
import sys
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".svg": "image/svg+xml",
    ".xml": "application/xml",
    ".webmanifest": "application/manifest+json",
}
COMPRESS = (".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".xml", ".webmanifest")


@lru_cache(maxsize=256)
def _gzipped(path: Path, mtime: float) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6)


@dataclass
class SiteServer:
    root: Path
    prefix: str = "/after-the-interview/"
    host: str = "127.0.0.1"
    port: int = 0
    requests: list[str] = field(default_factory=list)
    sent: list[tuple[str, int]] = field(default_factory=list)  # (path, body bytes) per answer, 0 for a 304

    def start(self) -> "SiteServer":
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                server.requests.append(self.path)
                path = unquote(urlsplit(self.path).path)
                if not path.startswith(server.prefix):
                    return self.send_error(404)
                target = (server.root / path[len(server.prefix):]).resolve()
                if server.root.resolve() not in target.parents and target != server.root.resolve():
                    return self.send_error(404)
                if target.is_dir():
                    if not path.endswith("/"):
                        self.send_response(301)
                        self.send_header("Location", path + "/")
                        self.end_headers()
                        return
                    target = target / "index.html"
                if not target.is_file():
                    return self.send_error(404)
                body = target.read_bytes()
                etag = '"%s"' % hashlib.sha256(body).hexdigest()[:20]  # as Pages: revalidation costs no body
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    server.sent.append((path, 0))
                    return
                encoding = None
                if target.suffix in COMPRESS and "gzip" in self.headers.get("Accept-Encoding", ""):
                    body = _gzipped(target, target.stat().st_mtime)
                    encoding = "gzip"
                self.send_response(200)
                self.send_header("Content-Type", TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "max-age=600")
                self.send_header("ETag", etag)
                if encoding:
                    self.send_header("Content-Encoding", encoding)
                self.end_headers()
                self.wfile.write(body)
                server.sent.append((path, len(body)))

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):  # a browser closed mid-download: not news
                if not isinstance(sys.exc_info()[1], ConnectionError):
                    super().handle_error(request, client_address)

        self._httpd = Server((self.host, self.port), Handler)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{self.prefix}"

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def free_port(host: str = "127.0.0.1") -> int:
    import socket

    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]
