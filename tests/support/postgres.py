"""A throwaway PostgreSQL cluster for the test session.

The cluster lives in a temporary folder under /tmp, listens only on a Unix socket in
that folder (no TCP port to collide with) and runs without durability (``fsync=off``
and friends): it is thrown away at the end of the session anyway.

``initdb`` and ``pg_ctl`` refuse to run as root. When the tests run as root (CI
containers), the cluster is started as the user ``nobody`` through ``runuser``; its
folder is then owned by ``nobody`` and lies directly under /tmp, which ``nobody`` can
traverse.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg
from psycopg import sql

POSTGRES_GLOB = "/usr/lib/postgresql/*/bin"
UNPRIVILEGED_USER = "nobody"
CLUSTER_PREFIX = "agentdesk-pg-"
OWNER_FILE = "owner"  # "<pid> <start time>" of the test process that started the cluster


class PostgresUnavailableError(RuntimeError):
    """The PostgreSQL server binaries are not installed or the cluster did not start."""


def find_bin_dir() -> Path:
    """The newest ``/usr/lib/postgresql/<version>/bin`` that has initdb and pg_ctl."""
    candidates = []
    for folder in glob.glob(POSTGRES_GLOB):
        path = Path(folder)
        if (path / "initdb").is_file() and (path / "pg_ctl").is_file():
            match = re.search(r"/postgresql/(\d+(?:\.\d+)?)/bin$", folder)
            version = float(match.group(1)) if match else 0.0
            candidates.append((version, path))
    if not candidates:
        raise PostgresUnavailableError(
            f"PostgreSQL server binaries not found ({POSTGRES_GLOB}/initdb). "
            "Install them with scripts/install-system-deps.sh (Debian package 'postgresql')."
        )
    return max(candidates)[1]


class PostgresCluster:
    """One temporary cluster; ``start()`` it, ask it for databases, ``stop()`` it."""

    def __init__(self, bin_dir: Path | None = None, root: Path | None = None) -> None:
        self.bin_dir = bin_dir or find_bin_dir()
        self.as_root = os.geteuid() == 0
        self.root = root or Path(tempfile.mkdtemp(prefix=CLUSTER_PREFIX, dir="/tmp"))
        self.data_dir = self.root / "data"
        self.socket_dir = self.root / "sock"
        self.log_file = self.root / "postgres.log"
        self.started = False

    # -- running the server binaries -------------------------------------------------

    def _command(self, tool: str, *args: str) -> list[str]:
        command = [str(self.bin_dir / tool), *args]
        if self.as_root:
            command = ["runuser", "-u", UNPRIVILEGED_USER, "--", *command]
        return command

    def _run(self, tool: str, *args: str, timeout: float = 120) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"
        result = subprocess.run(
            self._command(tool, *args), cwd=self.root, env=env, capture_output=True,
            text=True, timeout=timeout, check=False,
        )
        if result.returncode != 0:
            log = self.log_file.read_text(errors="replace") if self.log_file.exists() else ""
            raise PostgresUnavailableError(
                f"{tool} {' '.join(args)} failed with status {result.returncode}:\n"
                f"{result.stdout}{result.stderr}{log}"
            )

    def start(self) -> None:
        (self.root / OWNER_FILE).write_text(_process_identity(os.getpid()) or "")
        self.socket_dir.mkdir()
        if self.as_root:
            user = pwd.getpwnam(UNPRIVILEGED_USER)
            for path in (self.root, self.socket_dir):
                os.chown(path, user.pw_uid, user.pw_gid)
        self.root.chmod(0o755)
        self._run("initdb", "-D", str(self.data_dir), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions")
        options = (
            f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data_dir),
                  "-l", str(self.log_file), "-o", options)
        self.started = True

    def stop(self) -> None:
        try:
            if self.started:
                self._run("pg_ctl", "stop", "-m", "immediate", "-w", "-D", str(self.data_dir))
                self.started = False
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    # -- databases -------------------------------------------------------------------

    def connect(self, dbname: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(host=str(self.socket_dir), user="postgres", dbname=dbname,
                               autocommit=True)

    def url(self, dbname: str) -> str:
        """SQLAlchemy URL of a database of this cluster (psycopg 3, Unix socket)."""
        return f"postgresql+psycopg://postgres@/{dbname}?host={self.socket_dir}"

    def create_database(self) -> str:
        name = f"test_{uuid.uuid4().hex}"
        with self.connect() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name

    def drop_database(self, name: str) -> None:
        with self.connect() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def _process_identity(pid: int) -> str | None:
    """``"<pid> <start time>"`` of a running process (so a reused pid does not match)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return f"{pid} {stat.rsplit(')', 1)[1].split()[19]}"


def reap_stale_clusters() -> list[Path]:
    """Stop and remove clusters whose test process died without its teardown (SIGKILL,
    a killed CI job). Clusters of running sessions are left alone. Returns the folders."""
    reaped = []
    for root in Path("/tmp").glob(f"{CLUSTER_PREFIX}*"):
        try:
            owner = (root / OWNER_FILE).read_text().strip()
        except OSError:
            continue  # not ours, or still being set up
        if not owner or _process_identity(int(owner.split()[0])) == owner:
            continue
        cluster = PostgresCluster(root=root)
        cluster.started = (cluster.data_dir / "postmaster.pid").exists()
        try:
            cluster.stop()
        except PostgresUnavailableError:
            shutil.rmtree(root, ignore_errors=True)
        reaped.append(root)
    return reaped
