"""A small HTTP proxy for tests: forwards plain requests, tunnels CONNECT, counts both.

- A plain request (``GET http://host:port/path HTTP/1.1``) is recorded as
  ``(method, "http://host:port/path")``, sent upstream in origin form with
  ``Connection: close`` (so every request of the client arrives as its own connection
  and is counted), and the answer streams back as it comes (server-sent events work).
- ``CONNECT host:port`` is recorded as ``("CONNECT", "host:port")`` and tunnelled.
- ``fail_next = n`` answers the next n plain requests itself with ``503`` and
  ``Retry-After: 0`` (what an overloaded reverse proxy says), to provoke retries.

All threads are daemons and ``stop()`` closes every socket they use.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

HEADER_LIMIT = 64 * 1024


class HttpProxy:
    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []
        self.fail_next = 0
        self._cond = threading.Condition()
        self._sockets: set[socket.socket] = set()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._stopped = False
        self._thread = threading.Thread(target=self._accept_loop, name="test-http-proxy",
                                        daemon=True)

    # -- the test's side -------------------------------------------------------------
    def __enter__(self) -> HttpProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            sockets = list(self._sockets)
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self._thread.join(5.0)

    def seen(self) -> list[tuple[str, str]]:
        with self._cond:
            return list(self.requests)

    def wait_for(self, predicate: Callable[[list[tuple[str, str]]], bool],
                 timeout: float = 15.0) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: predicate(self.requests), timeout)

    # -- the proxy -------------------------------------------------------------------
    def _track(self, sock: socket.socket) -> bool:
        with self._cond:
            if self._stopped:
                return False
            self._sockets.add(sock)
            return True

    def _forget(self, *socks: socket.socket) -> None:
        with self._cond:
            for sock in socks:
                self._sockets.discard(sock)
        for sock in socks:
            sock.close()

    def _accept_loop(self) -> None:
        while True:
            try:
                conn, _addr = self._listener.accept()
            except OSError:
                return
            if not self._track(conn):
                conn.close()
                return
            threading.Thread(target=self._serve, args=(conn,), name="test-http-proxy-conn",
                             daemon=True).start()

    def _record(self, method: str, target: str) -> None:
        with self._cond:
            self.requests.append((method, target))
            self._cond.notify_all()

    def _serve(self, conn: socket.socket) -> None:
        upstream: socket.socket | None = None
        try:
            head, rest = _read_head(conn)
            if head is None:
                return
            lines = head.decode("latin-1").split("\r\n")
            method, target, _version = lines[0].split(" ", 2)
            if method == "CONNECT":
                host, _, port = target.rpartition(":")
                self._record(method, target)
                upstream = socket.create_connection((host, int(port)), timeout=10)
                self._track(upstream)
                conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                if rest:
                    upstream.sendall(rest)
            else:
                self._record(method, target)
                with self._cond:
                    fail = self.fail_next > 0
                    if fail:
                        self.fail_next -= 1
                if fail:
                    conn.sendall(b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\n"
                                 b"Content-Length: 0\r\nConnection: close\r\n\r\n")
                    return
                url = urlsplit(target)
                path = url.path or "/"
                if url.query:
                    path += "?" + url.query
                headers = [line for line in lines[1:] if line and line.split(":", 1)[0]
                           .strip().lower() not in {"connection", "proxy-connection",
                                                    "keep-alive"}]
                request = "\r\n".join([f"{method} {path} HTTP/1.1", *headers,
                                       "Connection: close", "", ""]).encode("latin-1")
                upstream = socket.create_connection((url.hostname or "127.0.0.1",
                                                     url.port or 80), timeout=10)
                self._track(upstream)
                upstream.sendall(request + rest)
            upstream.settimeout(None)
            conn.settimeout(None)
            _pipe(conn, upstream)
        except (OSError, ValueError):
            return
        finally:
            self._forget(conn, *([upstream] if upstream is not None else []))


def _read_head(conn: socket.socket) -> tuple[bytes | None, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk or len(data) > HEADER_LIMIT:
            return None, b""
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


def _pipe(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until either side closes."""
    with selectors.DefaultSelector() as sel:
        sel.register(a, selectors.EVENT_READ, b)
        sel.register(b, selectors.EVENT_READ, a)
        while True:
            for key, _mask in sel.select():
                src = key.fileobj
                assert isinstance(src, socket.socket)
                data = src.recv(65536)
                if not data:
                    return
                key.data.sendall(data)
