"""The portal's own logs name no visitor, so that the privacy policy's periods hold.

The privacy policy promises that server logs are gone after 14 days. The daily purge
(portal/retention.py) cannot reach log files, so the portal's own logs hold no visitor's
address at all: gunicorn, started as the README's recipe and the load test and benchmark
(scripts/serverkit.py) start it, writes one line per request without address, browser,
referring page or query string. The reverse proxy's log, which does hold addresses, is
kept 14 days by the recipe.
"""

from __future__ import annotations

import http.client
import io
import logging
import re
import shlex
import sys
import time
from pathlib import Path

import pytest
from django.core.servers.basehttp import WSGIRequestHandler

from scripts import serverkit

ROOT = Path(__file__).resolve().parents[2]
VISITOR = "203.0.113.77"
PROXY = "127.0.0.1"
BROWSER = "Probebrowser/9.9"
REFERRER = "https://verweis.example/von-hier"
SEARCH_WORD = "Geheimwort"


def readme_command(port: int) -> list[str]:
    """The README's gunicorn command ("Serve"), bound to ``port`` on loopback."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (command,) = re.findall(r"`(gunicorn portal\.wsgi[^`]*)`", readme)
    arguments = shlex.split(command)[1:]
    arguments[arguments.index("--bind") + 1] = f"{PROXY}:{port}"
    return [sys.executable, "-m", "gunicorn", *arguments]


def serverkit_command(port: int) -> list[str]:
    return serverkit.gunicorn_command(port, workers=1, threads=2)


def request_as_a_visitor_through_the_proxy(port: int) -> int:
    connection = http.client.HTTPConnection(PROXY, port, timeout=10)
    try:
        connection.request(
            "GET",
            f"/healthz?suche={SEARCH_WORD}",
            headers={
                **serverkit.proxy_headers(VISITOR),
                "User-Agent": BROWSER,
                "Referer": REFERRER,
            },
        )
        return connection.getresponse().status
    finally:
        connection.close()


@pytest.mark.parametrize("make_command", [readme_command, serverkit_command])
def test_gunicorn_logs_each_request_without_naming_the_visitor(tmp_path, make_command):
    port = serverkit.free_port()
    env = serverkit.server_environment(tmp_path / "var")
    # No database is needed to see the log: the health check answers 503 without one.
    env["DATABASE_URL"] = "postgres://nobody@127.0.0.1:9/nothing"
    log_path = tmp_path / "gunicorn.log"
    server = serverkit.start_server(make_command(port), env, log_path)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status = request_as_a_visitor_through_the_proxy(port)
                break
            except OSError:
                assert server.poll() is None, log_path.read_text()
                assert time.monotonic() < deadline, log_path.read_text()
                time.sleep(0.2)
    finally:
        serverkit.stop_server(server)
    log = log_path.read_text()
    requests = [line for line in log.splitlines() if '"GET /healthz' in line]
    assert len(requests) == 1, f"one line per request:\n{log}"
    (line,) = requests
    assert f'"GET /healthz" {status} ' in line
    for secret in (VISITOR, PROXY, "Probebrowser", "verweis.example", SEARCH_WORD):
        assert secret not in line
    for secret in (VISITOR, "Probebrowser", "verweis.example", SEARCH_WORD):
        assert secret not in log


def test_the_development_server_logs_requests_without_the_address():
    # runserver's request line, through the handler the portal's logging gives it.
    handler = WSGIRequestHandler.__new__(WSGIRequestHandler)
    handler.client_address = (VISITOR, 50123)
    handler.request = None
    handler.requestline = f"GET /projekte/?q={SEARCH_WORD} HTTP/1.1"
    handler.request_version = "HTTP/1.1"
    handler.command = "GET"
    output = io.StringIO()
    stream_handlers = [
        stream_handler
        for stream_handler in logging.getLogger("django.server").handlers
        if isinstance(stream_handler, logging.StreamHandler)
    ]
    previous = [stream_handler.setStream(output) for stream_handler in stream_handlers]
    try:
        handler.log_request(200, 512)
    finally:
        for stream_handler, stream in zip(stream_handlers, previous, strict=True):
            stream_handler.setStream(stream)
    assert '"GET /projekte/' in output.getvalue()
    assert VISITOR not in output.getvalue()


@pytest.mark.parametrize(
    ("path", "without_address", "kept"),
    [
        ("/datenschutz/", "Ihre IP-Adresse und Ihre Browserkennung stehen nicht darin", "Tage"),
        ("/en/datenschutz/", "your IP address and browser identifier are not in it", "days"),
    ],
)
def test_the_privacy_policy_says_what_the_logs_hold_and_how_long(
    client, settings, path, without_address, kept
):
    text = client.get(path).content.decode()
    assert without_address in text
    assert f"{settings.SECURITY_LOG_RETENTION_DAYS} {kept}" in text
    # The recipe deletes them after the period, with no exception it would keep.
    assert "Sicherheitsvorfall" not in text and "security incident" not in text
