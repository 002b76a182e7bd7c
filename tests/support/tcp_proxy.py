"""A small TCP proxy the test controls, for fault tests against the real server.

Every new client connection takes the proxy's current ``mode``:

- ``pass``: bytes flow both ways (optionally after ``delay`` seconds);
- ``slow``: like ``pass``, after 0.3 s;
- ``drop_before``: the request is read and the connection closed; the server never
  sees it;
- ``drop_after``: the request goes to the server, the server's answer is read and
  thrown away, and the client's connection is closed: the server committed, the
  client does not know;
- ``hold``: the request goes to the server, the answer is held back until ``release()``
  (used to kill a client while it waits for a push reply the server already sent);
- ``stall``: the request is read and held, the server never sees it, until
  ``release()`` closes the connection (to kill a client before the server commits).

``chooser`` may pick the mode per connection (e.g. at random). Clients should not keep
connections alive, so that every request meets a fresh decision.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable


class TcpProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.mode = "pass"
        self.delay = 0.0
        self.chooser: Callable[[], str] | None = None
        self.counts: dict[str, int] = {}
        self.request_seen = threading.Event()
        self.answer_seen = threading.Event()
        self._release = threading.Event()
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = int(self._listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._socks: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._accept = threading.Thread(target=self._accept_loop, name="tcp-proxy", daemon=True)
        self._accept.start()

    def release(self) -> None:
        self._release.set()

    def close(self) -> None:
        self._stop.set()
        self._release.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            for s in list(self._socks):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    s.close()
        self._accept.join(5)
        for t in list(self._threads):
            t.join(5)

    # -- internals -------------------------------------------------------------------
    def _track(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._socks.add(sock)
        return sock

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            mode = self.chooser() if self.chooser is not None else self.mode
            self.counts[mode] = self.counts.get(mode, 0) + 1
            t = threading.Thread(target=self._handle, args=(self._track(client), mode),
                                 daemon=True, name=f"tcp-proxy-{mode}")
            self._threads = [x for x in self._threads if x.is_alive()] + [t]
            t.start()

    def _handle(self, client: socket.socket, mode: str) -> None:
        upstream: socket.socket | None = None
        try:
            client.settimeout(30)
            if mode == "drop_before":
                client.recv(65536)
                return
            if mode == "stall":
                client.recv(65536)
                self.request_seen.set()
                self._release.wait()
                return
            delay = self.delay or (0.3 if mode == "slow" else 0.0)
            if delay and self._stop.wait(delay):
                return
            upstream = self._track(socket.create_connection(self.target, timeout=30))
            if mode in {"drop_after", "hold"}:
                request = client.recv(65536)
                upstream.sendall(request)
                # the rest of a larger body, if the client sends more right away
                client.settimeout(0.2)
                with contextlib.suppress(TimeoutError, OSError):
                    while chunk := client.recv(65536):
                        upstream.sendall(chunk)
                self.request_seen.set()
                answer = upstream.recv(65536)  # the server has answered: it committed
                self.answer_seen.set()
                if mode == "hold":
                    self._release.wait()
                    if not self._stop.is_set():
                        client.settimeout(30)
                        client.sendall(answer)
                        self._pipe(upstream, client)
                return
            self._pump(client, upstream)
        except OSError:
            pass
        finally:
            for s in (client, upstream):
                if s is not None:
                    with contextlib.suppress(OSError):
                        s.close()
                    with self._lock:
                        self._socks.discard(s)

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        t = threading.Thread(target=self._pipe, args=(b, a), daemon=True)
        t.start()
        self._pipe(a, b)
        t.join(30)

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)
