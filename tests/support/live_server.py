"""The real AgentDesk server as a subprocess, for tests of the sync protocol."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

import httpx

REPO_ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


class LiveServerError(RuntimeError):
    """The server process died or did not answer /health in time."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """``agentdesk-server run`` on 127.0.0.1 and a free port, against ``db_url``.

    The database must already be migrated (the server runs with ``--no-migrate``).
    ``stop()`` shuts it down gracefully, ``kill()`` with SIGKILL (a crash), ``start()``
    brings it back on the same port. Its output goes to ``log_path``.
    """

    def __init__(self, db_url: str, log_dir: Path, extra_args: Sequence[str] = (),
                 port: int | None = None) -> None:
        self.db_url = db_url
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.extra_args = list(extra_args)
        self.log_path = log_dir / f"server-{self.port}.log"
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def command(self) -> list[str]:
        return [sys.executable, "-m", "server.cli", "run", "--no-migrate",
                "--database-url", self.db_url, "--host", "127.0.0.1",
                "--port", str(self.port), *self.extra_args]

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log_text(self) -> str:
        if not self.log_path.exists():
            return ""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def start(self) -> LiveServer:
        if self.running:
            raise LiveServerError(f"the server on {self.url} is already running")
        self._close_log()
        self._log = self.log_path.open("ab")
        self._log.write(f"--- starting: {' '.join(self.command)}\n".encode())
        self._log.flush()
        env = dict(os.environ)
        env["PYTHONUNBUFFERED"] = "1"
        self.process = subprocess.Popen(self.command, cwd=REPO_ROOT, env=env,
                                        stdin=subprocess.DEVNULL, stdout=self._log,
                                        stderr=subprocess.STDOUT)
        self._wait_healthy()
        return self

    def _wait_healthy(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + START_TIMEOUT
        last_error = "no answer yet"
        with httpx.Client(timeout=1.0) as client:
            while time.monotonic() < deadline:
                status = self.process.poll()
                if status is not None:
                    self._reap()
                    raise LiveServerError(
                        f"the server exited with status {status} before answering "
                        f"/health:\n{self.log_text()}"
                    )
                try:
                    response = client.get(f"{self.url}/health")
                    if response.status_code == 200:
                        return
                    last_error = f"HTTP {response.status_code}"
                except httpx.TransportError as exc:
                    last_error = repr(exc)
                time.sleep(0.05)
        self.kill()
        raise LiveServerError(
            f"the server did not answer {self.url}/health within {START_TIMEOUT:.0f} s "
            f"({last_error}):\n{self.log_text()}"
        )

    def stop(self) -> None:
        """Graceful shutdown (SIGTERM); SIGKILL if it does not exit in time."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self._reap()

    def kill(self) -> None:
        """Kill the server without letting it clean up, like a crash or power cut."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self._reap()

    def _reap(self) -> None:
        if self.process is not None:
            self.process.wait()
            self.process = None
        self._close_log()

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<LiveServer {self.url} {state} db={self.db_url}>"


# The ``live_server`` fixture: ``live_server(db_url, access_ttl=1, extra_args=[...])``.
LiveServerFactory = Callable[..., LiveServer]
