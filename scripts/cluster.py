"""The production set-up of the README on loopback: nginx, app servers, workers, Redis, PostgreSQL.

``tests/production/`` and ``scripts/loadtest.py --cluster`` start it through this module:
Debian's nginx with the repository's ``deploy/nginx/portal.conf`` (filled in for
loopback, with a self-signed certificate for ``portal.test``), two gunicorn app servers
with production settings, two task workers (``manage.py db_worker``), Debian's
``redis-server`` for the cache and sessions, and one PostgreSQL (the embedded one, with
a data directory of its own, so that it can be stopped and started). Every process
listens on 127.0.0.1 only, runs in a process group of its own and is stopped with it.
"""

from __future__ import annotations

import contextlib
import datetime
import http.client
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

if __package__:  # imported as scripts.cluster (the tests)
    from . import serverkit
else:  # imported by a script in scripts/
    import serverkit

HOST = serverkit.HOST
REPO_ROOT = serverkit.REPO_ROOT
NGINX_SITE = REPO_ROOT / "deploy" / "nginx" / "portal.conf"
# .test is reserved for testing (RFC 2606): no real host answers to it.
SERVER_NAME = "portal.test"
PLACEHOLDERS = (
    "PORTAL_SERVER_NAME",
    "PORTAL_LISTEN_HTTPS",
    "PORTAL_LISTEN_HTTP",
    "PORTAL_TLS_CERTIFICATE",
    "PORTAL_TLS_CERTIFICATE_KEY",
    "PORTAL_APP_SERVER_1",
    "PORTAL_APP_SERVER_2",
    "PORTAL_MEDIA_ROOT",
)
DEBIAN_PACKAGES = {"nginx": "nginx", "redis-server": "redis-server"}
START_TIMEOUT = 60


class SetUpError(RuntimeError):
    """A part of the set-up is missing or did not start; the message says which and why."""


# --- the nginx site file ----------------------------------------------------------------


def render_site(values: dict[str, str], template: str | None = None) -> str:
    """``deploy/nginx/portal.conf`` with its placeholders filled in, as envsubst does."""
    text = NGINX_SITE.read_text(encoding="utf-8") if template is None else template
    missing = set(PLACEHOLDERS) - values.keys()
    if missing:
        raise SetUpError(f"No value for {', '.join(sorted(missing))}.")
    for name in PLACEHOLDERS:
        text = text.replace("${" + name + "}", values[name])
    unknown = re.findall(r"\$\{PORTAL_[A-Z0-9_]+\}", text)
    if unknown:
        raise SetUpError(f"The site file has placeholders this module does not know: {unknown}")
    return text


def main_configuration(directory: Path, site: Path) -> str:
    """An nginx.conf like Debian's, with every path inside ``directory``; it includes ``site``."""
    mime_types = Path("/etc/nginx/mime.types")
    types = (
        f"include {mime_types};"
        if mime_types.exists()
        else "types { image/jpeg jpg jpeg; image/png png; image/webp webp; }"
    )
    temp = directory / "temp"
    return f"""
worker_processes 2;
pid {directory / "nginx.pid"};
error_log {directory / "error.log"} info;
events {{ worker_connections 1024; }}
http {{
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    {types}
    default_type application/octet-stream;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
    ssl_prefer_server_ciphers on;
    access_log {directory / "access.log"};
    gzip on;
    client_body_temp_path {temp / "client_body"};
    proxy_temp_path {temp / "proxy"};
    fastcgi_temp_path {temp / "fastcgi"};
    uwsgi_temp_path {temp / "uwsgi"};
    scgi_temp_path {temp / "scgi"};
    include {site};
}}
"""


def make_certificate(directory: Path, name: str) -> tuple[Path, Path]:
    """A self-signed certificate for ``name``, valid for a day; (certificate, key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    certificate_path, key_path = directory / "certificate.pem", directory / "key.pem"
    certificate_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return certificate_path, key_path


# --- the programs from Debian -----------------------------------------------------------


def find_program(name: str) -> str | None:
    # Debian puts nginx into /usr/sbin, which is not on every user's PATH.
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")


def ensure_programs(*, install: bool) -> dict[str, str]:
    """Paths of nginx and redis-server; installs them with apt-get when allowed and root."""
    missing = [name for name in DEBIAN_PACKAGES if find_program(name) is None]
    may_install = install and os.geteuid() == 0 and shutil.which("apt-get") is not None
    if missing and may_install:
        serverkit.apt_install([DEBIAN_PACKAGES[name] for name in missing])
    programs = {name: find_program(name) for name in DEBIAN_PACKAGES}
    still_missing = [name for name, path in programs.items() if path is None]
    if still_missing:
        raise SetUpError(
            f"{' and '.join(still_missing)} missing: install Debian's packages "
            f"(apt-get install {' '.join(DEBIAN_PACKAGES[name] for name in still_missing)})."
        )
    return {name: str(path) for name, path in programs.items()}


# --- processes --------------------------------------------------------------------------


@dataclass
class Service:
    """One program of the set-up in a process group of its own, its output in ``log``."""

    name: str
    command: list[str]
    env: dict[str, str]
    log: Path
    process: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log.open("a") as output:
            self.process = subprocess.Popen(  # noqa: S603 (the set-up's own commands)
                self.command,
                cwd=REPO_ROOT,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # its children (gunicorn's workers) share the group
            )

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """``kill -9`` the whole process group: a crash, not a shutdown.

        Returns once every process of the group has gone: the workers die a moment after
        the master, and until the last of them has, the kernel still accepts connections
        on the listening socket they share, which then go unanswered.
        """
        self._signal_group(signal.SIGKILL)
        if self.process is None:
            return
        self.process.wait(timeout=30)
        deadline = time.monotonic() + 30
        while _live_members_of_group(self.process.pid) and time.monotonic() < deadline:
            time.sleep(0.005)

    def stop(self, timeout: float = 15) -> None:
        if self.process is None:
            return
        self._signal_group(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=timeout)
        # Whatever of the group is left (a worker that ignored the master) goes now.
        self._signal_group(signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)

    def tail(self, lines: int = 30) -> str:
        if not self.log.exists():
            return ""
        text = self.log.read_text(errors="replace").splitlines()[-lines:]
        return f"--- {self.name} ({self.log.name}) ---\n" + "\n".join(text)

    def _signal_group(self, number: int) -> None:
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, number)


def _live_members_of_group(group: int) -> list[int]:
    """Processes of a process group that have not yet exited (Linux: read from /proc)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:  # it exited while we looked
            continue
        state, process_group = fields[0], int(fields[2])
        if process_group == group and state not in ("Z", "X"):
            members.append(int(stat.parent.name))
    return members


def wait_for(check: Callable[[], bool], what: str, service: Service | None = None) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not check():
        if service is not None and not service.running:
            raise SetUpError(f"{what}: {service.name} stopped.\n{service.tail()}")
        if time.monotonic() > deadline:
            detail = service.tail() if service else ""
            raise SetUpError(f"{what}: nothing within {START_TIMEOUT} s.\n{detail}")
        time.sleep(0.2)


def port_open(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=1):
            return True
    except OSError:
        return False


# --- where clients connect --------------------------------------------------------------


class LoopbackHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to a port on 127.0.0.1, introducing itself (SNI) with the site's name."""

    def __init__(self, port: int, server_name: str, context: ssl.SSLContext, **options):
        super().__init__(HOST, port, context=context, **options)
        self.server_name = server_name

    def connect(self) -> None:
        http.client.HTTPConnection.connect(self)
        self.sock = self._context.wrap_socket(self.sock, server_hostname=self.server_name)


@dataclass(frozen=True)
class Endpoint:
    """Where a client connects, and what the request must say there.

    Through nginx a client speaks HTTPS to the site's name and sends nothing else: nginx
    adds the proxy's headers. Directly at an app server a client plays the proxy: plain
    HTTP, the site's name as Host, and the scheme and the client's address in headers.
    """

    port: int
    host_name: str
    tls: ssl.SSLContext | None = None

    @property
    def through_proxy(self) -> bool:
        return self.tls is not None

    @property
    def origin(self) -> str:
        """The origin a browser names in Origin and Referer (HTTPS on the default port)."""
        return f"https://{self.host_name}"

    def connection(
        self, timeout: float, source_address: str | None = None
    ) -> http.client.HTTPConnection:
        source = (source_address, 0) if source_address else None
        if self.tls is not None:
            name = self.host_name.partition(":")[0]
            return LoopbackHTTPSConnection(
                self.port, name, self.tls, timeout=timeout, source_address=source
            )
        return http.client.HTTPConnection(HOST, self.port, timeout=timeout, source_address=source)

    def headers(self, client_address: str) -> dict[str, str]:
        if self.through_proxy:
            return {"Host": self.host_name}
        return {"Host": self.host_name, **serverkit.proxy_headers(client_address)}


def client_context(certificate: Path) -> ssl.SSLContext:
    """Trusts the set-up's own certificate, and checks the name against it as browsers do."""
    return ssl.create_default_context(cafile=str(certificate))


# --- the set-up -------------------------------------------------------------------------

START_DATABASE = """
import json, sys
from pathlib import Path
from portal.embedded_db import embedded_database_settings

print(json.dumps(embedded_database_settings(Path(sys.argv[1]))))
"""


@dataclass
class Cluster:
    """The set-up under ``directory``; ``start()`` brings it up, ``stop()`` ends every process."""

    directory: Path
    app_servers: int = 2
    workers: int = 2  # gunicorn workers per app server (gunicorn.conf.py)
    threads: int = 8  # threads per gunicorn worker (gunicorn.conf.py)
    task_workers: int = 2
    settings: dict[str, str] = field(default_factory=dict)  # extra environment
    install: bool = False  # may install nginx and redis-server with apt-get

    env: dict[str, str] = field(init=False, default_factory=dict)
    app: list[Service] = field(init=False, default_factory=list)
    app_ports: list[int] = field(init=False, default_factory=list)
    services: list[Service] = field(init=False, default_factory=list)
    https_port: int = field(init=False, default=0)
    http_port: int = field(init=False, default=0)
    certificate: Path | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if self.app_servers != 2:
            raise ValueError("deploy/nginx/portal.conf names two app servers")
        self.directory.mkdir(parents=True, exist_ok=True)
        # nginx's workers run as an unprivileged user when started by root; they read
        # the media directory and write temporary files below this directory.
        self.directory.chmod(0o755)
        self.var_dir = self.directory / "var"
        self.log_dir = self.directory / "logs"
        self.log_dir.mkdir(exist_ok=True)
        self.setup_log = self.log_dir / "set-up.log"

    # -- starting and stopping --

    def start(self, prepare: Callable[[Cluster], None] | None = None) -> Cluster:
        """Everything, in order; ``prepare`` runs once the database is migrated."""
        try:
            self.programs = ensure_programs(install=self.install)
            self.start_database()
            self.env = self.environment()
            serverkit.run_step(
                "migrating", serverkit.manage("migrate", "--noinput"), self.env, self.setup_log
            )
            serverkit.run_step(
                "collecting static files",
                serverkit.manage("collectstatic", "--noinput"),
                self.env,
                self.setup_log,
            )
            if prepare is not None:
                prepare(self)
            self.start_redis()
            for number in range(self.app_servers):
                self.app_ports.append(serverkit.free_port())
                self.app.append(self._app_service(number))
            for service in self.app:
                service.start()
            for number in range(self.task_workers):
                self._start(
                    Service(
                        f"task worker {number + 1}",
                        serverkit.manage("db_worker", "--interval", "0.5", "--no-startup-delay"),
                        self.env,
                        self.log_dir / f"worker-{number + 1}.log",
                    )
                )
            for number, service in enumerate(self.app):
                wait_for(lambda n=number: self.app_healthy(n), "app server /healthz", service)
            self.start_nginx()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop every process of the set-up; safe to call at any point, more than once."""
        for service in [*reversed(self.services), *self.app]:
            service.stop()
        if (self.var_dir / "pgdata" / "postmaster.pid").exists():
            serverkit.stop_embedded_database(self.env or dict(os.environ), self.var_dir)

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def _start(self, service: Service) -> Service:
        self.services.append(service)
        service.start()
        return service

    # -- the parts --

    def environment(self) -> dict[str, str]:
        env = serverkit.server_environment(self.var_dir, drop=("REDIS_URL",))
        env.update(
            DATABASE_URL=self.database_url,
            ALLOWED_HOSTS=SERVER_NAME,
            CSRF_TRUSTED_ORIGINS=f"https://{SERVER_NAME}",
            SITE_URL=f"https://{SERVER_NAME}",
            # nginx sets X-Forwarded-For to the client's address: exactly one proxy.
            TRUSTED_PROXY_COUNT="1",
            MEDIA_ROOT=str(self.var_dir / "media"),
            STATIC_ROOT=str(self.var_dir / "static"),
        )
        self.redis_port = serverkit.free_port()
        env["REDIS_URL"] = f"redis://{HOST}:{self.redis_port}/0"
        env.update(self.settings)
        return env

    def start_database(self) -> None:
        """Start (or start again) the embedded PostgreSQL of this set-up."""
        data_dir = self.var_dir / "pgdata"
        output = serverkit.run_step(
            "starting PostgreSQL",
            [sys.executable, "-c", START_DATABASE, str(data_dir)],
            dict(os.environ),
            self.setup_log,
            timeout=120,
        )
        settings = serverkit.last_json_line(output)
        url = f"postgres://{settings['USER']}@/{settings['NAME']}?host={settings['HOST']}"
        if getattr(self, "database_url", url) != url:
            raise SetUpError(f"PostgreSQL came back elsewhere: {url}")
        self.database_url = url

    def stop_database(self) -> None:
        serverkit.stop_embedded_database(self.env, self.var_dir)

    def start_redis(self) -> None:
        redis_dir = self.directory / "redis"
        redis_dir.mkdir(exist_ok=True)
        service = self._start(
            Service(
                "redis-server",
                [
                    self.programs["redis-server"],
                    *("--port", str(self.redis_port), "--bind", HOST),
                    *("--save", "", "--appendonly", "no", "--daemonize", "no"),
                    *("--dir", str(redis_dir)),
                ],
                self.env,
                self.log_dir / "redis.log",
            )
        )
        wait_for(lambda: port_open(self.redis_port), "redis-server", service)

    def _app_service(self, number: int) -> Service:
        return Service(
            f"app server {number + 1}",
            serverkit.gunicorn_command(self.app_ports[number], self.workers, self.threads),
            self.env,
            self.log_dir / f"app-{number + 1}.log",
        )

    def start_nginx(self) -> None:
        nginx_dir = self.directory / "nginx"
        (nginx_dir / "temp").mkdir(parents=True, exist_ok=True)
        self.certificate, key = make_certificate(nginx_dir, SERVER_NAME)
        self.https_port, self.http_port = serverkit.free_port(), serverkit.free_port()
        (self.var_dir / "media").mkdir(parents=True, exist_ok=True)
        site = nginx_dir / "portal.conf"
        site.write_text(
            render_site(
                {
                    "PORTAL_SERVER_NAME": SERVER_NAME,
                    "PORTAL_LISTEN_HTTPS": f"{HOST}:{self.https_port}",
                    "PORTAL_LISTEN_HTTP": f"{HOST}:{self.http_port}",
                    "PORTAL_TLS_CERTIFICATE": str(self.certificate),
                    "PORTAL_TLS_CERTIFICATE_KEY": str(key),
                    "PORTAL_APP_SERVER_1": f"{HOST}:{self.app_ports[0]}",
                    "PORTAL_APP_SERVER_2": f"{HOST}:{self.app_ports[1]}",
                    "PORTAL_MEDIA_ROOT": str(self.var_dir / "media"),
                }
            )
        )
        configuration = nginx_dir / "nginx.conf"
        configuration.write_text(main_configuration(nginx_dir, site))
        command = [self.programs["nginx"], "-p", str(nginx_dir), "-c", str(configuration)]
        check = subprocess.run(  # noqa: S603
            [*command, "-t", "-q"], capture_output=True, text=True, timeout=30, check=False
        )
        if check.returncode != 0:
            raise SetUpError(f"nginx refuses the configuration:\n{check.stderr}")
        service = self._start(
            Service("nginx", [*command, "-g", "daemon off;"], self.env, self.log_dir / "nginx.log")
        )
        wait_for(lambda: port_open(self.https_port), "nginx", service)
        self.nginx_error_log = nginx_dir / "error.log"

    # -- what the tests and the load test use --

    @property
    def site(self) -> Endpoint:
        """The public entrance: nginx, over HTTPS."""
        return Endpoint(self.https_port, SERVER_NAME, client_context(self.certificate))

    def app_server(self, number: int) -> Endpoint:
        """An app server directly, as nginx reaches it (0 or 1)."""
        return Endpoint(self.app_ports[number], SERVER_NAME)

    def app_healthy(self, number: int) -> bool:
        return health_status(self.app_server(number)) == 200

    def kill_app_server(self, number: int) -> None:
        self.app[number].kill()

    def start_app_server(self, number: int) -> None:
        """Start a stopped or killed app server again, on its port."""
        self.app[number] = self._app_service(number)
        self.app[number].start()
        wait_for(lambda: self.app_healthy(number), "app server /healthz", self.app[number])

    def revive_task_workers(self) -> int:
        """Start task workers that have stopped again, as systemd's ``Restart=always`` does."""
        stopped = [s for s in self.services if s.name.startswith("task") and not s.running]
        for service in stopped:
            service.start()
        return len(stopped)

    def start_lone_app_server(self, workers: int, threads: int) -> tuple[Service, Endpoint]:
        """One more app server, outside nginx's upstream: what clients reach without nginx."""
        port = serverkit.free_port()
        service = self._start(
            Service(
                f"lone app server :{port}",
                serverkit.gunicorn_command(port, workers, threads),
                self.env,
                self.log_dir / f"lone-app-{port}.log",
            )
        )
        endpoint = Endpoint(port, SERVER_NAME)
        wait_for(lambda: health_status(endpoint) == 200, "lone app server /healthz", service)
        return service, endpoint

    def run_snippet(self, title: str, code: str, payload: dict) -> object:
        """Run Python ``code`` with the servers' settings; its last line of output, as JSON."""
        output = serverkit.run_step(
            title, serverkit.django_snippet(code, payload), self.env, self.setup_log
        )
        return serverkit.last_json_line(output)

    def logs(self) -> str:
        parts = [service.tail() for service in [*self.app, *self.services]]
        error_log = getattr(self, "nginx_error_log", None)
        if error_log is not None and error_log.exists():
            lines = error_log.read_text(errors="replace").splitlines()[-20:]
            parts.append("--- nginx error.log ---\n" + "\n".join(lines))
        return "\n".join(part for part in parts if part)

    def describe(self) -> str:
        return (
            f"nginx (TLS) → {self.app_servers} gunicorn servers × {self.workers} workers × "
            f"{self.threads} threads (gthread), {self.task_workers} task workers, Redis, "
            "PostgreSQL, all on 127.0.0.1"
        )


def health_status(endpoint: Endpoint, timeout: float = 5) -> int | None:
    """The status of ``/healthz`` at ``endpoint``, or None when it does not answer."""
    connection = endpoint.connection(timeout)
    try:
        connection.request("GET", "/healthz", headers=endpoint.headers(HOST))
        response = connection.getresponse()
        response.read()
        return response.status
    except (OSError, http.client.HTTPException):
        return None
    finally:
        connection.close()
