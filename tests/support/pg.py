"""A throwaway PostgreSQL cluster for the team-project tests and benchmarks: initdb and pg_ctl in
a temporary folder, reachable only through a Unix socket in that folder (no TCP port), with
SCRAM passwords. initdb and postgres refuse to run as root, so under root every server command
runs as the unprivileged `postgres` user of Debian's package (runuser).

Binaries: $CROSSCHECK_PG_BIN, else the newest /usr/lib/postgresql/N/bin, else pg_config's bindir.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "cluster-superuser-secret"  # a throwaway cluster's: never a real one
DATABASE = "crosscheck"
SERVER_USER = "postgres"  # the OS user the server runs as when we are root


class ClusterUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine (or they cannot run)."""


def find_bindir() -> Path:
    env = os.environ.get("CROSSCHECK_PG_BIN")
    candidates = [Path(env)] if env else []
    root = Path("/usr/lib/postgresql")
    if root.is_dir():
        versions = sorted((p for p in root.iterdir() if p.name.isdigit()), key=lambda p: int(p.name), reverse=True)
        candidates += [p / "bin" for p in versions]
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False).stdout.strip()
        if out:
            candidates.append(Path(out))
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise ClusterUnavailable(
        "no PostgreSQL server binaries (initdb, pg_ctl) found; install Debian's postgresql package "
        "(apt-get install -y postgresql) or set CROSSCHECK_PG_BIN"
    )


@dataclass
class Cluster:
    """One cluster in `base`: data/, sock/ and the log. Use `create()`, then `stop()`/`start()`
    freely (fault tests), and `destroy()` at the end."""

    base: Path
    bindir: Path
    settings: dict[str, str] = field(default_factory=dict)
    port: int = 5432  # only names the socket file: the cluster listens on no TCP port

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def socket_dir(self) -> Path:
        return self.base / "sock"

    @property
    def log(self) -> Path:
        return self.base / "server.log"

    @property
    def passfile(self) -> Path:
        return self.base / "pgpass"

    # --- running server commands -----------------------------------------------------------
    def _as_server_user(self, argv: list[str]) -> list[str]:
        if os.geteuid() != 0:
            return argv
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            raise ClusterUnavailable(
                f"running as root, but there is no unprivileged '{SERVER_USER}' user to run the server as "
                "(Debian's postgresql package creates it)"
            ) from None
        return ["runuser", "-u", SERVER_USER, "--", *argv]

    def _run(self, argv: list[str], timeout: float = 120) -> None:
        result = subprocess.run(
            self._as_server_user(argv), capture_output=True, text=True, timeout=timeout, check=False
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise ClusterUnavailable(
                f"{Path(argv[0]).name} failed: {result.stderr.strip() or result.stdout.strip()}\n{log}"
            )

    @classmethod
    def create(cls, settings: dict[str, str] | None = None) -> Cluster:
        bindir = find_bindir()
        base = Path(tempfile.mkdtemp(prefix="crosscheck-pg-"))
        base.chmod(0o755)  # the server user must reach its data and socket folders
        cluster = cls(base, bindir, dict(settings or {}))
        try:
            cluster._init()
            cluster.start()
        except BaseException:
            cluster.destroy()
            raise
        return cluster

    def _init(self) -> None:
        pwfile = self.base / "superuser-password"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        self.socket_dir.mkdir()
        if os.geteuid() == 0:
            entry = pwd.getpwnam(SERVER_USER)
            for path in (self.base, self.socket_dir, pwfile):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self._run(
            [
                str(self.bindir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--pwfile",
                str(pwfile),
                "--auth",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--locale",
                "C",
                "--no-sync",
            ]
        )
        pwfile.unlink()
        self.write_passfile({SUPERUSER: SUPERUSER_PASSWORD})

    def write_passfile(self, passwords: dict[str, str]) -> None:
        """A libpq password file for the socket (the clients find passwords here, never in URLs)."""
        lines = [f"{self.socket_dir}:{self.port}:*:{user}:{secret}" for user, secret in passwords.items()]
        self.passfile.write_text("\n".join(lines) + "\n")
        self.passfile.chmod(0o600)

    def add_password(self, user: str, secret: str) -> None:
        self.add_password_for_host(str(self.socket_dir), self.port, user, secret)

    def add_password_for_host(self, host: str, port: int, user: str, secret: str) -> None:
        with self.passfile.open("a") as handle:
            handle.write(f"{host}:{port}:*:{user}:{secret}\n")

    def start(self) -> None:
        options = {
            "listen_addresses": "''",
            "unix_socket_directories": f"'{self.socket_dir}'",
            "port": str(self.port),
            **self.settings,
        }
        text = " ".join(f"-c {key}={value}" for key, value in options.items())
        self._run(
            [
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.log),
                "-w",
                "-t",
                "60",
                "-o",
                text,
                "start",
            ]
        )

    def stop(self, mode: str = "fast") -> None:
        """`immediate` is a crash: no shutdown checkpoint, clients cut off mid-transaction."""
        self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop"])

    def running(self) -> bool:
        result = subprocess.run(
            self._as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.data), "status"]),
            capture_output=True,
            check=False,
        )
        return result.returncode == 0

    def destroy(self) -> None:
        if self.data.exists() and self.running():
            with contextlib.suppress(ClusterUnavailable):
                self.stop("immediate")
        shutil.rmtree(self.base, ignore_errors=True)

    # --- addresses -------------------------------------------------------------------------
    def url(self, user: str = SUPERUSER, project: str | None = None, database: str = DATABASE) -> str:
        query = f"host={quote(str(self.socket_dir), safe='/')}&port={self.port}"
        if project is not None:
            query += f"&project={project}"
        return f"postgresql://{quote(user, safe='')}@/{database}?{query}"

    def create_database(self, name: str = DATABASE) -> None:
        import psycopg

        with psycopg.connect(self.conninfo(database="postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")

    def conninfo(self, user: str = SUPERUSER, database: str = DATABASE) -> str:
        return f"host={self.socket_dir} port={self.port} dbname={database} user={user} passfile={self.passfile}"
