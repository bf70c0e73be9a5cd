"""A PostgreSQL server of a test's own (Debian's binaries, as scripts/postgres.sh uses), that
the test may stop and start: for outage tests that must not disturb the shared server."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile


def _bin() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not found:
        raise RuntimeError("PostgreSQL binaries not found: run `make postgres` first")
    return found[-1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self) -> None:
        self.dir = tempfile.mkdtemp(prefix="neet-pg-")
        self.port = _free_port()
        self._root = os.getuid() == 0
        if self._root:
            shutil.chown(self.dir, "postgres")
        self._run("initdb", "-D", self.dir, "-A", "trust", "-U", "postgres")
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        cmd = [f"{_bin()}/{tool}", *args]
        if self._root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def start(self) -> None:
        self._run("pg_ctl", "-D", self.dir, "-w", "-l", f"{self.dir}/server.log", "-o",
                  f"-p {self.port} -c listen_addresses=127.0.0.1 "
                  f"-c unix_socket_directories={self.dir} -c fsync=off", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", self.dir, "-m", "fast", "-w", "stop")

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)
