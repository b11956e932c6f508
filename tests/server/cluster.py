"""A throwaway PostgreSQL cluster for tests: SCRAM, TLS with a CA made here, a random port, own socket.

PostgreSQL refuses to run as root (and CI runs as root), so under root the cluster is made and run
by an unprivileged system user (`barnearket-pg`, created if missing, else `nobody`).
"""

from __future__ import annotations

import datetime as dt
import glob
import ipaddress
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

SUPERUSER = "testsuper"
RUN_AS = "barnearket-pg"


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl live: `pg_config --bindir`, else the newest Debian install."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        if out.returncode == 0:
            candidates.append(Path(out.stdout.strip()))
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run_as_user() -> pwd.struct_passwd | None:
    """The unprivileged user to run PostgreSQL as, or None when we are not root."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(RUN_AS)
    except KeyError:
        made = subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                               RUN_AS], capture_output=True, check=False)
        if made.returncode == 0:
            return pwd.getpwnam(RUN_AS)
        return pwd.getpwnam("nobody")


@dataclass(frozen=True)
class Tls:
    """A CA and a server certificate for localhost / 127.0.0.1, as PEM files."""

    ca_cert: Path
    server_cert: Path
    server_key: Path


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    path.chmod(0o600)


def make_ca(folder: Path, name: str) -> tuple[Path, x509.Certificate, ec.EllipticCurvePrivateKey]:
    """A self-signed test CA written to `folder/name.crt`."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(name)).issuer_name(_name(name))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    path = folder / f"{name}.crt"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path, cert, key


def make_tls(folder: Path) -> Tls:
    """A CA and a server certificate signed by it, valid for localhost and 127.0.0.1."""
    ca_path, ca_cert, ca_key = make_ca(folder, "kommune-test-ca")
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    cert = (x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .sign(ca_key, hashes.SHA256()))
    server_cert = folder / "server.crt"
    server_cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    server_key = folder / "server.key"
    _write_key(server_key, key)
    return Tls(ca_path, server_cert, server_key)


HBA = """\
local     all all                 scram-sha-256
hostssl   all all 127.0.0.1/32    scram-sha-256
hostssl   all all ::1/128         scram-sha-256
hostnossl all all 0.0.0.0/0       reject
hostnossl all all ::/0            reject
"""


@dataclass
class Cluster:
    """A running test cluster; `superuser_dsn` for set-up, URLs for what the app sees."""

    root: Path
    port: int
    bindir: Path
    tls: Tls
    superuser_password: str
    user: pwd.struct_passwd | None = None
    _counter: list[int] = field(default_factory=lambda: [0])
    keep: set[str] = field(default_factory=set)

    @property
    def socket_dir(self) -> Path:
        """Where the Unix socket lives (inside the temporary folder)."""
        return self.root / "sock"

    @property
    def data(self) -> Path:
        """The data directory."""
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        """The server's log (refused attempts end up here)."""
        return self.root / "postgres.log"

    def socket_url(self, dbname: str, user: str | None = None) -> str:
        """A Unix-socket URL of the second form of point 1."""
        who = f"{quote(user, safe='')}@" if user else ""
        return f"postgresql://{who}/{dbname}?host={self.socket_dir}&port={self.port}"

    def tcp_url(self, dbname: str, user: str | None = None) -> str:
        """A TCP URL (TLS required) that trusts the test CA."""
        who = f"{quote(user, safe='')}@" if user else ""
        return f"postgresql://{who}localhost:{self.port}/{dbname}?sslrootcert={self.tls.ca_cert}"

    def superuser_dsn(self, dbname: str = "postgres") -> str:
        """A libpq connection string for the cluster's superuser over the socket."""
        return (f"host={self.socket_dir} port={self.port} dbname={dbname} user={SUPERUSER} "
                f"password={self.superuser_password}")

    def _run(self, *args: str) -> None:
        who: dict[str, Any] = {}
        if self.user is not None:
            who = {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}
        done = subprocess.run(list(args), capture_output=True, text=True, check=False, cwd=self.root,
                              **who)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed: {done.stderr.strip()}")

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log_file),
                  "-w", "-t", "60", "start")

    def stop(self) -> None:
        """Stop the server quickly (rolls back open transactions)."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def crash(self) -> None:
        """Stop the server the hard way (`-m immediate`: like pulling the plug; it recovers on start)."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def new_database(self) -> tuple[str, str, str]:
        """An empty database owned by a fresh owner role with CREATEROLE: (dbname, owner, password)."""
        import psycopg

        self._counter[0] += 1
        dbname, owner = f"barnearket_{self._counter[0]}", f"eier_{self._counter[0]}"
        password = secrets.token_urlsafe(12)
        with psycopg.connect(self.superuser_dsn(), autocommit=True) as con:
            con.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{password}'")
            con.execute(f"CREATE DATABASE {dbname} OWNER {owner}")
            con.execute(f"REVOKE ALL ON DATABASE {dbname} FROM PUBLIC")
        return dbname, owner, password

    def drop_database(self, dbname: str) -> None:
        """Drop a database and every role except the superuser and those kept for the session's
        template database (`keep`), so the next test starts clean."""
        import psycopg

        with psycopg.connect(self.superuser_dsn(), autocommit=True) as con:
            con.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
            roles = [r[0] for r in con.execute(
                "SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_' AND rolname <> %s", (SUPERUSER,))]
            for role in set(roles) - self.keep:
                con.execute(f'DROP ROLE IF EXISTS "{role}"')


CONF = """
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = '{sock}'
ssl = on
ssl_cert_file = '{cert}'
ssl_key_file = '{key}'
password_encryption = 'scram-sha-256'
fsync = off
# a killed server (crash()) keeps what it acknowledged; the OS cache survives, so fsync may stay off
synchronous_commit = on
full_page_writes = off
max_connections = 120
shared_buffers = 32MB
log_line_prefix = '%m [%p] %q%u@%d '
log_connections = off
"""


def create_cluster(bindir: Path) -> Cluster:
    """initdb a new cluster in a temporary folder and start it."""
    user = _run_as_user()
    root = Path(tempfile.mkdtemp(prefix="barnearket-pg-"))
    (root / "sock").mkdir()
    tls = make_tls(root)
    password = secrets.token_urlsafe(16)
    pwfile = root / "pwfile"
    pwfile.write_text(password + "\n")
    cluster = Cluster(root, free_port(), bindir, tls, password, user)
    if user is not None:
        for path in [root, *root.rglob("*")]:
            os.chown(path, user.pw_uid, user.pw_gid)
    root.chmod(0o711)
    cluster._run(str(bindir / "initdb"), "-D", str(cluster.data), "-U", SUPERUSER, "-A", "scram-sha-256",
                 f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
    pwfile.unlink()
    (cluster.data / "pg_hba.conf").write_text(HBA)
    with (cluster.data / "postgresql.conf").open("a") as conf:
        conf.write(CONF.format(port=cluster.port, sock=cluster.socket_dir, cert=tls.server_cert,
                               key=tls.server_key))
    cluster.start()
    return cluster


def destroy_cluster(cluster: Cluster) -> None:
    """Stop the server and remove its folder."""
    try:
        cluster.stop()
    finally:
        shutil.rmtree(cluster.root, ignore_errors=True)
