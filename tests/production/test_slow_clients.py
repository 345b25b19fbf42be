"""Slow clients cannot take the portal down behind the repository's nginx configuration.

Each gunicorn thread serves one request from its first byte to its last. Clients that
send their request headers or bodies a byte a second hold a thread each, and a few
dozen hold them all: the portal stops answering, its health check too. nginx, set up by
deploy/nginx/portal.conf, reads every request whole before an app server sees it, so
the same clients only cost nginx a connection each.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import threading
import time
from contextlib import contextmanager, suppress
from pathlib import Path

from django.conf import settings

from portal.images import MAX_BYTES
from scripts import cluster as cluster_module

from .people import Person

SLOW_CLIENTS = 48
TRICKLE_EVERY = 1.0  # seconds between two bytes of a slow client
ANSWER_WITHIN = 1.0  # seconds the health check may take while they hang on


class SlowClient:
    """A connection that sends the start of a request and then one byte a second."""

    def __init__(self, endpoint: cluster_module.Endpoint, *, slow_body: bool):
        raw = socket.create_connection((cluster_module.HOST, endpoint.port), timeout=10)
        if endpoint.tls is not None:
            raw = endpoint.tls.wrap_socket(raw, server_hostname=endpoint.host_name)
        self.socket = raw
        headers = "".join(f"{name}: {value}\r\n" for name, value in endpoint.headers("").items())
        if slow_body:
            # A complete header announcing a form of a few kB, whose body then trickles in.
            start = (
                "POST /konto/login/ HTTP/1.1\r\n"
                f"{headers}"
                "Content-Type: application/x-www-form-urlencoded\r\n"
                "Content-Length: 4000\r\n\r\n"
                "login="
            )
        else:
            # A request whose header never ends.
            start = f"GET /healthz HTTP/1.1\r\n{headers}X-Langsam: "
        self.socket.sendall(start.encode())

    def trickle(self) -> None:
        self.socket.sendall(b"a")

    def still_connected(self) -> bool:
        """Neither answered nor closed by the other side (TLS's own records aside)."""
        self.socket.setblocking(False)
        try:
            self.socket.recv(1)  # an answer, or b"" for the end of the connection
            return False
        except (ssl.SSLWantReadError, BlockingIOError):
            return True
        except OSError:
            return False
        finally:
            self.socket.setblocking(True)

    def close(self) -> None:
        self.socket.close()


@contextmanager
def slow_clients(endpoint: cluster_module.Endpoint, count: int = SLOW_CLIENTS):
    """``count`` slow clients, half with slow headers, half with slow bodies, until the end."""
    clients = [SlowClient(endpoint, slow_body=number % 2 == 1) for number in range(count)]
    stop = threading.Event()

    def trickle() -> None:
        while not stop.wait(TRICKLE_EVERY):
            for client in clients:
                # One closed by the server fails quietly here; still_connected() tells.
                with suppress(OSError):
                    client.trickle()

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    try:
        # A moment for the servers to take them on (gunicorn hands each to a thread).
        time.sleep(2 * TRICKLE_EVERY)
        yield clients
    finally:
        stop.set()
        thread.join(timeout=5)
        for client in clients:
            client.close()


def timed_health_check(
    endpoint: cluster_module.Endpoint, timeout: float
) -> tuple[int | None, float]:
    started = time.monotonic()
    status = cluster_module.health_status(endpoint, timeout=timeout)
    return status, time.monotonic() - started


def test_behind_nginx_48_slow_clients_leave_the_health_check_answering(running_cluster):
    with slow_clients(running_cluster.site) as clients:
        checks = []
        for _ in range(4):
            checks.append(timed_health_check(running_cluster.site, timeout=5))
            time.sleep(0.5)
        # A page that needs the database and a template, too.
        started = time.monotonic()
        home = Person().get(running_cluster.site, "/")
        home_seconds = time.monotonic() - started
        connected = sum(client.still_connected() for client in clients)
    assert connected == SLOW_CLIENTS, "the slow clients were still sending while we checked"
    for status, seconds in checks:
        assert status == 200
        assert seconds < ANSWER_WITHIN, f"/healthz took {seconds:.2f} s: {checks}"
    assert home.status == 200
    assert home_seconds < 2 * ANSWER_WITHIN


def test_without_nginx_the_same_slow_clients_block_the_health_check(running_cluster):
    # The counter-proof: the test above can fail. The same clients straight at gunicorn
    # (here a small one, 1 worker × 4 threads, outside nginx) leave it unable to answer.
    server, endpoint = running_cluster.start_lone_app_server(workers=1, threads=4)
    try:
        assert timed_health_check(endpoint, timeout=5)[0] == 200
        with slow_clients(endpoint):
            status, seconds = timed_health_check(endpoint, timeout=3)
        assert status is None or seconds >= ANSWER_WITHIN, (
            f"gunicorn answered /healthz in {seconds:.2f} s despite the slow clients"
        )
        # Once they are gone it answers again: they, not the server, were the problem.
        assert timed_health_check(endpoint, timeout=10)[0] == 200
    finally:
        server.stop()


def test_nginx_refuses_a_body_larger_than_any_form_before_the_app_sees_it(running_cluster):
    endpoint = running_cluster.site
    connection = endpoint.connection(10)
    try:
        connection.putrequest("POST", "/meine-initiativen/neu/", skip_host=True)
        for name, value in endpoint.headers("").items():
            connection.putheader(name, value)
        connection.putheader("Content-Type", "multipart/form-data; boundary=x")
        connection.putheader("Content-Length", str(14 * 1024 * 1024))
        connection.endheaders()
        response = connection.getresponse()
        assert response.status == 413
    finally:
        connection.close()


def test_the_body_limit_fits_one_picture_and_the_form_fields():
    site = cluster_module.NGINX_SITE.read_text()
    (limit,) = re.findall(r"^\s*client_max_body_size (\d+)m;", site, re.MULTILINE)
    largest_form = MAX_BYTES + settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    assert largest_form < int(limit) * 1024 * 1024 <= largest_form + 1024 * 1024


def test_nginx_answers_only_for_the_portal_s_name(running_cluster):
    site = running_cluster.site
    # Another name in the TLS handshake: refused.
    raw = socket.create_connection((cluster_module.HOST, site.port), timeout=10)
    try:
        try:
            site.tls.wrap_socket(raw, server_hostname="anderer.example")
            refused = False
        except OSError:
            refused = True
    finally:
        raw.close()
    assert refused
    # The portal's name in the handshake but another in the Host header: no answer.
    forged = cluster_module.Endpoint(site.port, "anderer.example", site.tls)
    connection = cluster_module.LoopbackHTTPSConnection(site.port, "portal.test", site.tls)
    try:
        connection.request("GET", "/", headers=forged.headers(""))
        try:
            connection.getresponse()
            answered = True
        except (http.client.RemoteDisconnected, ConnectionError):
            answered = False
    finally:
        connection.close()
    assert not answered
    # Plain HTTP goes to HTTPS under the portal's name.
    plain = http.client.HTTPConnection(cluster_module.HOST, running_cluster.http_port, timeout=10)
    try:
        plain.request("GET", "/faq/?q=1", headers={"Host": "portal.test"})
        response = plain.getresponse()
        assert response.status == 301
        assert response.headers["Location"] == "https://portal.test/faq/?q=1"
    finally:
        plain.close()


def test_the_site_file_sets_the_proxy_headers_the_portal_trusts():
    # TRUSTED_PROXY_COUNT=1 is exact only when nginx sets the address instead of
    # appending to what the client sent; the Host is the configured name.
    site = Path(cluster_module.NGINX_SITE).read_text()
    assert re.search(r"^\s*proxy_set_header X-Forwarded-For \$remote_addr;", site, re.M)
    assert re.search(r"^\s*proxy_set_header X-Forwarded-Proto \$scheme;", site, re.M)
    assert re.search(r"^\s*proxy_set_header Host \$\{PORTAL_SERVER_NAME\};", site, re.M)
    assert "$proxy_add_x_forwarded_for" not in site
