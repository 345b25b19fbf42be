"""The production set-up on loopback, started once for the tests of this directory.

scripts/cluster.py starts what the README's production section describes: Debian's
nginx with deploy/nginx/portal.conf, two gunicorn app servers, two task workers,
Debian's redis-server and one PostgreSQL of its own. nginx and redis-server come from
Debian's packages; when they are missing and the tests run as root, they are installed
with apt-get, as the browser tests install Chromium. With ``CI=true`` a set-up that
cannot be had fails the run instead of skipping these tests.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import pytest

from scripts import cluster as cluster_module
from scripts import serverkit

# Short enough for the anonymous page cache to expire within a test, long enough to see it.
PAGE_CACHE_SECONDS = 5
REQUEST_TIMEOUT = 30


@pytest.fixture(scope="session")
def cluster():
    try:
        cluster_module.ensure_programs(install=True)
    except (cluster_module.SetUpError, OSError) as error:
        if os.environ.get("CI"):
            pytest.fail(str(error))
        pytest.skip(str(error))
    directory = Path(tempfile.mkdtemp(prefix="portal-cluster-"))
    mail_dir = directory / "mail"
    mail_dir.mkdir()
    setup = cluster_module.Cluster(
        directory,
        install=True,
        settings={
            "PAGE_CACHE_SECONDS": str(PAGE_CACHE_SECONDS),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(mail_dir),
            # Members post in quick succession here; the pause is tested in tests/forum/.
            "FORUM_POST_INTERVAL": "0",
            "FORUM_POSTS_PER_HOUR": "100000",
        },
    )
    setup.mail_dir = mail_dir
    try:
        setup.start()
        yield setup
    finally:
        setup.stop()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def running_cluster(cluster):
    """The set-up with every part running, whatever an earlier test did to it."""
    if not (cluster.var_dir / "pgdata" / "postmaster.pid").exists():
        cluster.start_database()
    for number, service in enumerate(cluster.app):
        if not service.running:
            cluster.start_app_server(number)
    return cluster


@dataclass
class Person:
    """One person's browser: cookies kept by hand (they are Secure), any entrance.

    Through nginx the person connects from ``client_address`` (any address of 127.0.0.0/8
    is the loopback), so nginx names it to the portal and each person has their own
    rate limits; directly at an app server the person sends it as the proxy would.
    """

    client_address: str = "127.0.0.1"
    cookies: dict[str, str] = field(default_factory=dict)

    def get(self, endpoint: cluster_module.Endpoint, path: str) -> serverkit.Answer:
        return self.request(endpoint, "GET", path)

    def post(
        self, endpoint: cluster_module.Endpoint, path: str, fields: dict[str, str]
    ) -> serverkit.Answer:
        body = urlencode(fields).encode()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": endpoint.origin,
            "Referer": endpoint.origin + path,
        }
        return self.request(endpoint, "POST", path, body=body, headers=headers)

    def request(
        self,
        endpoint: cluster_module.Endpoint,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> serverkit.Answer:
        all_headers = {
            **endpoint.headers(self.client_address),
            "Accept-Language": "de-DE,de;q=0.9",
            **(headers or {}),
        }
        if self.cookies:
            all_headers["Cookie"] = serverkit.cookie_header(self.cookies)
        source = self.client_address if endpoint.through_proxy else None
        connection = endpoint.connection(REQUEST_TIMEOUT, source_address=source)
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            connection.close()
        serverkit.keep_cookies(self.cookies, response.headers.get_all("Set-Cookie") or [])
        return serverkit.Answer(response.status, response.headers, text)

    def form_token(self, endpoint: cluster_module.Endpoint, path: str) -> str:
        page = self.get(endpoint, path)
        assert page.status == 200, (path, page.status)
        return serverkit.hidden_value(page.text, "csrfmiddlewaretoken")

    def log_in(
        self, endpoint: cluster_module.Endpoint, email: str, password: str
    ) -> serverkit.Answer:
        token = self.form_token(endpoint, "/konto/login/")
        return self.post(
            endpoint,
            "/konto/login/",
            {"csrfmiddlewaretoken": token, "login": email, "password": password},
        )
