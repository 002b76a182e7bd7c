"""A real HTTP server (a subprocess) that answers from a script, for fault tests.

Each request takes the next scripted answer ``(status, headers, body[, delay_s])``; when the
script is used up it repeats the last answer. It prints ``ready`` once listening.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import http.server, json, sys, time
answers = json.loads(sys.argv[2])
count = {"n": 0}
class H(http.server.BaseHTTPRequestHandler):
    def _answer(self):
        n = count["n"]; count["n"] += 1
        status, headers, body, *delay = answers[min(n, len(answers) - 1)]
        if delay:
            time.sleep(delay[0])
        data = body.encode()
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    do_GET = do_POST = _answer
    def log_message(self, *a): pass
s = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H)
print("ready", flush=True)
s.serve_forever()
"""


class ScriptedServer:
    def __init__(self, folder: Path, answers: list[tuple]) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        path = folder / "scripted_server.py"
        path.write_text(SCRIPT)
        self.process = subprocess.Popen(
            [sys.executable, str(path), str(self.port), json.dumps(answers)],
            stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        if self.process.stdout.readline().strip() != "ready":
            raise RuntimeError("scripted server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        if self.process.stdout is not None:
            self.process.stdout.close()
