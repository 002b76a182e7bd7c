"""A small HTTPS server in a thread, with a certificate the test generates (trustme).

It answers ``GET /health`` like the AgentDesk server (``{"status": "ok"}``) and counts
the requests that got through the TLS handshake, so a test can tell "refused before any
request" from "answered".
"""

from __future__ import annotations

import json
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import trustme


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.paths.append(self.path)
        if self.path != "/health":
            self.send_error(404)
            return
        body = json.dumps({"status": "ok", "version": "tls-test"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the tests assert on ``paths``


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    lock: threading.Lock
    paths: list[str]

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a refused handshake is what many tests provoke


class TlsServer:
    """``with TlsServer(leaf) as server: server.url`` — HTTPS on 127.0.0.1, any port.

    ``leaf`` is the certificate it presents; ``server_name`` the host name in ``url``.
    """

    def __init__(self, leaf: trustme.LeafCert, server_name: str = "localhost") -> None:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        leaf.configure_cert(ctx)
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.lock = threading.Lock()
        self._httpd.paths = []
        self._httpd.socket = ctx.wrap_socket(self._httpd.socket, server_side=True)
        self.port = int(self._httpd.server_address[1])
        self.url = f"https://{server_name}:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        name="tls-test-server", daemon=True)

    @property
    def paths(self) -> list[str]:
        with self._httpd.lock:
            return list(self._httpd.paths)

    def __enter__(self) -> TlsServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5.0)


def write_ca(ca: trustme.CA, path: Path) -> Path:
    """The CA's certificate as a PEM file (what IT hands out as the company CA)."""
    path.write_bytes(ca.cert_pem.bytes())
    return path
