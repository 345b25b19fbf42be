"""People who use the production set-up of the tests, through nginx or at an app server."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from scripts import cluster as cluster_module
from scripts import serverkit

# Short enough for the anonymous page cache to expire within a test, long enough to see it.
PAGE_CACHE_SECONDS = 5
REQUEST_TIMEOUT = 30


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
