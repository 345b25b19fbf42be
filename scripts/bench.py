"""Benchmark: each page's throughput as a share of a bare view, and its p95 latency.

Run it from the repository root once the virtual environment exists::

    make bench                     # the small scale: about 8 minutes on a 2-core machine
    make bench SCALE=both          # both scales in the same rounds, compared: about 16
    make bench SCALE=large         # the large scale alone (compared with the last small)
    .venv/bin/python scripts/bench.py --scale both --rounds 5 --slice 2 --json results.json

The first run of a scale generates its data (small: under a minute with migrating and
the demo content; large: about 3 minutes and 3 GB of disk under ``var/bench-large/``).

What it does, talking to 127.0.0.1 only:

1. per scale a database of its own: the embedded PostgreSQL under ``var/bench-<scale>/``,
   migrated, with the demo content (reference data, the Selbstcheck) and the data of
   ``manage.py generate_scale_data --scale <scale>``. The data are generated once; a
   marker file remembers for which version of the generator, so a changed generator
   (or ``--regenerate``) fills the database anew. A forum member is made for the run;
2. gunicorn with production settings, the development kit (``PORTAL_DEVKIT``) and
   ``BENCHMARK_BARE_VIEW`` on, so that
   ``/bench/bare`` answers a constant text without touching the database; a second
   gunicorn with the page cache for anonymous visitors off (``PAGE_CACHE_SECONDS=0``),
   where every page is rendered, and a third with the page cache off and
   ``DB_CONN_MAX_AGE=0`` (a new database connection for every request). The script plays
   the TLS proxy in front of them (``X-Forwarded-Proto: https``);
3. finds the pages by following the portal's own links (the project list's "last page"
   link, the first portrait, an FAQ entry found by the search) and in the database (the
   biggest forum topic and board, a network of typical size), and logs the member in
   through ``/konto/login/``;
4. measures in rounds: each round visits every endpoint in a shuffled (seeded) order,
   with a few keep-alive client connections for a fixed time slice each, after one
   warm-up round. With ``--scale both`` both scales run at once and share the rounds,
   so that their latencies are comparable. Per endpoint: the median of the rounds'
   requests per second, that median as a ratio to the bare view's (of the same scale),
   and the p95 latency over all its requests. Every page an anonymous visitor sees is
   measured twice: as served (mostly from the page cache) and rendered (page cache off);
5. prints a Markdown table per scale with the targets and whether each is met, the
   comparison between the scales (when the JSON file holds both), and what reusing
   database connections is worth; writes it all to ``var/bench-results.json``.

The exit status is 1 when a request failed (an answer other than 200, a connection
error), not when a target is missed: the tables say that.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import html
import http.client
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode, urljoin

from serverkit import (
    BROWSER_HEADERS,
    HOST,
    REPO_ROOT,
    REQUEST_TIMEOUT,
    cookie_header,
    django_snippet,
    free_port,
    gunicorn_command,
    hidden_value,
    keep_cookies,
    last_json_line,
    manage,
    proxy_headers,
    run_step,
    server_environment,
    start_server,
    stop_embedded_database,
    stop_on_signals,
    stop_server,
    wait_until_healthy,
)

SCALES = ("small", "large")
DEFAULT_JSON = REPO_ROOT / "var" / "bench-results.json"
GENERATOR_SOURCES = (
    "devkit/scale/*.py",
    "devkit/management/commands/generate_scale_data.py",
)
GENERATE_TIMEOUT = {"small": 30 * 60, "large": 6 * 60 * 60}
MIN_ROUNDS = 5
WARM_UP_SLICE = 0.5  # seconds per endpoint before the rounds: templates, caches, read state
ERROR_PAUSE = 0.05  # seconds a client waits after a connection error
BUSY_LOAD_PER_CPU = 0.5  # above this load average per CPU before the run, say so

MEMBER_EMAIL = "bench-mitglied@example.org"
MEMBER_PASSWORD = "Benchmark-Passwort-fuer-Mitglieder-7"
USER_AGENT = "integrationsportal-bench/1"
# Made-up client addresses from 198.18.0.0/15, the range set aside for benchmarks.
CLIENT_ADDRESS = "198.18.0.{}"

# Settings the servers must not inherit from the shell: the benchmark has its own
# databases, measures the default cache, and sets the connection age and page cache itself.
NOT_INHERITED = (
    "DATABASE_URL",
    "REDIS_URL",
    "DB_CONN_MAX_AGE",
    "PAGE_CACHE_SECONDS",
    "BENCHMARK_BARE_VIEW",
)
# The key of a page's twin on the server without page cache.
RENDERED = "-rendered"

# Words for a run on the demo content alone (--demo-data): no known shares.
DEMO_SEARCH_TERMS = {
    "rare": ("Musik", None),
    "uncommon": ("Ehrenamt", None),
    "common": ("Förderung", None),
    "half": ("Integration", None),
}


# --- what to measure --------------------------------------------------------------------


@dataclass(frozen=True)
class Endpoint:
    scale: str
    key: str  # the name in the JSON and in the targets
    label: str  # the name in the table
    path: str
    port: int
    as_member: bool = False


# Endpoints that are not pages of the portal, so have no rendered twin.
NOT_PAGES = frozenset({"bare", "bare-db", "static"})

# Throughput of a page as a share of the bare view's, at least.
RATIO_TARGETS = {
    "static": 0.9,
    "projects-first": 0.15,
    "project-detail": 0.3,
    "faq-search-rare": 0.15,
    "faq-search-half": 0.05,
    "networks": 0.15,
    "network-page": 0.15,
    "organisation-search": 0.15,
}


@dataclass(frozen=True)
class RelativeTarget:
    """A page's figure against another page's at the same scale."""

    key: str
    other: str
    figure: str  # "median_rps" (at least factor × other) or "p95_ms" (at most)
    factor: float
    text: str


RELATIVE_TARGETS = (
    RelativeTarget(
        "projects-last", "projects-first", "median_rps", 0.8, "req/s ≥ 0.8 × first page"
    ),
    RelativeTarget("topic-last", "topic-first", "p95_ms", 1.3, "p95 ≤ 1.3 × first page"),
)

# p95 at the large scale at most this factor × p95 at the small scale.
CROSS_SCALE_TARGETS = {
    "faq-search-rare": 1.5,
    "topic-list": 1.3,
    "networks": 1.3,
    "network-page": 1.3,
    "organisation-search": 1.3,
}

# The same page on the server with and without persistent database connections (both
# without page cache, so that the home page is rendered and reads the database).
CONNECTION_REUSE_PAIRS = (("bare-db", "bare-db-no-reuse"), (f"home{RENDERED}", "home-no-reuse"))


# --- the HTTP client: a browser tab behind the TLS proxy --------------------------------


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class Client:
    """One keep-alive connection to gunicorn with the proxy's headers and its own cookies."""

    def __init__(self, port: int, client_address: str, cookies: dict[str, str] | None = None):
        self.port = port
        self.client_address = client_address
        self.cookies = dict(cookies or {})
        self._connection: http.client.HTTPConnection | None = None

    @property
    def origin(self) -> str:
        return f"https://{HOST}:{self.port}"

    def get(self, path: str) -> Answer:
        return self.request("GET", path)

    def post_form(self, path: str, fields: dict[str, str], referer: str) -> Answer:
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            # Django checks these on HTTPS requests: the form came from this site.
            "Origin": self.origin,
            "Referer": self.origin + referer,
        }
        return self.request("POST", path, urlencode(fields).encode(), headers)

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> Answer:
        headers = {
            **proxy_headers(self.client_address),
            "User-Agent": USER_AGENT,
            **BROWSER_HEADERS,
            **(extra_headers or {}),
        }
        if self.cookies:
            headers["Cookie"] = cookie_header(self.cookies)
        if self._connection is None:
            self._connection = http.client.HTTPConnection(HOST, self.port, timeout=REQUEST_TIMEOUT)
        try:
            self._connection.request(method, path, body=body, headers=headers)
            response = self._connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            self.close()
            raise
        keep_cookies(self.cookies, response.headers.get_all("Set-Cookie") or [])
        if response.will_close:
            self.close()
        if response.headers.get("Content-Encoding") == "gzip":  # pages (portal.compression)
            content = gzip.decompress(content)
        return Answer(response.status, response.headers, content)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


# --- measuring --------------------------------------------------------------------------


@dataclass
class Tally:
    """One endpoint's requests over all rounds."""

    rounds_rps: list[float] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_examples: list[str] = field(default_factory=list)
    seconds: float = 0.0
    client_cpu_seconds: float = 0.0  # the clients share the machine with the servers


@dataclass
class SliceResult:
    requests: int
    seconds: float
    latencies: list[float]
    errors: list[str]
    client_cpu_seconds: float


def run_slice(
    endpoint: Endpoint, cookies: dict[str, str], clients: int, seconds: float
) -> SliceResult:
    """``clients`` connections ask for the endpoint back to back for ``seconds``."""
    started: list[float] = []
    barrier = threading.Barrier(clients, action=lambda: started.append(time.perf_counter()))
    cpu_before = time.process_time()
    per_client: list[tuple[list[float], list[str], float]] = [([], [], 0.0)] * clients

    def client_loop(number: int) -> None:
        client = Client(endpoint.port, CLIENT_ADDRESS.format(number + 1), cookies)
        latencies: list[float] = []
        errors: list[str] = []
        barrier.wait()
        deadline = started[0] + seconds
        while (begin := time.perf_counter()) < deadline:
            try:
                answer = client.get(endpoint.path)
            except (OSError, http.client.HTTPException) as error:
                errors.append(f"{endpoint.path}: {error!r}")
                time.sleep(ERROR_PAUSE)  # a server that is gone must not make a busy loop
                continue
            if answer.status == 200:
                latencies.append(time.perf_counter() - begin)
            else:
                errors.append(f"{endpoint.path}: answered {answer.status}")
        client.close()
        per_client[number] = (latencies, errors, time.perf_counter())

    threads = [threading.Thread(target=client_loop, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies = [value for found, _errors, _end in per_client for value in found]
    errors = [error for _found, found, _end in per_client for error in found]
    finished = max(end for _latencies, _errors, end in per_client)
    cpu = time.process_time() - cpu_before
    return SliceResult(len(latencies), finished - started[0], latencies, errors, cpu)


def measure(
    endpoints: Sequence[Endpoint],
    member_cookies: dict[str, dict[str, str]],
    config: Config,
) -> dict[Endpoint, Tally]:
    """Warm up once, then ``config.rounds`` rounds over all endpoints in shuffled order.

    With both scales running, their endpoints share the rounds: whatever else the
    machine does meanwhile falls on both alike.
    """
    rng = random.Random(config.seed)

    def cookies_for(endpoint: Endpoint) -> dict[str, str]:
        return member_cookies[endpoint.scale] if endpoint.as_member else {}

    print(f"  warming up ({len(endpoints)} endpoints × {WARM_UP_SLICE} s) ...", flush=True)
    for endpoint in endpoints:
        run_slice(endpoint, cookies_for(endpoint), config.clients, WARM_UP_SLICE)
    tallies = {endpoint: Tally() for endpoint in endpoints}
    for number in range(1, config.rounds + 1):
        began = time.monotonic()
        order = list(endpoints)
        rng.shuffle(order)
        for endpoint in order:
            result = run_slice(endpoint, cookies_for(endpoint), config.clients, config.slice)
            tally = tallies[endpoint]
            tally.rounds_rps.append(result.requests / result.seconds)
            tally.seconds += result.seconds
            tally.client_cpu_seconds += result.client_cpu_seconds
            tally.latencies.extend(result.latencies)
            tally.errors += len(result.errors)
            tally.error_examples.extend(result.errors[: 3 - len(tally.error_examples)])
        print(
            f"  round {number}/{config.rounds} done ({time.monotonic() - began:.0f} s)",
            flush=True,
        )
    return tallies


def percentile(sorted_values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of values sorted ascending; 0 for none."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(share * len(sorted_values)))
    return sorted_values[rank - 1]


def endpoint_figures(endpoints: Sequence[Endpoint], tallies: dict[Endpoint, Tally]) -> dict:
    """One scale's figures; its endpoints' throughput as a share of its own bare view's."""
    bare = next(endpoint for endpoint in endpoints if endpoint.key == "bare")
    bare_rps = statistics.median(tallies[bare].rounds_rps)
    figures = {}
    for endpoint in endpoints:
        tally = tallies[endpoint]
        latencies = sorted(tally.latencies)
        median_rps = statistics.median(tally.rounds_rps)
        figures[endpoint.key] = {
            "label": endpoint.label,
            "path": endpoint.path,
            "as_member": endpoint.as_member,
            "server": server_of(endpoint.key),
            "requests": len(latencies),
            "errors": tally.errors,
            "error_examples": tally.error_examples,
            "rounds_rps": [round(value, 1) for value in tally.rounds_rps],
            "median_rps": round(median_rps, 1),
            "ratio_to_bare": round(median_rps / bare_rps, 3) if bare_rps else 0.0,
            "p50_ms": round(percentile(latencies, 0.50) * 1000, 1),
            "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
            "client_cores": round(tally.client_cpu_seconds / tally.seconds, 2),
        }
    return figures


def server_of(key: str) -> str:
    if key.endswith("-no-reuse"):
        return "no page cache, no connection reuse"
    return "no page cache" if key.endswith(RENDERED) else "main"


# --- targets ----------------------------------------------------------------------------


def check(key: str, text: str, value: float, limit: float, at_most: bool) -> dict:
    passed = value <= limit if at_most else value >= limit
    return {
        "endpoint": key,
        "target": text,
        "value": round(value, 3),
        "limit": limit,
        "passed": passed,
    }


def scale_targets(figures: dict) -> list[dict]:
    """The targets one scale's figures are held against: pages as served, and rendered.

    A target is met by the page as visitors get it. The same target on the rendered
    twin (``rendered``: True) says what a page costs when it is not in the cache.
    """
    results = []
    for suffix in ("", RENDERED):
        for key, least in RATIO_TARGETS.items():
            if key + suffix in figures:
                text = f"≥ {least} × bare"
                value = figures[key + suffix]["ratio_to_bare"]
                results.append(check(key + suffix, text, value, least, False))
        for target in RELATIVE_TARGETS:
            key, other_key = target.key + suffix, target.other + suffix
            if key in figures and other_key in figures:
                other = figures[other_key][target.figure]
                value = figures[key][target.figure] / other if other else float("inf")
                at_most = target.figure == "p95_ms"
                results.append(check(key, target.text, value, target.factor, at_most))
    for result in results:
        result["rendered"] = result["endpoint"].endswith(RENDERED)
    return results


def cross_scale_targets(small: dict, large: dict) -> list[dict]:
    """p95 at the large scale against p95 at the small scale."""
    results = []
    keys = [key + suffix for suffix in ("", RENDERED) for key in CROSS_SCALE_TARGETS]
    for key in keys:
        factor = CROSS_SCALE_TARGETS[key.removesuffix(RENDERED)]
        if key in small and key in large and small[key]["p95_ms"]:
            value = large[key]["p95_ms"] / small[key]["p95_ms"]
            result = check(key, f"p95 large ≤ {factor} × small", value, factor, True)
            result.update(
                rendered=key.endswith(RENDERED),
                label=large[key]["label"],
                small_p95_ms=small[key]["p95_ms"],
                large_p95_ms=large[key]["p95_ms"],
            )
            results.append(result)
    return results


def connection_reuse(figures: dict) -> list[dict]:
    rows = []
    for reused, fresh in CONNECTION_REUSE_PAIRS:
        if reused in figures and fresh in figures:
            with_reuse, without = figures[reused], figures[fresh]
            rows.append(
                {
                    "endpoint": reused,
                    "label": with_reuse["label"],
                    "persistent_rps": with_reuse["median_rps"],
                    "no_reuse_rps": without["median_rps"],
                    "throughput_factor": round(with_reuse["median_rps"] / without["median_rps"], 2)
                    if without["median_rps"]
                    else None,
                    "persistent_p95_ms": with_reuse["p95_ms"],
                    "no_reuse_p95_ms": without["p95_ms"],
                }
            )
    return rows


# --- the database of one scale ----------------------------------------------------------


def var_dir_of(scale: str) -> Path:
    return REPO_ROOT / "var" / f"bench-{scale}"


def generator_fingerprint() -> str:
    """A hash of the generator's code: when it changes, the data are generated anew."""
    digest = hashlib.sha256()
    for pattern in GENERATOR_SOURCES:
        for path in sorted(REPO_ROOT.glob(pattern)):
            digest.update(str(path.relative_to(REPO_ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def require_generator() -> None:
    command = REPO_ROOT / "devkit" / "management" / "commands" / "generate_scale_data.py"
    if not command.exists():
        raise SystemExit(
            "manage.py generate_scale_data is missing (devkit/management/commands/"
            "generate_scale_data.py), so there are no scale data to measure. "
            "Try the benchmark on the demo content alone with --demo-data."
        )


def prepare_database(scale: str, config: Config, env: dict[str, str], log: Path) -> dict:
    """Migrate, fill (once per generator version), collect static files; the data's facts."""
    var_dir = var_dir_of(scale)
    marker = var_dir / "scale-data.json"
    wanted = "demo content only" if config.demo_data else generator_fingerprint()
    if config.regenerate or not data_made_by(marker, wanted):
        # Anew from an empty database: no leftovers of an interrupted or older filling.
        print(
            f"  filling a new database (the marker var/bench-{scale}/{marker.name} is missing"
            " or names another generator, or --regenerate)"
        )
        wipe_database(env, var_dir)
        run_step("migrating", manage("migrate", "--noinput"), env, log)
        fill_database(scale, config, env, log)
        marker.write_text(json.dumps({"generator": wanted, "filled_at": time.ctime()}))
    else:
        print(f"  the {scale} data are there already (var/bench-{scale}/{marker.name})")
        run_step("migrating", manage("migrate", "--noinput"), env, log)
    run_step("collecting static files", manage("collectstatic", "--noinput"), env, log)
    return last_json_line(
        run_step(
            "making the forum member and reading the data's facts",
            django_snippet(FACTS, {"email": MEMBER_EMAIL, "password": MEMBER_PASSWORD}),
            env,
            log,
        )
    )


def data_made_by(marker: Path, generator: str) -> bool:
    try:
        made_by = json.loads(marker.read_text())["generator"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return made_by == generator and (marker.parent / "pgdata").exists()


def wipe_database(env: dict[str, str], var_dir: Path) -> None:
    stop_embedded_database(env, var_dir)
    data_dir = var_dir / "pgdata"
    if data_dir.resolve().is_relative_to((REPO_ROOT / "var").resolve()):
        shutil.rmtree(data_dir, ignore_errors=True)
    (var_dir / "scale-data.json").unlink(missing_ok=True)


def fill_database(scale: str, config: Config, env: dict[str, str], log: Path) -> None:
    run_step("loading the demo content", manage("load_demo", "--force"), env, log)
    if not config.demo_data:
        started = time.monotonic()
        run_step(
            f"generating the {scale} scale data (once)",
            manage("generate_scale_data", "--scale", scale),
            env,
            log,
            timeout=GENERATE_TIMEOUT[scale],
        )
        print(f"  generated in {time.monotonic() - started:.0f} s")
    run_step("vacuuming and analysing the tables", django_snippet(VACUUM, {}), env, log)


# Run in subprocesses with the server's environment.
FACTS = """
import json, sys
import django
django.setup()
from allauth.account.models import EmailAddress
from django.db import connection
from django.db.models import Count
from django.utils import timezone
from faq.models import Entry
from forum.models import Board, Membership, Post, Topic
from networks.models import Network, Organisation
from portal.models import User
from projects.models import Project

request = json.loads(sys.argv[1])
user, _created = User.objects.get_or_create(
    email=request["email"], defaults={"display_name": "Benchmark-Mitglied"}
)
user.set_password(request["password"])
user.save()
EmailAddress.objects.update_or_create(
    user=user, email=request["email"], defaults={"verified": True, "primary": True}
)
Membership.objects.update_or_create(
    user=user,
    defaults={
        "status": Membership.Status.APPROVED,
        "organisation": "Benchmark e. V.",
        "role": "Messung",
        "motivation": "Ich messe, wie schnell das Forum antwortet.",
        "decided_at": timezone.now(),
        "suspended_until": None,
    },
)
try:
    from devkit.scale import SEARCH_TERMS
    terms = {kind: list(word_and_share) for kind, word_and_share in SEARCH_TERMS.items()}
except ImportError:
    terms = None
topic = Topic.objects.order_by("-post_count", "pk").select_related("board").first()
board = Board.objects.annotate(topics_count=Count("topics")).order_by("-topics_count").first()
land = (
    Project.objects.published().values("land__ags").annotate(n=Count("pk")).order_by("-n").first()
)
# A network of typical size (the median number of member organisations), so that the
# page compares across scales, and the biggest one.
networks = list(
    Network.objects.filter(is_published=True)
    .annotate(members=Count("memberships"))
    .order_by("members", "slug")
    .values("slug", "members")
)
with connection.cursor() as cursor:
    cursor.execute("SHOW max_connections")
    max_connections = int(cursor.fetchone()[0])
print(json.dumps({
    "counts": {
        "published_projects": Project.objects.published().count(),
        "faq_entries": Entry.objects.count(),
        "forum_topics": Topic.objects.count(),
        "forum_posts": Post.objects.count(),
        "organisations": Organisation.objects.count(),
        "networks": Network.objects.count(),
    },
    "search_terms": terms,
    "biggest_topic": {"pk": topic.pk, "posts": topic.post_count, "board": topic.board.slug},
    "biggest_board": {"slug": board.slug, "topics": board.topics_count},
    "land_with_most_projects": land["land__ags"] if land else None,
    "typical_network": networks[len(networks) // 2],
    "biggest_network": networks[-1],
    "max_connections": max_connections,
}))
"""

VACUUM = """
import django
django.setup()
from django.db import connection

with connection.cursor() as cursor:
    cursor.execute("VACUUM (ANALYZE)")
"""


# --- finding the pages ------------------------------------------------------------------


class Discovery:
    """Reads the portal's pages as a visitor (or the member) to find what to measure."""

    def __init__(self, port: int, member_cookies: dict[str, str]):
        self.visitor = Client(port, CLIENT_ADDRESS.format(200))
        self.member = Client(port, CLIENT_ADDRESS.format(201), member_cookies)

    def page(self, path: str, *, as_member: bool = False) -> str:
        client = self.member if as_member else self.visitor
        answer = client.get(path)
        if answer.status != 200:
            raise SystemExit(f"Discovery: {path} answered {answer.status}, not 200.")
        return answer.text

    def close(self) -> None:
        self.visitor.close()
        self.member.close()


def first_link(html_text: str, pattern: str, exclude: Sequence[str] = ()) -> str:
    for link in re.findall(rf'href="({pattern})"', html_text):
        link = html.unescape(link)
        if not any(word in link for word in exclude):
            return link
    raise SystemExit(f"Discovery: no link like {pattern} on the page.")


# A list longer than the bounded count (1,000) offers no "last page" link: the bench then
# measures the page this many "next page" steps in, which keyset paging reaches as cheaply.
DEEP_PAGE_STEPS = 50


def deep_page_link(discovery: Discovery, html_text: str, path: str) -> str:
    """The list's own "last page" link, or the page DEEP_PAGE_STEPS "next" links in."""
    links = re.findall(r'href="([^"]*seite=letzte[^"]*)"', html_text)
    if links:
        return urljoin(path, html.unescape(links[0]))  # the link is a query of the page
    deepest = path
    for _ in range(DEEP_PAGE_STEPS):
        following = re.findall(r'href="([^"]*)" rel="next"', html_text)
        if not following:
            break
        deepest = urljoin(path, html.unescape(following[0]))
        html_text = discovery.page(deepest)
    return deepest


def log_in(port: int) -> dict[str, str]:
    """Log the member in through the real log-in form; the session's cookies."""
    client = Client(port, CLIENT_ADDRESS.format(250))
    form = client.get("/konto/login/")
    fields = {
        "csrfmiddlewaretoken": hidden_value(form.text, "csrfmiddlewaretoken"),
        "login": MEMBER_EMAIL,
        "password": MEMBER_PASSWORD,
    }
    answer = client.post_form("/konto/login/", fields, referer="/konto/login/")
    client.close()
    if answer.status != 302 or "sessionid" not in client.cookies:
        raise SystemExit(f"The member could not log in (answer {answer.status}).")
    return client.cookies


def find_endpoints(scale: str, ports: Ports, facts: dict, cookies: dict) -> list[Endpoint]:
    discovery = Discovery(ports.main, cookies)
    try:
        return discover(discovery, scale, ports, facts)
    finally:
        discovery.close()


def discover(discovery: Discovery, scale: str, ports: Ports, facts: dict) -> list[Endpoint]:
    def endpoint(key: str, label: str, path: str, as_member: bool = False) -> Endpoint:
        discovery.page(path, as_member=as_member)  # answers 200, or the run stops here
        return Endpoint(scale, key, label, path, ports.main, as_member)

    terms = facts["search_terms"]
    home = discovery.page("/")
    stylesheet = first_link(home, r"/static/[^\"]+\.css")
    projects = discovery.page("/projekte/")
    land = facts["land_with_most_projects"]
    filtered_path = f"/projekte/?land={land}"
    filtered = discovery.page(filtered_path)
    rare_search = f"/faq/suche/?q={quote(terms['rare'][0])}"
    typical, biggest = facts["typical_network"], facts["biggest_network"]
    selfchecks = discovery.page("/selbstcheck/")
    topic, board = facts["biggest_topic"], facts["biggest_board"]
    organisation_word = quote(terms["uncommon"][0])
    endpoints = [
        endpoint("bare", "bare view (constant answer)", "/bench/bare"),
        endpoint("bare-db", "bare view + SELECT 1", "/bench/bare-db"),
        endpoint("static", "static file (CSS)", stylesheet),
        endpoint("home", "home page", "/"),
        endpoint("projects-first", "project list, first page", "/projekte/"),
        endpoint(
            "projects-last",
            "project list, last page (or 50 pages in)",
            deep_page_link(discovery, projects, "/projekte/"),
        ),
        endpoint("projects-filtered-first", f"project list, Land {land}", filtered_path),
        endpoint(
            "projects-filtered-last",
            f"project list, Land {land}, last page (or 50 pages in)",
            deep_page_link(discovery, filtered, filtered_path),
        ),
        endpoint("project-detail", "project portrait", first_link(projects, r"/projekte/[\w-]+/")),
    ]
    for kind in ("rare", "uncommon", "common", "half"):
        word, share = terms[kind]
        shown = f"{share:.2%}" if share is not None else kind
        endpoint_ = endpoint(
            f"faq-search-{kind}", f"FAQ search “{word}” ({shown})", f"/faq/suche/?q={quote(word)}"
        )
        endpoints.append(endpoint_)
    entry = first_link(discovery.page(rare_search), r"/faq/frage/[\w-]+/")
    endpoints += [
        endpoint("faq-entry", "FAQ entry", entry),
        endpoint("forum", "forum, list of boards", "/forum/", as_member=True),
        endpoint(
            "topic-list",
            f"topic list of the biggest board ({board['topics']} topics)",
            f"/forum/bereich/{board['slug']}/",
            as_member=True,
        ),
        endpoint(
            "topic-first",
            f"biggest topic ({topic['posts']} posts), first page",
            f"/forum/thema/{topic['pk']}/",
            as_member=True,
        ),
        endpoint(
            "topic-last",
            f"biggest topic ({topic['posts']} posts), last page",
            f"/forum/thema/{topic['pk']}/?seite=letzte",
            as_member=True,
        ),
        endpoint("networks", "network list", "/netzwerke/"),
        endpoint(
            "network-page",
            f"network page, typical size ({typical['members']} organisations)",
            f"/netzwerke/{typical['slug']}/",
        ),
        endpoint(
            "network-page-biggest",
            f"network page, biggest ({biggest['members']} organisations)",
            f"/netzwerke/{biggest['slug']}/",
        ),
        endpoint(
            "organisation-search",
            f"organisation search “{terms['uncommon'][0]}”",
            f"/organisationen/?q={organisation_word}",
        ),
        endpoint(
            "selfcheck",
            "Selbstcheck",
            first_link(selfchecks, r"/selbstcheck/[\w-]+/", exclude=["meine-ergebnisse"]),
        ),
    ]
    endpoints += [
        Endpoint(scale, page.key + RENDERED, f"{page.label}, rendered", page.path, ports.uncached)
        for page in endpoints
        if page.key not in NOT_PAGES and not page.as_member  # members' pages are never cached
    ]
    endpoints += [
        Endpoint(
            scale,
            "bare-db-no-reuse",
            "bare view + SELECT 1, DB_CONN_MAX_AGE=0",
            "/bench/bare-db",
            ports.no_reuse,
        ),
        Endpoint(
            scale, "home-no-reuse", "home page, rendered, DB_CONN_MAX_AGE=0", "/", ports.no_reuse
        ),
    ]
    return endpoints


# --- the run of one scale ---------------------------------------------------------------


@dataclass(frozen=True)
class Config:
    scales: tuple[str, ...]
    rounds: int
    slice: float
    clients: int
    workers: int
    threads: int
    seed: int
    json_path: Path
    regenerate: bool
    demo_data: bool


@dataclass(frozen=True)
class Ports:
    main: int  # as in production: page cache, persistent database connections
    uncached: int  # PAGE_CACHE_SECONDS=0: every page rendered
    no_reuse: int  # no page cache, and a new database connection for every request


@dataclass(frozen=True)
class Site:
    """One scale's database and servers, running, with what there is to measure."""

    scale: str
    facts: dict
    member_cookies: dict[str, str]
    endpoints: list[Endpoint]


def run(config: Config) -> dict[str, dict]:
    """Prepare and start every scale, measure them in the same rounds; figures by scale."""
    started, load_before = time.monotonic(), os.getloadavg()[0]
    with contextlib.ExitStack() as running:
        sites = [running.enter_context(running_site(scale, config)) for scale in config.scales]
        endpoints = [endpoint for site in sites for endpoint in site.endpoints]
        rough = len(endpoints) * (WARM_UP_SLICE + config.rounds * config.slice)
        print(
            f"\nMeasuring {len(endpoints)} endpoints ({' and '.join(config.scales)}), "
            f"about {rough / 60:.0f} minutes ...",
            flush=True,
        )
        tallies = measure(endpoints, {s.scale: s.member_cookies for s in sites}, config)
    run_facts = {
        "measured_at": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "measured_with": list(config.scales),
        "commit": git_commit(),
        "seconds": round(time.monotonic() - started),
        "machine": {"cpus": os.cpu_count(), "load_average_before": round(load_before, 2)},
        "method": {
            "rounds": config.rounds,
            "slice_s": config.slice,
            "warm_up_slice_s": WARM_UP_SLICE,
            "clients": config.clients,
            "server": f"gunicorn {config.workers} workers × {config.threads} threads (gthread)",
            "seed": config.seed,
        },
    }
    return {site.scale: scale_result(site, tallies, run_facts, config) for site in sites}


def scale_result(
    site: Site, tallies: dict[Endpoint, Tally], run_facts: dict, config: Config
) -> dict:
    figures = endpoint_figures(site.endpoints, tallies)
    return {
        "scale": site.scale,
        "demo_data_only": config.demo_data,
        **run_facts,
        "data": site.facts,
        "endpoints": figures,
        "targets": scale_targets(figures),
        "connection_reuse": connection_reuse(figures),
    }


@contextlib.contextmanager
def running_site(scale: str, config: Config) -> Iterator[Site]:
    """The scale's database, filled, and its two servers, until the block ends."""
    var_dir = var_dir_of(scale)
    var_dir.mkdir(parents=True, exist_ok=True)
    log = var_dir / "bench.log"
    log.write_text("")
    # The development kit brings generate_scale_data and the bare views.
    env = {**server_environment(var_dir, drop=NOT_INHERITED), "PORTAL_DEVKIT": "true"}
    print(f"\n== Scale {scale}: embedded PostgreSQL in var/bench-{scale}/")
    try:
        facts = prepare_database(scale, config, env, log)
        if config.demo_data:
            facts["search_terms"] = DEMO_SEARCH_TERMS
        check_connection_budget(config, facts["max_connections"])
        with serving(config, env, log) as ports:
            cookies = log_in(ports.main)
            endpoints = find_endpoints(scale, ports, facts, cookies)
            yield Site(scale, facts, cookies, endpoints)
    finally:
        stop_embedded_database(env, var_dir)


def check_connection_budget(config: Config, max_connections: int) -> None:
    # Three servers; every gunicorn thread of the first two keeps its connection open.
    connections = 3 * config.workers * config.threads
    if connections + 10 > max_connections:
        raise SystemExit(
            f"Three servers of {config.workers} workers × {config.threads} threads may hold "
            f"{connections} database connections, too many for max_connections = "
            f"{max_connections}."
        )


@contextlib.contextmanager
def serving(config: Config, env: dict[str, str], log: Path) -> Iterator[Ports]:
    """gunicorn with the bare view; one without page cache; one without either cache."""
    bench_env = {**env, "BENCHMARK_BARE_VIEW": "true"}
    uncached_env = {**bench_env, "PAGE_CACHE_SECONDS": "0"}
    ports = Ports(main=free_port(), uncached=free_port(), no_reuse=free_port())
    environments = {
        ports.main: bench_env,
        ports.uncached: uncached_env,
        ports.no_reuse: {**uncached_env, "DB_CONN_MAX_AGE": "0"},
    }
    servers = {
        port: start_server(gunicorn_command(port, config.workers, config.threads), env_, log)
        for port, env_ in environments.items()
    }
    print(
        f"  gunicorn {config.workers} workers × {config.threads} threads on "
        f"{HOST}:{ports.main}, without page cache on {HOST}:{ports.uncached}, and also with "
        f"DB_CONN_MAX_AGE=0 on {HOST}:{ports.no_reuse}",
        flush=True,
    )
    try:
        for port, server in servers.items():
            wait_until_healthy(server, port)
        yield ports
    finally:
        for server in servers.values():
            stop_server(server)


def git_commit() -> str:
    result = subprocess.run(
        ["git", "describe", "--always", "--dirty"],  # noqa: S607 (git from PATH)
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip()


# --- the report -------------------------------------------------------------------------


def scale_table(result: dict, note: str = "") -> str:
    method, machine = result["method"], result["machine"]
    targets_by_endpoint: dict[str, list[dict]] = {}
    for target in result["targets"]:
        targets_by_endpoint.setdefault(target["endpoint"], []).append(target)
    lines = [
        f"### Scale {result['scale']}"
        f"{' (demo content only)' if result['demo_data_only'] else ''}{note}",
        "",
        f"{method['rounds']} rounds × {method['slice_s']} s per endpoint, {method['clients']} "
        f"keep-alive clients (on the bare view they took "
        f"{result['endpoints']['bare'].get('client_cores', '?')} of the {machine['cpus']} "
        f"CPUs); {method['server']}; measured {result['measured_at']} at {result['commit']}.",
        *busy_machine_warning(machine),
        "",
        "| endpoint | requests | median req/s | × bare | p50 ms | p95 ms | target | result |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    endpoints = result["endpoints"]
    # Each page as served, then the same page rendered.
    keys = [key for key in endpoints if not key.endswith(RENDERED)]
    ordered = [twin for key in keys for twin in (key, key + RENDERED) if twin in endpoints]
    for key in ordered:
        figures, checks = endpoints[key], targets_by_endpoint.get(key, [])
        lines.append(
            f"| {figures['label']} | {figures['requests']} | {figures['median_rps']:.0f} | "
            f"{figures['ratio_to_bare']:.2f} | {figures['p50_ms']:.0f} | "
            f"{figures['p95_ms']:.0f} | {'; '.join(c['target'] for c in checks)} | "
            f"{'; '.join(verdict(c) for c in checks)} |"
        )
    errors = {key: f["errors"] for key, f in result["endpoints"].items() if f["errors"]}
    if errors:
        lines += ["", f"Failed requests: {errors}"]
    return "\n".join(lines)


def busy_machine_warning(machine: dict) -> list[str]:
    if machine["load_average_before"] <= BUSY_LOAD_PER_CPU * (machine["cpus"] or 1):
        return []
    return [
        "",
        f"**Other work was running on the machine** (load average "
        f"{machine['load_average_before']:.1f} before the run, {machine['cpus']} CPUs): "
        "the ratios hold up (every round visits every endpoint), the latencies less so.",
    ]


def verdict(result: dict) -> str:
    return f"{'pass' if result['passed'] else '**FAIL**'} ({result['value']:.2f})"


def reuse_table(result: dict) -> str:
    lines = [
        f"Reusing database connections (scale {result['scale']}): the same page on a server "
        "with persistent connections (the default) and on one with `DB_CONN_MAX_AGE=0`.",
        "",
        "| endpoint | req/s persistent | req/s new connection each request | factor | "
        "p95 ms persistent | p95 ms new connection |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in result["connection_reuse"]:
        lines.append(
            f"| {row['label']} | {row['persistent_rps']:.0f} | {row['no_reuse_rps']:.0f} | "
            f"{row['throughput_factor']} | {row['persistent_p95_ms']:.0f} | "
            f"{row['no_reuse_p95_ms']:.0f} |"
        )
    return "\n".join(lines)


def cross_scale_table(results: list[dict], small: dict, large: dict) -> str:
    lines = ["### Large against small", ""]
    if small["measured_at"] != large["measured_at"]:
        lines += [
            f"**Measured in different runs** (small {small['measured_at']} at "
            f"{small['commit']}, large {large['measured_at']} at {large['commit']}): "
            "`--scale both` measures both in the same rounds, with the same code.",
            "",
        ]
    lines += [
        "| endpoint | p95 ms small | p95 ms large | large / small | target | result |",
        "|---|---:|---:|---:|---|---|",
    ]
    for row in results:
        lines.append(
            f"| {row['label']} | {row['small_p95_ms']:.0f} | {row['large_p95_ms']:.0f} | "
            f"{row['value']:.2f} | {row['target']} | {verdict(row)} |"
        )
    return "\n".join(lines)


def load_earlier(path: Path) -> dict:
    try:
        earlier = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return earlier.get("scales", {}) if isinstance(earlier, dict) else {}


def report(new_results: dict[str, dict], config: Config) -> dict:
    """Print the tables and write the JSON; a scale not run now comes from the last run."""
    scales = {**load_earlier(config.json_path), **new_results}
    document: dict = {"scales": scales}
    for scale in SCALES:
        if scale in scales:
            result = scales[scale]
            note = "" if scale in new_results else f" (an earlier run, {result['measured_at']})"
            print(f"\n{scale_table(result, note)}\n\n{reuse_table(result)}")
    if all(scale in scales for scale in SCALES):
        small, large = scales["small"], scales["large"]
        document["cross_scale"] = cross_scale_targets(small["endpoints"], large["endpoints"])
        print(f"\n{cross_scale_table(document['cross_scale'], small, large)}")
    else:
        print("\nThe comparison of the scales needs a run of each (--scale both).")
    config.json_path.parent.mkdir(parents=True, exist_ok=True)
    config.json_path.write_text(json.dumps(document, indent=2, ensure_ascii=False))
    print(f"\nWritten to {display_path(config.json_path)}")
    return document


def display_path(path: Path) -> str:
    resolved = path.resolve()
    return str(resolved.relative_to(REPO_ROOT)) if resolved.is_relative_to(REPO_ROOT) else str(path)


def failed_targets(document: dict, scales: Sequence[str], rendered: bool = False) -> list[str]:
    """Targets missed by the pages as served, or (``rendered``) by their rendered twins."""
    failed = [
        f"{scale}: {target['endpoint']} {target['target']}"
        for scale in scales
        for target in document["scales"][scale]["targets"]
        if not target["passed"] and target.get("rendered", False) == rendered
    ]
    failed += [
        f"{target['endpoint']} {target['target']}"
        for target in document.get("cross_scale", [])
        if not target["passed"] and target.get("rendered", False) == rendered
    ]
    return failed


# --- command line -----------------------------------------------------------------------


def parse_arguments(argv: Sequence[str] | None = None) -> Config:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--scale", choices=[*SCALES, "both"], default="small", help="default: small"
    )
    parser.add_argument(
        "--rounds", type=int, default=MIN_ROUNDS, help=f"at least {MIN_ROUNDS} (default)"
    )
    parser.add_argument(
        "--slice", type=float, default=2.0, help="seconds per endpoint and round (default 2)"
    )
    parser.add_argument("--clients", type=int, default=4, help="client connections (default 4)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (default 4)")
    parser.add_argument("--threads", type=int, default=2, help="threads per worker (default 2)")
    parser.add_argument("--seed", type=int, default=20261123, help="seed of the round order")
    parser.add_argument(
        "--json", type=Path, default=DEFAULT_JSON, help="where the figures go (JSON)"
    )
    parser.add_argument("--regenerate", action="store_true", help="fill the scale's database anew")
    parser.add_argument(
        "--demo-data",
        action="store_true",
        help="measure the demo content alone, without generate_scale_data (to try the script)",
    )
    arguments = parser.parse_args(argv)
    if arguments.rounds < MIN_ROUNDS:
        parser.error(f"--rounds must be at least {MIN_ROUNDS}")
    if not 0.5 <= arguments.slice <= 60:
        parser.error("--slice must be between 0.5 and 60 seconds")
    if not 1 <= arguments.clients <= 64 or arguments.workers < 1 or arguments.threads < 1:
        parser.error("--clients (1 to 64), --workers and --threads must be at least 1")
    return Config(
        scales=SCALES if arguments.scale == "both" else (arguments.scale,),
        rounds=arguments.rounds,
        slice=arguments.slice,
        clients=arguments.clients,
        workers=arguments.workers,
        threads=arguments.threads,
        seed=arguments.seed,
        json_path=arguments.json,
        regenerate=arguments.regenerate,
        demo_data=arguments.demo_data,
    )


def main(argv: Sequence[str] | None = None) -> int:
    config = parse_arguments(argv)
    if not config.demo_data:
        require_generator()
    stop_on_signals()
    started = time.monotonic()
    results = run(config)
    document = report(results, config)
    failed = failed_targets(document, config.scales)
    print(f"Targets missed: {len(failed)}" + "".join(f"\n  {item}" for item in failed))
    rendered = failed_targets(document, config.scales, rendered=True)
    print(
        f"Missed when rendered (without the page cache): {len(rendered)}"
        + "".join(f"\n  {item}" for item in rendered)
    )
    errors = sum(
        figures["errors"]
        for scale in config.scales
        for figures in results[scale]["endpoints"].values()
    )
    print(f"Finished in {(time.monotonic() - started) / 60:.1f} minutes.")
    if errors:
        print(f"FAILED: {errors} requests did not answer 200; see the tables and the logs.")
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:  # the finally blocks have stopped gunicorn and the database
        sys.exit("Interrupted.")
