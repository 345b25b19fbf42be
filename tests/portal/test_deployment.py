"""The README's way into production, done for real on a copy of the repository.

Production runs from a checkout with exactly the locked base dependencies (README,
"Running it in production"). These tests do what an operator does with a release: take
the repository's tracked files (a clone or a tarball holds nothing else), make an empty
virtual environment with the plain interpreter, install requirements/base.txt with
``--require-hashes``, set the production environment, then run ``check --deploy``,
``migrate`` (into a new, empty database), ``collectstatic`` and gunicorn, and ask the
running server for pages the way the reverse proxy and a browser would.

Nothing of the project's own .venv, var/ or untracked files reaches the copy, so a file
that was never added to git, a run-time import of a test package or a setting that only
works with DEBUG fails here instead of on the server. pip needs PyPI; with pip's cache
the module takes well under a minute.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, urlencode

import brotli
import psycopg
import pytest
from django.db import connection
from packaging.markers import Marker

from scripts.lockfile import normalize, parse_lock

ROOT = Path(__file__).resolve().parents[2]
HOST = "portal.example.org"
PORTAL_APPS = ("portal", "projects", "faq", "forum", "networks")
# What the portal needs at run time besides its Python modules: a file here that git does
# not track exists in this checkout but not in a release.
RUN_TIME_FILES = ("templates/**/*", "locale/**/*", "static/**/*", "*/migrations/*.py")


def tail(text: str | bytes | None, lines: int = 40) -> str:
    if isinstance(text, bytes):
        text = text.decode(errors="replace")
    return "\n".join((text or "").splitlines()[-lines:])


def run(command: list[str], *, cwd: Path, env: dict[str, str], timeout: float):
    """Run a step of the recipe; a step that hangs fails with what it printed so far."""
    try:
        return subprocess.run(
            command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired as error:
        pytest.fail(
            f"`{' '.join(command)}` did not finish within {timeout} s.\n"
            f"--- stdout (end) ---\n{tail(error.stdout)}\n--- stderr (end) ---\n{tail(error.stderr)}"
        )


def succeeded(result: subprocess.CompletedProcess) -> str:
    """The command's output when it exited with 0; otherwise the failure, with its output."""
    assert result.returncode == 0, (
        f"`{' '.join(map(str, result.args))}` exited with {result.returncode}.\n"
        f"--- stdout (end) ---\n{tail(result.stdout)}\n--- stderr (end) ---\n{tail(result.stderr)}"
    )
    return result.stdout


def base_interpreter() -> str:
    # The Python this project's .venv was made from, as an operator's system Python; the
    # new environment must not see anything installed in .venv.
    return getattr(sys, "_base_executable", None) or sys.executable


def tracked_files() -> list[str]:
    result = run(["git", "ls-files", "-z"], cwd=ROOT, env=dict(os.environ), timeout=60)
    return [name for name in succeeded(result).split("\0") if name]


def read_lock_file(name: str):
    path = ROOT / "requirements" / f"{name}.txt"
    return parse_lock(path.read_text(encoding="utf-8"), source=f"requirements/{name}.txt")


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    """The repository's tracked files as they are in the working tree, uncommitted edits too."""
    target = tmp_path_factory.mktemp("release")
    for name in tracked_files():
        source = ROOT / name
        if not source.exists() and not source.is_symlink():
            continue  # deleted in the working tree: the next commit will not have it either
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target / name, follow_symlinks=False)
    return target


def pip_environment() -> dict[str, str]:
    # pip keeps the machine's configuration (index, certificates, cache) but nothing that
    # would point it at the project's environment.
    leaking = {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PIP_USER"}
    return {
        key: value
        for key, value in os.environ.items()
        if key not in leaking and not key.startswith("DJANGO")
    }


@pytest.fixture(scope="module")
def production_python(release) -> Path:
    """README, "Install": `python -m venv .venv && .venv/bin/pip install --require-hashes ...`."""
    venv = release / ".venv"
    succeeded(
        run(
            [base_interpreter(), "-m", "venv", str(venv)],
            cwd=release,
            env=pip_environment(),
            timeout=120,
        )
    )
    succeeded(
        run(
            [
                str(venv / "bin" / "pip"),
                *("install", "--no-input", "--disable-pip-version-check", "--progress-bar"),
                *("off", "--require-hashes", "-r", "requirements/base.txt"),
            ],
            cwd=release,
            env=pip_environment(),
            timeout=600,
        )
    )
    return venv / "bin" / "python"


@pytest.fixture
def empty_database():
    """A new database on the tests' PostgreSQL server, as a fresh production one would be.

    Not the test database: `migrate` is a step of the recipe, and pytest-django's database
    is migrated (and, for tests in transactions, emptied again) by the test process.
    """
    server = connection.settings_dict
    name = f"deploy_check_{os.getpid()}"
    params = {
        "user": server["USER"],
        "password": server["PASSWORD"],
        "host": server["HOST"],
        "port": str(server["PORT"] or ""),
    }
    options = {k: v for k, v in server.get("OPTIONS", {}).items() if isinstance(v, str)}

    def execute(statement: str) -> None:
        with psycopg.connect(
            dbname="postgres",
            autocommit=True,
            connect_timeout=30,
            **{k: v for k, v in params.items() if v},
            **options,
        ) as admin:
            admin.execute(statement)

    execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # left by a killed run
    execute(f'CREATE DATABASE "{name}"')
    # dj-database-url reads a socket directory from ?host= (a percent-encoded host name
    # would be lower-cased); other query values become OPTIONS, as in the tests' settings.
    credentials = quote(params["user"], safe="")
    if params["password"]:
        credentials += ":" + quote(params["password"], safe="")
    query = dict(options)
    if params["host"].startswith("/"):
        netloc = f"{credentials}@" + (f":{params['port']}" if params["port"] else "")
        query["host"] = params["host"]
    else:
        netloc = f"{credentials}@{params['host'] or 'localhost'}"
        netloc += f":{params['port']}" if params["port"] else ""
    url = f"postgres://{netloc}/{name}" + (f"?{urlencode(query)}" if query else "")
    yield url
    execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def production_environment(release: Path, python: Path, database_url: str) -> dict[str, str]:
    """Only what the README tells an operator to set, and no DEBUG."""
    return {
        "PATH": f"{python.parent}{os.pathsep}{os.environ.get('PATH', os.defpath)}",
        "HOME": os.environ.get("HOME", str(release)),
        "LANG": "C.UTF-8",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "CSRF_TRUSTED_ORIGINS": f"https://{HOST}",
        "DATABASE_URL": database_url,
        "SITE_URL": f"https://{HOST}",
        "STATIC_ROOT": str(release.parent / "static"),
        "MEDIA_ROOT": str(release.parent / "media"),
        "DEFAULT_FROM_EMAIL": f"portal@{HOST}",
        "ADMIN_EMAILS": f"admin@{HOST}",
        "OPERATOR_NAME": "Beispielverein Integration e. V.",
        "OPERATOR_EMAIL": f"kontakt@{HOST}",
    }


def test_a_release_holds_every_template_translation_static_file_and_migration(release):
    # Files the portal reads at run time but git does not track would be missing on the
    # server although every test in this checkout passes.
    in_checkout = {
        path.relative_to(ROOT).as_posix()
        for pattern in RUN_TIME_FILES
        for path in ROOT.glob(pattern)
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.relative_to(ROOT).parts[0] not in {".venv", "var"}
    }
    missing = sorted(name for name in in_checkout if not (release / name).is_file())
    assert not missing, f"not tracked by git, so a release lacks them (git add them): {missing}"
    for language in ("de", "en"):
        assert (release / f"locale/{language}/LC_MESSAGES/django.mo").is_file()
    for app in PORTAL_APPS:
        assert (release / app / "migrations" / "0001_initial.py").is_file(), app


def test_the_base_lock_installs_exactly_what_it_names_and_no_test_package(production_python):
    locked = {
        normalize(entry.name): entry.version
        for entry in read_lock_file("base")
        if not entry.marker or Marker(entry.marker).evaluate()
    }
    listing = succeeded(
        run(
            [
                str(production_python),
                "-c",
                "import importlib.metadata as m, json; print(json.dumps("
                "{d.metadata['Name']: d.version for d in m.distributions()}))",
            ],
            cwd=production_python.parents[2],
            env={"PATH": os.defpath},
            timeout=60,
        )
    )
    installed = {normalize(name): version for name, version in json.loads(listing).items()}
    test_only = {normalize(entry.name) for entry in read_lock_file("test")} - locked.keys()
    assert not installed.keys() & test_only, "the test extra's packages came with the base lock"
    # venv brings pip (and setuptools before Python 3.12); everything else is the lock's.
    for tool in ("pip", "setuptools"):
        installed.pop(tool, None)
    assert installed == locked

    # The run-time code must not import what only the tests install.
    probe = run(
        [str(production_python), "-c", "import pytest"],
        cwd=production_python.parents[2],
        env={"PATH": os.defpath},
        timeout=60,
    )
    assert probe.returncode != 0 and "No module named 'pytest'" in probe.stderr, probe.stderr


def test_the_production_extras_install_beside_the_base_lock(production_python):
    # README, "Install": `-r requirements/redis.txt -r requirements/s3.txt` as needed. pip
    # resolves and checks every hash of the three files together; --dry-run changes nothing.
    release = production_python.parents[2]
    result = succeeded(
        run(
            [
                str(production_python),
                *("-m", "pip", "install", "--dry-run", "--quiet", "--report", "-"),
                *("--no-input", "--disable-pip-version-check", "--require-hashes"),
                *("-r", "requirements/base.txt", "-r", "requirements/redis.txt"),
                *("-r", "requirements/s3.txt"),
            ],
            cwd=release,
            env=pip_environment(),
            timeout=600,
        )
    )
    would_install = {
        normalize(item["metadata"]["name"]): item["metadata"]["version"]
        for item in json.loads(result)["install"]
    }
    for extra in ("redis", "s3"):
        for entry in read_lock_file(extra):
            if not entry.marker or Marker(entry.marker).evaluate():
                assert would_install.get(normalize(entry.name)) == entry.version, entry.name


class UnixHTTPConnection(http.client.HTTPConnection):
    """HTTP to gunicorn's socket file: no port that another test run could hold."""

    def __init__(self, socket_path: Path, timeout: float = 30):
        super().__init__("localhost", timeout=timeout)
        self.socket_path = socket_path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(str(self.socket_path))


def get(socket_path: Path, path: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    client = UnixHTTPConnection(socket_path)
    try:
        client.request("GET", path, headers={"Host": HOST, **headers})
        response = client.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        client.close()


@pytest.fixture
def short_tmp_dir():
    # A socket's path must stay below about 100 bytes; pytest's tmp_path may be longer.
    with tempfile.TemporaryDirectory(prefix="portal-") as directory:
        yield Path(directory)


@contextmanager
def gunicorn(python: Path, release: Path, env: dict[str, str], socket_path: Path):
    """README, "Serve": gunicorn serving portal.wsgi, until the block ends; yields its log."""
    log_path = release.parent / "gunicorn.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [
                str(python.parent / "gunicorn"),
                "portal.wsgi",
                *("--workers", "2", "--bind", f"unix:{socket_path}", "--access-logfile", "-"),
                *("--timeout", "60", "--graceful-timeout", "5"),
            ],
            cwd=release,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while not answers_at(socket_path):
            if server.poll() is not None:
                pytest.fail(
                    f"gunicorn stopped with {server.returncode}:\n{tail(log_path.read_text())}"
                )
            if time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not answer within 60 s:\n{tail(log_path.read_text())}")
            time.sleep(0.2)
        yield log_path
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=30)


def answers_at(socket_path: Path) -> bool:
    if not socket_path.exists():
        return False
    try:
        get(socket_path, "/healthz")
    except (OSError, http.client.HTTPException):
        return False  # not listening yet, or a worker died while booting
    return True


def test_the_readme_recipe_brings_up_a_portal_that_serves_german_and_english_pages(
    release, production_python, empty_database, short_tmp_dir
):
    env = production_environment(release, production_python, empty_database)
    python = str(production_python)

    def manage(*args: str, timeout: float = 180) -> str:
        return succeeded(run([python, "manage.py", *args], cwd=release, env=env, timeout=timeout))

    output = manage("check", "--deploy", "--database", "default", "--fail-level", "WARNING")
    assert "no issues" in output

    manage("migrate", "--noinput", timeout=300)
    # Every migration of the release was found and applied, and the models agree with them.
    manage("migrate", "--check")
    manage("makemigrations", "--check", "--dry-run")

    manage("collectstatic", "--noinput")
    static_root = Path(env["STATIC_ROOT"])
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    stylesheet = manifest["css/portal.css"]
    assert stylesheet != "css/portal.css", "collected files get a content hash in their name"
    assert (static_root / f"{stylesheet}.br").is_file(), "and a Brotli-compressed copy"
    assert (static_root / f"{stylesheet}.gz").is_file(), "and a gzip-compressed copy"

    socket_path = short_tmp_dir / "gunicorn.sock"
    with gunicorn(production_python, release, env, socket_path) as log_path:
        try:
            answers = {
                # The load balancer probes over plain HTTP, which is exempt from the redirect.
                "health": get(socket_path, "/healthz"),
                "plain_http": get(socket_path, "/"),
                # Behind the TLS proxy, which sets X-Forwarded-Proto (README, "Reverse proxy").
                "german": get(socket_path, "/", **{"X-Forwarded-Proto": "https"}),
                "english": get(socket_path, "/en/", **{"X-Forwarded-Proto": "https"}),
                "stylesheet": get(
                    socket_path,
                    f"/static/{stylesheet}",
                    **{"X-Forwarded-Proto": "https", "Accept-Encoding": "br"},
                ),
                "unknown_host": get(
                    socket_path, "/", **{"Host": "attacker.example", "X-Forwarded-Proto": "https"}
                ),
            }
        except (OSError, http.client.HTTPException) as error:
            pytest.fail(f"gunicorn did not answer: {error!r}\n{tail(log_path.read_text(), 80)}")
    statuses = {name: status for name, (status, _, _) in answers.items()}
    expected = {
        "health": 200,
        "plain_http": 301,
        "german": 200,
        "english": 200,
        "stylesheet": 200,
        "unknown_host": 400,
    }
    assert statuses == expected, f"gunicorn's log:\n{tail(log_path.read_text(), 80)}"

    _, _, health = answers["health"]
    assert json.loads(health) == {"status": "ok", "database": "ok"}

    _, redirect_headers, _ = answers["plain_http"]
    assert redirect_headers["location"] == f"https://{HOST}/"

    _, german_headers, german = answers["german"]
    page = german.decode()
    assert '<html lang="de">' in page
    assert "Integrationsportal" in page
    # Translated from the English source by the compiled catalogue of the release.
    assert "Zum Inhalt springen" in page
    assert f'href="/static/{stylesheet}"' in page, "pages link the hashed, collected files"
    assert "max-age=31536000" in german_headers["strict-transport-security"]
    assert "content-security-policy" in german_headers

    _, _, english = answers["english"]
    page = english.decode()
    assert '<html lang="en">' in page
    assert "Skip to content" in page
    assert "Zum Inhalt springen" not in page

    _, stylesheet_headers, compressed = answers["stylesheet"]
    # whitenoise serves the compressed copy with a forever-cacheable lifetime.
    assert stylesheet_headers.get("content-encoding") == "br"
    assert brotli.decompress(compressed) == (static_root / stylesheet).read_bytes()
    assert re.search(r"max-age=\d{8,}", stylesheet_headers["cache-control"])
