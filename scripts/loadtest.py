"""Load test: simulated users against gunicorn with production settings, on loopback only.

Run it from the repository root once the virtual environment exists (``make run`` or
``make test`` makes it)::

    .venv/bin/python scripts/loadtest.py                 # 200 users for 60 seconds
    .venv/bin/python scripts/loadtest.py --users 50 --duration 20 --json loadtest.json
    .venv/bin/python scripts/loadtest.py --cluster       # through nginx, see below

What it does, bounded in time and talking to 127.0.0.1 only:

1. prepares its own database: the embedded PostgreSQL under ``var/loadtest/`` (or
   ``DATABASE_URL`` if set), migrations, demo content, static files and fresh forum
   members with verified e-mail addresses for this run;
2. starts gunicorn on 127.0.0.1 with production settings (no DEBUG, HTTPS redirect, secure
   cookies, the forum's rate limits); the script plays the TLS proxy in front of it and
   sends ``X-Forwarded-Proto: https``;
3. lets the users loose: visitors browse and search, members log in through the real
   log-in form, read the forum and reply; every reply carries a unique marker, and some
   replies are sent twice at once, as a double click does;
4. stops gunicorn, counts in the database how often each acknowledged reply is stored,
   prints a Markdown report and exits with 1 on any server error (5xx), unexpected
   answer, connection error or timeout, lost or duplicated reply.

With ``--cluster`` the users go through nginx over HTTPS instead, to the production
set-up of the README that scripts/cluster.py starts under ``var/loadtest-cluster/`` (two
app servers, two task workers, Redis, a PostgreSQL of its own; nginx and redis-server
from Debian's packages), each user from an address of its own on the loopback.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import gzip
import http.client
import json
import math
import os
import random
import re
import shutil
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

from cluster import Cluster, Endpoint, SetUpError
from serverkit import (
    BROWSER_HEADERS,
    HOST,
    KEEP_ALIVE,
    REPO_ROOT,
    REQUEST_TIMEOUT,
    Answer,
    cookie_header,
    django_snippet,
    free_port,
    gunicorn_command,
    hidden_value,
    keep_cookies,
    last_json_line,
    manage,
    run_step,
    server_environment,
    start_server,
    stop_embedded_database,
    stop_on_signals,
    stop_server,
    wait_until_healthy,
)

VAR_DIR = REPO_ROOT / "var" / "loadtest"
CLUSTER_DIR = REPO_ROOT / "var" / "loadtest-cluster"

MAX_DURATION = 600  # seconds; a load test is a measurement, not a soak test
MAX_USERS = 1000
RAMP_UP = 5.0  # people do not all arrive in the same second

THINK_TIME = (0.5, 2.0)  # seconds between two pages of one user
WRITING_TIME = (2.0, 6.0)  # seconds a member types before sending a reply
# The forum lets a member post every 20 seconds (production default); members here
# reply about every 25 seconds, and a few try again much sooner and are refused.
REPLY_SPACING = (22.0, 30.0)
HASTY_SPACING = (3.0, 8.0)
HASTY_SHARE = 0.1
FIRST_REPLY_AFTER = (1.0, 25.0)
DOUBLE_SUBMIT_SHARE = 0.15  # replies sent twice at once, as an impatient double click does

MEMBER_PASSWORD = "Lasttest-Passwort-fuer-Mitglieder-7"
RATE_LIMIT_TEXT = "Sie schreiben sehr schnell"  # the composer's German refusal
USER_AGENT = "integrationsportal-loadtest/1"

SEARCH_TERMS = [
    "Sprache",
    "Förderung",
    "Förderungen",
    "Ehrenamt",
    "Flüchtlinge",
    "Geflüchtete",
    "Musik",
    "Integrationskurs",
    "Arbeit",
    "Wohnung",
    "Kinder",
    "Frauen",
    "Sport",
    "Schule",
    "Netzwerk",
    "Beratung",
    "Patenschaft",
    "Migrantenorganisation",
    "Integrationsmanagement",
    '"Deutsch lernen"',
    "Sprache -Kurs",
    "Fördrung",  # a typo: the FAQ offers "Meinten Sie …?"
]

REPLY_OPENINGS = [
    "Danke für den Hinweis!",
    "Das kennen wir gut.",
    "Spannende Frage.",
    "Bei uns lief es ähnlich.",
]
REPLY_DETAILS = [
    "Wir haben mit einem offenen Sprachcafé angefangen und die Termine im Netzwerk abgestimmt.",
    "Die Patenschaften vermitteln wir inzwischen über die Kontaktstelle der Stadt.",
    "Hilfreich war, die Migrantenorganisationen von Anfang an in die Arbeitsgruppe zu holen.",
    "Für die Förderung hat uns die Integrationsmanagerin des Kreises sehr unterstützt.",
]


# --- measuring -------------------------------------------------------------------------

OK = "ok"
SERVER_ERROR = "server error (5xx)"
UNEXPECTED_4XX = "unexpected 4xx"
UNEXPECTED_ANSWER = "unexpected answer"
CONNECTION_ERROR = "connection error"
TIMEOUT = "timeout"
FAILURES = (SERVER_ERROR, UNEXPECTED_4XX, UNEXPECTED_ANSWER, CONNECTION_ERROR, TIMEOUT)


@dataclass(frozen=True)
class Sample:
    kind: str
    outcome: str
    seconds: float


class Recorder:
    """Every request's page kind, outcome and latency, from all user threads."""

    def __init__(self) -> None:
        self.samples: list[Sample] = []
        # Answers that came back fine but said the wrong thing, found by reading them.
        self.flagged: Counter[tuple[str, str]] = Counter()
        self.examples: dict[str, list[str]] = defaultdict(list)
        self._lock = threading.Lock()

    def record(self, kind: str, outcome: str, seconds: float, detail: str = "") -> None:
        with self._lock:
            self.samples.append(Sample(kind, outcome, seconds))
            if outcome != OK:
                self._keep_example(outcome, f"{kind}: {detail}")

    def flag(self, outcome: str, kind: str, detail: str) -> None:
        with self._lock:
            self.flagged[kind, outcome] += 1
            self._keep_example(outcome, f"{kind}: {detail}")

    def errors(self, kind: str | None = None) -> Counter[str]:
        """Failures by outcome, for one page kind or all."""
        counts = Counter(
            sample.outcome
            for sample in self.samples
            if sample.outcome != OK and kind in (None, sample.kind)
        )
        for (flagged_kind, outcome), count in self.flagged.items():
            if kind in (None, flagged_kind):
                counts[outcome] += count
        return counts

    def _keep_example(self, outcome: str, text: str) -> None:
        if len(self.examples[outcome]) < 5:
            self.examples[outcome].append(text[:300])


def percentile(sorted_values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of values sorted ascending; 0 for none."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(share * len(sorted_values)))
    return sorted_values[rank - 1]


def latency_summary(samples: Sequence[Sample]) -> dict[str, float]:
    seconds = sorted(sample.seconds for sample in samples)
    return {
        "p50_ms": round(percentile(seconds, 0.50) * 1000),
        "p95_ms": round(percentile(seconds, 0.95) * 1000),
        "p99_ms": round(percentile(seconds, 0.99) * 1000),
        "max_ms": round((seconds[-1] if seconds else 0.0) * 1000),
    }


# --- talking HTTP as a browser behind the TLS proxy ------------------------------------


class Browser:
    """One simulated user's connection and cookies.

    Straight at gunicorn, requests carry the headers the TLS proxy would add: the scheme,
    so the portal runs with its production security settings, and the client's address,
    so each user has their own rate limits. Through nginx (``--cluster``) nginx adds them.
    The cookies are kept here by hand: they are marked Secure, and a cookie jar would not
    send them over the plain HTTP of loopback.
    """

    def __init__(
        self,
        endpoint: Endpoint,
        recorder: Recorder,
        *,
        client_address: str,
        cookies: dict[str, str] | None = None,
    ):
        self.endpoint = endpoint
        self.recorder = recorder
        self.client_address = client_address
        self.cookies = cookies if cookies is not None else {}
        self._connection: http.client.HTTPConnection | None = None
        self._idle_since = 0.0

    @property
    def origin(self) -> str:
        return self.endpoint.origin

    def twin(self) -> Browser:
        """A second connection with the same cookies: another tab, or a double click."""
        return Browser(
            self.endpoint,
            self.recorder,
            client_address=self.client_address,
            cookies=self.cookies,
        )

    def get(self, path: str, kind: str, expect: Sequence[int] = (200,)) -> Answer | None:
        return self.request("GET", path, kind, expect=expect)

    def post(
        self, path: str, fields: dict[str, str], kind: str, *, referer: str, expect: Sequence[int]
    ) -> Answer | None:
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            # Django checks these on HTTPS requests: the form came from this site.
            "Origin": self.origin,
            "Referer": self.origin + referer,
        }
        body = urlencode(fields).encode()
        return self.request("POST", path, kind, expect=expect, body=body, headers=headers)

    def request(
        self,
        method: str,
        path: str,
        kind: str,
        *,
        expect: Sequence[int],
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Answer | None:
        started = time.monotonic()
        try:
            answer = self._exchange(method, path, body, headers or {})
        except TimeoutError:
            self.close()
            self.recorder.record(kind, TIMEOUT, time.monotonic() - started, f"{method} {path}")
            return None
        except (OSError, http.client.HTTPException) as error:
            self.close()
            self.recorder.record(
                kind, CONNECTION_ERROR, time.monotonic() - started, f"{method} {path}: {error!r}"
            )
            return None
        outcome = classify(answer.status, expect)
        self.recorder.record(
            kind, outcome, time.monotonic() - started, f"{method} {path} -> {answer.status}"
        )
        return answer

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _exchange(self, method: str, path: str, body: bytes | None, extra: dict) -> Answer:
        headers = {
            **self.endpoint.headers(self.client_address),
            "User-Agent": USER_AGENT,
            **BROWSER_HEADERS,
            **extra,
        }
        if self.cookies:
            headers["Cookie"] = cookie_header(self.cookies)
        connection = self._fresh_enough_connection()
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        keep_cookies(self.cookies, response.headers.get_all("Set-Cookie") or [])
        if response.will_close:
            self.close()
        self._idle_since = time.monotonic()
        # Pages come gzip-compressed from the portal (portal.compression); static files
        # compressed ahead of time are not read, only counted.
        encoding = response.headers.get("Content-Encoding")
        if encoding == "gzip":
            content, encoding = gzip.decompress(content), None
        text = "" if encoding else content.decode("utf-8", "replace")
        return Answer(response.status, response.headers, text)

    def _fresh_enough_connection(self) -> http.client.HTTPConnection:
        # A connection idle for nearly the server's keep-alive may be closed under our
        # feet; a browser would retry, a load test would count a false error. Reconnect.
        if self._connection is not None and time.monotonic() - self._idle_since > KEEP_ALIVE - 1:
            self.close()
        if self._connection is None:
            # Through nginx each user connects from an address of its own (all of
            # 127.0.0.0/8 is the loopback), which nginx passes on as the client's.
            source = self.client_address if self.endpoint.through_proxy else None
            self._connection = self.endpoint.connection(REQUEST_TIMEOUT, source)
        return self._connection


def client_addresses(count: int, *, loopback: bool = False) -> Iterator[str]:
    """Made-up client addresses from 198.18.0.0/15, the range set aside for benchmarks.

    With ``loopback`` addresses from 127.18.0.0/15 instead, which a client on this
    machine can connect from.
    """
    first = 127 if loopback else 198
    for number in range(count):
        yield f"{first}.18.{number // 250}.{number % 250 + 1}"


def classify(status: int, expect: Sequence[int]) -> str:
    if status >= 500:
        return SERVER_ERROR
    if status in expect:
        return OK
    if 400 <= status < 500:
        return UNEXPECTED_4XX
    return UNEXPECTED_ANSWER


# --- what there is to visit ------------------------------------------------------------


@dataclass
class Site:
    """The pages users pick from, found by crawling the lists once before the run."""

    projects: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    faq_pages: list[str] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    stylesheets: list[str] = field(default_factory=list)
    boards: list[str] = field(default_factory=list)
    topics: list[int] = field(default_factory=list)


def links(html: str, pattern: str, exclude: Sequence[str] = ()) -> list[str]:
    found = dict.fromkeys(re.findall(rf'href="({pattern})"', html))
    return [link for link in found if not any(word in link for word in exclude)]


def discover_site(browser: Browser, boards: list[str], topics: list[int]) -> Site:
    def page(path: str) -> str:
        answer = browser.get(path, "discovery")
        if answer is None or answer.status != 200:
            raise SystemExit(f"Discovery: {path} did not answer 200; see the server log.")
        return answer.text

    home = page("/")
    faq_index = page("/faq/")
    categories = links(faq_index, r"/faq/kategorie/[\w-]+/")
    entries = links(faq_index, r"/faq/frage/[\w-]+/")
    for category in categories[:10]:
        entries += links(page(category), r"/faq/frage/[\w-]+/")
    site = Site(
        projects=links(page("/projekte/"), r"/projekte/[\w-]+/"),
        articles=["/beitraege/", *links(page("/beitraege/"), r"/beitraege/[\w-]+/")],
        faq_pages=["/faq/", *categories, *dict.fromkeys(entries)],
        networks=["/netzwerke/", *links(page("/netzwerke/"), r"/netzwerke/[\w-]+/", ["termine"])],
        organisations=[
            "/organisationen/",
            *links(page("/organisationen/"), r"/organisationen/[\w-]+/"),
        ],
        stylesheets=re.findall(r'<link rel="stylesheet" href="([^"]+)"', home),
        boards=boards,
        topics=topics,
    )
    if not (site.projects and site.networks[1:] and site.organisations[1:] and site.topics):
        raise SystemExit("Discovery found no projects, networks, organisations or topics.")
    return site


def search_path(rng: random.Random) -> tuple[str, str]:
    term = quote(rng.choice(SEARCH_TERMS))
    return rng.choice(
        [
            ("faq search", f"/faq/suche/?q={term}"),
            ("faq search", f"/faq/suche/?q={term}"),
            ("project search", f"/projekte/?q={term}"),
            ("directory search", f"/organisationen/?q={term}"),
            ("directory search", f"/netzwerke/?q={term}"),
        ]
    )


# Visitors' choices and how often they make them: about three in four pages are
# browsing, one in four a search.
def visitor_choices(site: Site) -> list[tuple[int, Callable[[random.Random], tuple[str, str]]]]:
    return [
        (8, lambda rng: ("home", "/")),
        (8, lambda rng: ("project list", "/projekte/")),
        (14, lambda rng: ("project detail", rng.choice(site.projects))),
        (6, lambda rng: ("article", rng.choice(site.articles))),
        (12, lambda rng: ("faq page", rng.choice(site.faq_pages))),
        (7, lambda rng: ("network", rng.choice(site.networks))),
        (7, lambda rng: ("organisation", rng.choice(site.organisations))),
        (3, lambda rng: ("calendar", "/netzwerke/termine/")),
        (3, lambda rng: ("english page", rng.choice(["/en/", "/en/faq/", "/en/projekte/"]))),
        (24, search_path),
    ]


def pick(rng: random.Random, choices):
    weights = [weight for weight, _ in choices]
    return rng.choices([choice for _, choice in choices], weights=weights)[0](rng)


# --- the simulated users ---------------------------------------------------------------


class Visitor:
    """Someone without an account who browses and searches."""

    def __init__(self, browser: Browser, site: Site, rng: random.Random):
        self.browser = browser
        self.site = site
        self.rng = rng
        self.choices = visitor_choices(site)
        self.has_styles = False

    def act(self) -> None:
        kind, path = pick(self.rng, self.choices)
        self.browser.get(path, kind)
        self.fetch_styles_once()

    def fetch_styles_once(self) -> None:
        # A browser loads the stylesheets with the first page and then keeps them.
        if not self.has_styles:
            for stylesheet in self.site.stylesheets:
                self.browser.get(stylesheet, "static file")
            self.has_styles = True


@dataclass
class ReplyLedger:
    """What happened to every reply the members sent, for the check against the database."""

    run_tag: str
    acknowledged: list[str] = field(default_factory=list)
    double_sent: int = 0
    refused: int = 0
    failed: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _counter: Counter = field(default_factory=Counter)

    def new_marker(self, member: int) -> str:
        with self._lock:
            self._counter[member] += 1
            return f"{self.run_tag}-m{member}-p{self._counter[member]}"

    @property
    def marker_pattern(self) -> str:
        return re.escape(self.run_tag) + r"-m\d+-p\d+"

    def settle(self, marker: str, answers: list[Answer | None]) -> str:
        """Book the answers to one reply: 'acknowledged', 'refused' or 'failed'."""
        targets = {a.location for a in answers if a is not None and a.status in (302, 303)}
        with self._lock:
            if targets:
                self.acknowledged.append(marker)
                self.double_sent += 1 if len(answers) > 1 else 0
                return "acknowledged"
            if answers and all(is_rate_limited(a) for a in answers):
                self.refused += 1
                return "refused"
            self.failed += 1
            return "failed"


def is_rate_limited(answer: Answer | None) -> bool:
    return answer is not None and answer.status == 200 and RATE_LIMIT_TEXT in answer.text


class Member(Visitor):
    """A forum member: logs in, reads the forum, now and then replies to a topic."""

    def __init__(
        self,
        number: int,
        email: str,
        browser: Browser,
        site: Site,
        rng: random.Random,
        ledger: ReplyLedger,
    ):
        super().__init__(browser, site, rng)
        self.number = number
        self.email = email
        self.ledger = ledger
        self.next_reply_at = 0.0

    def log_in(self) -> bool:
        form = self.browser.get("/konto/login/", "log-in form")
        if form is None or form.status != 200:
            return False
        fields = {
            "csrfmiddlewaretoken": hidden_value(form.text, "csrfmiddlewaretoken"),
            "login": self.email,
            "password": MEMBER_PASSWORD,
        }
        answer = self.browser.post(
            "/konto/login/", fields, "log-in", referer="/konto/login/", expect=(302,)
        )
        if answer is None or answer.status != 302:
            return False
        if answer.location != "/konto/profil/" or "sessionid" not in self.browser.cookies:
            self.browser.recorder.flag(UNEXPECTED_ANSWER, "log-in", f"went to {answer.location}")
            return False
        return True

    def start_clock(self, now: float) -> None:
        self.next_reply_at = now + self.rng.uniform(*FIRST_REPLY_AFTER)

    def act(self) -> None:
        if time.monotonic() >= self.next_reply_at:
            self.reply()
            # Now and then a member adds a quick afterthought, which the forum refuses.
            hasty = self.rng.random() < HASTY_SHARE
            spacing = HASTY_SPACING if hasty else REPLY_SPACING
            self.next_reply_at = time.monotonic() + self.rng.uniform(*spacing)
        elif self.rng.random() < 0.2:
            super().act()  # members read the public pages, too
        else:
            self.read_forum()

    def read_forum(self) -> None:
        kind, path = self.rng.choice(
            [
                ("forum index", "/forum/"),
                ("forum board", f"/forum/bereich/{self.rng.choice(self.site.boards)}/"),
                ("forum topic", f"/forum/thema/{self.rng.choice(self.site.topics)}/"),
                ("forum topic", f"/forum/thema/{self.rng.choice(self.site.topics)}/?seite=letzte"),
                ("forum unread", "/forum/ungelesen/"),
                ("forum search", f"/forum/suche/?q={quote(self.rng.choice(SEARCH_TERMS))}"),
            ]
        )
        self.browser.get(path, kind)
        self.fetch_styles_once()

    def reply(self) -> None:
        """Open a topic's last page, write, send the form below it (maybe twice)."""
        topic = self.rng.choice(self.site.topics)
        page_path = f"/forum/thema/{topic}/?seite=letzte"
        page = self.browser.get(page_path, "forum topic")
        if page is None or page.status != 200:
            return
        token = hidden_value(page.text, "token")
        if not token:
            self.browser.recorder.flag(
                UNEXPECTED_ANSWER, "forum topic", f"no reply form on {page_path}"
            )
            return
        marker = self.ledger.new_marker(self.number)
        fields = {
            "csrfmiddlewaretoken": hidden_value(page.text, "csrfmiddlewaretoken"),
            "token": token,
            "body": self.reply_text(marker),
        }
        time.sleep(self.rng.uniform(*WRITING_TIME))
        answers = self.send(f"/forum/thema/{topic}/antworten/", fields, referer=page_path)
        result = self.ledger.settle(marker, answers)
        if result == "acknowledged":
            self.check_one_answer(answers)
            self.follow_to_post(next(a for a in answers if a and a.status in (302, 303)))
        elif result == "failed" and any(a is not None and a.status == 200 for a in answers):
            self.browser.recorder.flag(
                UNEXPECTED_ANSWER, "reply send", "the composer came back without saying why"
            )

    def send(self, path: str, fields: dict[str, str], referer: str) -> list[Answer | None]:
        def send_with(browser: Browser) -> Answer | None:
            return browser.post(path, fields, "reply send", referer=referer, expect=(200, 302))

        if self.rng.random() >= DOUBLE_SUBMIT_SHARE:
            return [send_with(self.browser)]
        twin = self.browser.twin()
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as other_click:
            second = other_click.submit(send_with, twin)
            first = send_with(self.browser)
            answers = [first, second.result()]
        twin.close()
        return answers

    def check_one_answer(self, answers: list[Answer | None]) -> None:
        # Both sends of a double click must be answered with the one post they made.
        seen = {(answer.status, answer.location) for answer in answers if answer is not None}
        if len(seen) > 1:
            self.browser.recorder.flag(
                UNEXPECTED_ANSWER, "reply send", f"a double click got different answers: {seen}"
            )

    def follow_to_post(self, answer: Answer) -> None:
        # The post's address redirects to its place in the topic; a browser goes there.
        goto = self.browser.get(answer.location, "forum topic", expect=(302,))
        if goto is not None and goto.status == 302:
            self.browser.get(goto.location, "forum topic")

    def reply_text(self, marker: str) -> str:
        return (
            f"{self.rng.choice(REPLY_OPENINGS)} {self.rng.choice(REPLY_DETAILS)}\n\n"
            f"*Lasttest {marker}*"
        )


def run_user(user: Visitor, deadline: float, stop: threading.Event) -> None:
    stop.wait(user.rng.uniform(0, RAMP_UP))
    while not stop.is_set() and time.monotonic() < deadline:
        user.act()
        stop.wait(user.rng.uniform(*THINK_TIME))
    user.browser.close()


# --- preparing the database ------------------------------------------------------------

# Runs in a subprocess with the server's environment.
CREATE_MEMBERS = """
import json, sys
import django
django.setup()
from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone
from forum.models import Board, Membership, Topic
from portal.models import User

request = json.loads(sys.argv[1])
# One hash for all: hashing the password per member costs a third of a second each.
password_hash = make_password(request["password"])
with transaction.atomic():
    for number, email in enumerate(request["emails"], start=1):
        user = User.objects.create(
            email=email, display_name=f"Lasttest {number}", password=password_hash
        )
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        Membership.objects.create(
            user=user,
            status=Membership.Status.APPROVED,
            organisation="Lasttest e. V.",
            role="Ehrenamt",
            motivation="Ich prüfe, ob das Forum viele gleichzeitige Beiträge verkraftet.",
            decided_at=timezone.now(),
        )
with connection.cursor() as cursor:
    cursor.execute("SHOW max_connections")
    max_connections = int(cursor.fetchone()[0])
print(json.dumps({
    "boards": list(Board.objects.values_list("slug", flat=True)),
    "topics": list(Topic.objects.filter(is_locked=False).values_list("pk", flat=True)),
    "max_connections": max_connections,
}))
"""

COUNT_MARKERS = """
import json, re, sys
from collections import Counter
import django
django.setup()
from forum.models import Post

request = json.loads(sys.argv[1])
pattern = re.compile(request["pattern"])
stored = Counter()
bodies = Post.objects.filter(body__contains=request["run_tag"]).values_list("body", flat=True)
for body in bodies.iterator():
    stored.update(set(pattern.findall(body)))
print(json.dumps(stored))
"""


# --- the run ---------------------------------------------------------------------------


@dataclass
class Config:
    users: int
    members: int
    duration: int
    workers: int
    threads: int
    seed: int
    json_path: Path | None
    cluster: bool = False


def parse_arguments(argv: Sequence[str] | None = None) -> Config:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=200, help="simulated users (default 200)")
    parser.add_argument(
        "--members", type=int, default=40, help="of them forum members who post (default 40)"
    )
    parser.add_argument("--duration", type=int, default=60, help="seconds of load (default 60)")
    parser.add_argument(
        "--cluster",
        action="store_true",
        help="run against the production set-up (nginx, 2 app servers, Redis, 2 task workers)",
    )
    parser.add_argument(
        "--workers", type=int, help="gunicorn workers (default 4; per app server with --cluster: 2)"
    )
    parser.add_argument(
        "--threads", type=int, default=8, help="threads per gunicorn worker (default 8)"
    )
    parser.add_argument("--seed", type=int, default=20240601, help="random seed")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    arguments = parser.parse_args(argv)
    if not 5 <= arguments.duration <= MAX_DURATION:
        parser.error(f"--duration must be between 5 and {MAX_DURATION} seconds")
    if not 1 <= arguments.users <= MAX_USERS:
        parser.error(f"--users must be between 1 and {MAX_USERS}")
    if not 0 <= arguments.members <= arguments.users:
        parser.error("--members must be between 0 and --users")
    if arguments.workers is None:
        arguments.workers = 2 if arguments.cluster else 4
    if arguments.workers < 1 or arguments.threads < 1:
        parser.error("--workers and --threads must be at least 1")
    return Config(
        users=arguments.users,
        members=arguments.members,
        duration=arguments.duration,
        workers=arguments.workers,
        threads=arguments.threads,
        seed=arguments.seed,
        json_path=arguments.json,
        cluster=arguments.cluster,
    )


def prepare_database(
    env: dict[str, str], emails: list[str], log: Path, *, migrated: bool = False
) -> dict:
    if not migrated:
        run_step("migrating", manage("migrate", "--noinput"), env, log)
        run_step("collecting static files", manage("collectstatic", "--noinput"), env, log)
    run_step("loading demo content", manage("load_demo", "--force"), env, log)
    output = run_step(
        f"creating {len(emails)} forum members",
        django_snippet(CREATE_MEMBERS, {"emails": emails, "password": MEMBER_PASSWORD}),
        env,
        log,
    )
    return last_json_line(output)


def log_in_members(members: list[Member], recorder: Recorder) -> None:
    # Before the clock starts: each log-in hashes a password for a third of a second,
    # a cost real members spread over the day, not over one minute.
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(Member.log_in, members))
    if not all(results):
        examples = [example for found in recorder.examples.values() for example in found]
        raise SystemExit(
            f"{results.count(False)} members could not log in, for example:\n  "
            + "\n  ".join(examples)
        )


@dataclass(frozen=True)
class Timing:
    elapsed: float  # from the start until the last user stopped
    client_cpu: float  # CPU seconds the simulated users took from the same machine
    load_before: float  # the machine's load average before the run: other work on it


def run_load(users: list[Visitor], duration: int) -> Timing:
    stop = threading.Event()
    load_before = os.getloadavg()[0]
    cpu_before, started = time.process_time(), time.monotonic()
    deadline = started + duration
    for user in users:
        if isinstance(user, Member):
            user.start_clock(started)
    threads = [
        threading.Thread(target=run_user, args=(user, deadline, stop), daemon=True)
        for user in users
    ]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            # A user finishes the page in hand: at most a reply of four requests.
            thread.join(timeout=max(0.0, deadline + 4 * REQUEST_TIMEOUT - time.monotonic()))
    finally:
        stop.set()
    return Timing(
        elapsed=time.monotonic() - started,
        client_cpu=time.process_time() - cpu_before,
        load_before=load_before,
    )


def check_replies(env: dict[str, str], ledger: ReplyLedger, log: Path) -> dict[str, int]:
    output = run_step(
        "counting the replies in the database",
        django_snippet(
            COUNT_MARKERS, {"run_tag": ledger.run_tag, "pattern": ledger.marker_pattern}
        ),
        env,
        log,
    )
    return compare_replies(ledger, stored=Counter(last_json_line(output)))


def compare_replies(ledger: ReplyLedger, stored: Counter[str]) -> dict[str, int]:
    """Hold what the members were told against how often each reply is stored."""
    acknowledged = set(ledger.acknowledged)
    return {
        "acknowledged": len(ledger.acknowledged),
        "sent_twice": ledger.double_sent,
        "refused_by_rate_limit": ledger.refused,
        "failed": ledger.failed,
        "lost": sum(1 for marker in acknowledged if stored[marker] == 0),
        "duplicated": sum(1 for marker in acknowledged if stored[marker] > 1),
        # A reply whose answer never arrived (timeout) may be stored: that is not lost.
        "stored_without_acknowledgement": sum(1 for m in stored if m not in acknowledged),
    }


def summarise(
    recorder: Recorder, setup_recorder: Recorder, timing: Timing, posts: dict, config: Config
) -> dict:
    samples = recorder.samples
    errors, setup_errors = recorder.errors(), setup_recorder.errors()
    by_kind: dict[str, list[Sample]] = defaultdict(list)
    for sample in samples:
        by_kind[sample.kind].append(sample)
    return {
        "users": config.users,
        "members": config.members,
        "duration_s": config.duration,
        "elapsed_s": round(timing.elapsed, 1),
        "machine": {
            "cpus": os.cpu_count(),
            "load_average_before": round(timing.load_before, 1),
            "load_generator_cpu_s": round(timing.client_cpu, 1),
        },
        "requests": len(samples),
        "requests_per_s": round(len(samples) / timing.elapsed, 1),
        "errors": {outcome: errors[outcome] for outcome in FAILURES},
        "latency": latency_summary(samples),
        "per_kind": {
            kind: {
                "requests": len(kind_samples),
                "errors": recorder.errors(kind).total(),
                **latency_summary(kind_samples),
            }
            for kind, kind_samples in sorted(by_kind.items())
        },
        "set_up_phase": {
            "requests": len(setup_recorder.samples),
            "errors": {outcome: setup_errors[outcome] for outcome in FAILURES},
            **latency_summary(setup_recorder.samples),
        },
        "posts": posts,
        "examples": {
            outcome: setup_recorder.examples[outcome] + recorder.examples[outcome]
            for outcome in FAILURES
            if setup_recorder.examples[outcome] or recorder.examples[outcome]
        },
    }


def failures(report: dict) -> list[str]:
    reasons = [f"{count} × {outcome}" for outcome, count in report["errors"].items() if count]
    reasons += [
        f"{count} × {outcome} while setting up (crawling, logging in)"
        for outcome, count in report["set_up_phase"]["errors"].items()
        if count
    ]
    posts = report["posts"]
    if posts["lost"]:
        reasons.append(f"{posts['lost']} acknowledged replies lost")
    if posts["duplicated"]:
        reasons.append(f"{posts['duplicated']} replies stored more than once")
    if report["members"] and not posts["acknowledged"]:
        reasons.append("no reply was acknowledged, so nothing was checked")
    return reasons


def markdown(report: dict) -> str:
    errors, latency, posts = report["errors"], report["latency"], report["posts"]
    machine = report["machine"]
    lines = [
        "| measure | result |",
        "|---|---|",
        f"| simulated users | {report['users']} ({report['users'] - report['members']} visitors, "
        f"{report['members']} forum members) |",
        f"| duration | {report['duration_s']} s of load ({report['elapsed_s']} s until the last "
        "answer) |",
        f"| server | {report['server']['description']} |",
        f"| machine | {machine['cpus']} CPUs, load average {machine['load_average_before']} "
        f"before the run; the load generator used {machine['load_generator_cpu_s']} CPU s |",
        f"| requests | {report['requests']:,} ({report['requests_per_s']}/s) |",
        f"| server errors (5xx) | {errors[SERVER_ERROR]} |",
        f"| unexpected 4xx / other answers | {errors[UNEXPECTED_4XX]} / "
        f"{errors[UNEXPECTED_ANSWER]} |",
        f"| connection errors / timeouts | {errors[CONNECTION_ERROR]} / {errors[TIMEOUT]} |",
        f"| latency p50 / p95 / p99 / max | {latency['p50_ms']} / {latency['p95_ms']} / "
        f"{latency['p99_ms']} / {latency['max_ms']} ms |",
        f"| replies acknowledged (of them sent twice at once) | {posts['acknowledged']} "
        f"({posts['sent_twice']}) |",
        f"| replies refused by the rate limit | {posts['refused_by_rate_limit']} |",
        f"| replies lost / duplicated | {posts['lost']} / {posts['duplicated']} |",
        "",
        "| page kind | requests | errors | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, figures in report["per_kind"].items():
        lines.append(
            f"| {kind} | {figures['requests']} | {figures['errors']} | {figures['p50_ms']} | "
            f"{figures['p95_ms']} | {figures['p99_ms']} | {figures['max_ms']} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    config = parse_arguments(argv)
    stop_on_signals()
    if config.cluster:
        try:
            report, log = measure_cluster(config)
        except SetUpError as error:
            raise SystemExit(str(error)) from None
        return present(report, config, log)
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    log = VAR_DIR / "loadtest.log"
    log.write_text("")
    env = server_environment(VAR_DIR)
    embedded = not os.environ.get("DATABASE_URL")
    print(f"Preparing ({'embedded PostgreSQL in var/loadtest' if embedded else 'DATABASE_URL'})")
    try:
        report = measure(config, env, log)
    finally:
        if embedded:
            stop_embedded_database(env, VAR_DIR)
    return present(report, config, log)


def measure(config: Config, env: dict[str, str], log: Path) -> dict:
    """Set up, run the load against a fresh gunicorn, check the replies: the figures."""
    run_tag = f"lasttest-{time.strftime('%Y%m%d%H%M%S')}"
    emails = [f"{run_tag}-{number}@example.org" for number in range(1, config.members + 1)]
    facts = prepare_database(env, emails, log)
    check_connection_budget(config.workers * config.threads, facts["max_connections"])
    port = free_port()
    command = gunicorn_command(port, config.workers, config.threads)
    server_text = (
        f"gunicorn {config.workers} workers × {config.threads} threads (gthread) on {HOST}"
    )
    print(f"Starting {server_text}, port {port}:\n  gunicorn {' '.join(command[4:])}")
    server = start_server(command, env, log)
    try:
        wait_until_healthy(server, port)
        ledger = ReplyLedger(run_tag)
        endpoint = Endpoint(port, f"{HOST}:{port}")
        recorder, setup_recorder, timing = run_users(config, endpoint, facts, emails, ledger)
    finally:
        print("Stopping gunicorn ...")
        stop_server(server)
    posts = check_replies(env, ledger, log)
    report = summarise(recorder, setup_recorder, timing, posts, config)
    report["server"] = {"description": server_text, "command": " ".join(command[2:])}
    return report


def measure_cluster(config: Config) -> tuple[dict, Path]:
    """The same, through nginx against the production set-up of scripts/cluster.py."""
    # A fresh set-up each run: its own PostgreSQL, migrated, with the demo content.
    shutil.rmtree(CLUSTER_DIR, ignore_errors=True)
    setup = Cluster(CLUSTER_DIR, workers=config.workers, threads=config.threads)
    run_tag = f"lasttest-{time.strftime('%Y%m%d%H%M%S')}"
    emails = [f"{run_tag}-{number}@example.org" for number in range(1, config.members + 1)]
    facts: dict = {}

    def prepare(cluster: Cluster) -> None:
        facts.update(prepare_database(cluster.env, emails, cluster.setup_log, migrated=True))
        threads = cluster.app_servers * cluster.workers * cluster.threads
        check_connection_budget(threads + cluster.task_workers, facts["max_connections"])

    print(f"Starting {setup.describe()} in {CLUSTER_DIR.relative_to(REPO_ROOT)}/")
    with setup:
        setup.start(prepare)
        ledger = ReplyLedger(run_tag)
        recorder, setup_recorder, timing = run_users(
            config, setup.site, facts, emails, ledger, loopback=True
        )
        posts = check_replies(setup.env, ledger, setup.setup_log)
    report = summarise(recorder, setup_recorder, timing, posts, config)
    report["server"] = {"description": setup.describe(), "command": "scripts/cluster.py"}
    return report, setup.setup_log


def check_connection_budget(connections: int, max_connections: int) -> None:
    # Every gunicorn thread keeps its own database connection open (CONN_MAX_AGE).
    if connections + 10 > max_connections:
        raise SystemExit(
            f"The servers keep up to {connections} database connections open, too many "
            f"for max_connections = {max_connections}: fewer --workers or --threads."
        )


def run_users(
    config: Config,
    endpoint: Endpoint,
    facts: dict,
    emails: list[str],
    ledger: ReplyLedger,
    *,
    loopback: bool = False,
) -> tuple[Recorder, Recorder, Timing]:
    # Crawling and logging in happen before the clock starts; their requests are checked
    # for errors but do not count in the figures of the run.
    recorder, setup_recorder = Recorder(), Recorder()
    rng = random.Random(config.seed)
    addresses = client_addresses(config.users + 1, loopback=loopback)
    crawler = Browser(endpoint, setup_recorder, client_address=next(addresses))
    site = discover_site(crawler, facts["boards"], facts["topics"])
    members = [
        Member(
            number,
            email,
            Browser(endpoint, setup_recorder, client_address=next(addresses)),
            site,
            random.Random(rng.random()),
            ledger,
        )
        for number, email in enumerate(emails, start=1)
    ]
    print(f"Logging in {len(members)} members through /konto/login/ ...")
    log_in_members(members, setup_recorder)
    for member in members:
        member.browser.recorder = recorder
    visitors = [
        Visitor(
            Browser(endpoint, recorder, client_address=next(addresses)),
            site,
            random.Random(rng.random()),
        )
        for _ in range(config.users - config.members)
    ]
    print(f"Running {config.users} users for {config.duration} s ...", flush=True)
    timing = run_load([*visitors, *members], config.duration)
    return recorder, setup_recorder, timing


def present(report: dict, config: Config, log: Path) -> int:
    """Print the report (and write it as JSON); 1 if the portal failed, else 0."""
    print("\n" + markdown(report) + "\n")
    for outcome, examples in report["examples"].items():
        print(f"Examples of {outcome}:\n  " + "\n  ".join(examples))
    unanswered = report["posts"]["stored_without_acknowledgement"]
    if unanswered:
        print(f"{unanswered} replies are stored whose answer never arrived: not lost.")
    if config.json_path:
        config.json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    reasons = failures(report)
    print(
        "FAILED: " + "; ".join(reasons) if reasons else "PASSED: no 5xx, nothing lost or doubled."
    )
    print(f"Set-up and server log: {log.relative_to(REPO_ROOT)}")
    return 1 if reasons else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:  # the finally blocks have stopped gunicorn and the database
        sys.exit("Interrupted.")
