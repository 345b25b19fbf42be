"""Several app servers behind nginx, sharing PostgreSQL and Redis, behave as one portal.

The set-up of the README's production section, started by scripts/cluster.py (see
conftest.py): nginx with deploy/nginx/portal.conf balancing two gunicorn servers, two
task workers, Redis for cache and sessions, one PostgreSQL. The tests talk to nginx as
visitors do, and to each app server directly as nginx does, to show which server did
what.
"""

from __future__ import annotations

import concurrent.futures
import re
import threading
import time
from dataclasses import dataclass, field

import pytest

from scripts.cluster import health_status
from scripts.serverkit import hidden_value

from .people import PAGE_CACHE_SECONDS, Person

PASSWORD = "Cluster-Testpasswort-fuer-alle-7"
MEMBERS = 6
RATE_LIMIT_TEXT = "Zu viele fehlgeschlagene Anmeldeversuche"

# Runs with the servers' settings, in the set-up's database.
CREATE_WORLD = """
import json, sys
import django
django.setup()
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.utils import timezone
from forum import actions as forum_actions
from forum.models import Board, Membership
from networks.models import Network
from portal.models import Region, User

request = json.loads(sys.argv[1])
password = make_password(request["password"])  # one hash for all: each costs a third of a second

def person(email, name):
    user = User.objects.create(email=email, display_name=name, password=password)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user

members = []
for number in range(1, request["members"] + 1):
    member = person(f"mitglied{number}@example.org", f"Mitglied {number}")
    Membership.objects.create(
        user=member, status=Membership.Status.APPROVED, organisation="Verbund e. V.",
        role="Ehrenamt", motivation="Austausch", decided_at=timezone.now(),
    )
    members.append(member)
board = Board.objects.create(name="Praxis", slug="praxis", description="Austausch.")
topic = forum_actions.start_topic(
    board=board, author=members[0], title="Wie gewinnen wir Ehrenamtliche?",
    body="Erfahrungen?", token=None,
)
coordinator = person("koordination@example.org", "Koordination Erfurt")
network = Network.objects.create(
    name="Netzwerk Integration Erfurt", slug="netzwerk-integration-erfurt",
    kind=Network.Kind.MUNICIPAL, scope=Network.Scope.KOMMUNE,
    region=Region.objects.get(ags="16051"),
)
network.coordinators.add(coordinator)
guesser_target = person("zielscheibe@example.org", "Zielscheibe")
print(json.dumps({
    "target": guesser_target.email,
    "members": [member.email for member in members],
    "coordinator": coordinator.email,
    "network": network.get_absolute_url(),
    "topic": topic.pk,
    "login_failed": settings.ACCOUNT_RATE_LIMITS["login_failed"],
}))
"""

COUNT_MARKERS = """
import json, re, sys
from collections import Counter
import django
django.setup()
from forum.models import Post

request = json.loads(sys.argv[1])
stored = Counter()
for body in Post.objects.filter(body__contains=request["tag"]).values_list("body", flat=True):
    stored.update(re.findall(re.escape(request["tag"]) + r"-\\d+-\\d+", body))
print(json.dumps(stored))
"""


@pytest.fixture(scope="module")
def world(cluster):
    return cluster.run_snippet(
        "creating members, a topic and a network",
        CREATE_WORLD,
        {"password": PASSWORD, "members": MEMBERS},
    )


def logged_in(endpoint, email: str, client_address: str) -> Person:
    person = Person(client_address=client_address)
    answer = person.log_in(endpoint, email, PASSWORD)
    assert answer.status == 302 and "sessionid" in person.cookies, (answer.status, answer.text)
    return person


def test_a_session_made_on_one_app_server_works_on_the_other(running_cluster, world):
    email = world["members"][0]
    person = logged_in(running_cluster.app_server(0), email, "203.0.113.11")

    profile = person.get(running_cluster.app_server(1), "/konto/profil/")
    assert profile.status == 200
    assert email in profile.text
    stranger = Person(client_address="203.0.113.12").get(
        running_cluster.app_server(1), "/konto/profil/"
    )
    assert stranger.status == 302 and stranger.location.startswith("/konto/login/")


def test_failed_log_ins_count_across_both_app_servers(running_cluster, world):
    # Production's limit per account, e.g. "10/m/ip,5/5m/key": 5 failures per address.
    (allowed,) = re.findall(r"(\d+)/\d*m/key", world["login_failed"])
    allowed = int(allowed)
    # An account of its own: it stays locked for minutes afterwards.
    email = world["target"]
    person = Person(client_address="203.0.113.21")
    for attempt in range(allowed):
        server = running_cluster.app_server(attempt % 2)
        token = person.form_token(server, "/konto/login/")
        answer = person.post(
            server,
            "/konto/login/",
            {"csrfmiddlewaretoken": token, "login": email, "password": "falsch-geraten-123"},
        )
        assert answer.status == 200 and RATE_LIMIT_TEXT not in answer.text, attempt
    # The next attempt, with the right password, on whichever server: refused.
    for number in (0, 1):
        answer = Person(client_address="203.0.113.22").log_in(
            running_cluster.app_server(number), email, PASSWORD
        )
        assert RATE_LIMIT_TEXT in answer.text, number
        assert answer.status != 302


def test_a_change_shows_to_members_at_once_and_to_visitors_within_the_page_cache_time(
    running_cluster, world
):
    servers = [running_cluster.app_server(0), running_cluster.app_server(1)]
    network = world["network"]
    group = f"AG Sprachpaten {time.monotonic_ns()}"
    # Anonymous visitors have the page in the page cache of each server's processes.
    for server in servers:
        for _ in range(6):
            assert Person().get(server, network).status == 200

    coordinator = logged_in(servers[0], world["coordinator"], "203.0.113.31")
    form = f"{network}arbeitsgruppen/neu/"
    token = coordinator.form_token(servers[0], form)
    saved = coordinator.post(
        servers[0],
        form,
        {"csrfmiddlewaretoken": token, "name": group, "description": "Lesen und sprechen."},
    )
    assert saved.status == 302, saved.text[-2000:]
    changed_at = time.monotonic()

    for server in servers:
        assert group in coordinator.get(server, network).text
    member = logged_in(servers[1], world["members"][2], "203.0.113.32")
    for server in servers:
        assert group in member.get(server, network).text

    seen_after: dict[int, float] = {}
    while len(seen_after) < len(servers) and time.monotonic() - changed_at < 3 * PAGE_CACHE_SECONDS:
        for number, server in enumerate(servers):
            # Several processes per server: every one must have let go of the old page.
            if number not in seen_after and all(
                group in Person().get(server, network).text for _ in range(4)
            ):
                seen_after[number] = time.monotonic() - changed_at
        time.sleep(0.25)
    assert len(seen_after) == len(servers), f"visitors still see the old page: {seen_after}"
    assert max(seen_after.values()) <= PAGE_CACHE_SECONDS + 1.5, seen_after


def mail_messages(cluster) -> list[str]:
    separator = "\n" + "-" * 79 + "\n"
    return [
        message
        for path in sorted(cluster.mail_dir.iterdir())
        for message in path.read_text(errors="replace").split(separator)
        if message.strip()
    ]


def test_a_mail_queued_once_is_sent_once_with_two_task_workers(running_cluster, world):
    recipients = world["members"]
    for number, email in enumerate(recipients):
        person = Person(client_address=f"127.0.2.{number + 1}")
        token = person.form_token(running_cluster.site, "/konto/password/reset/")
        answer = person.post(
            running_cluster.site,
            "/konto/password/reset/",
            {"csrfmiddlewaretoken": token, "email": email},
        )
        assert answer.status == 302, answer.text[-2000:]

    def sent_to() -> list[str]:
        return [
            address
            for message in mail_messages(running_cluster)
            for address in re.findall(r"^To: (\S+)$", message, re.M)
        ]

    deadline = time.monotonic() + 30
    while len(sent_to()) < len(recipients) and time.monotonic() < deadline:
        time.sleep(0.5)
    time.sleep(3)  # time enough for the other worker to send it again, were it to
    assert sorted(sent_to()) == sorted(recipients), running_cluster.logs()
    assert all(worker.running for worker in running_cluster.services if "task" in worker.name)


@dataclass
class Outcome:
    method: str
    started: float
    ended: float
    status: int | None  # None: no answer at all


@dataclass
class Poster:
    """A member who reads the topic's last page and replies, again and again, through nginx."""

    number: int
    person: Person
    topic: int
    tag: str
    site: object
    outcomes: list[Outcome] = field(default_factory=list)
    acknowledged: list[str] = field(default_factory=list)
    unanswered: list[tuple[str, dict]] = field(default_factory=list)
    odd_pages: list[str] = field(default_factory=list)

    def timed(self, method: str, send) -> object | None:
        started = time.monotonic()
        try:
            answer = send()
        except OSError:
            answer = None
        status = answer.status if answer is not None else None
        self.outcomes.append(Outcome(method, started, time.monotonic(), status))
        return answer

    def run(self, stop: threading.Event) -> None:
        page_path = f"/forum/thema/{self.topic}/?seite=letzte"
        count = 0
        while not stop.is_set():
            page = self.timed("GET", lambda: self.person.get(self.site, page_path))
            if page is None or page.status != 200:
                continue
            if not hidden_value(page.text, "token"):
                # Not the topic with its reply form: say which page came instead.
                title = re.search(r"<title>(.*?)</title>", page.text, re.S)
                self.odd_pages.append(title[1].strip() if title else page.text[:300])
                continue
            count += 1
            marker = f"{self.tag}-{self.number}-{count}"
            fields = {
                "csrfmiddlewaretoken": hidden_value(page.text, "csrfmiddlewaretoken"),
                "token": hidden_value(page.text, "token"),
                "body": f"Bei uns klappt das mit Patenschaften. {marker}",
            }
            path = f"/forum/thema/{self.topic}/antworten/"
            answer = self.timed("POST", lambda p=path, f=fields: self.person.post(self.site, p, f))
            if answer is not None and answer.status == 302:
                self.acknowledged.append(marker)
            else:
                self.unanswered.append((marker, fields))


def count_markers(cluster, tag: str) -> dict[str, int]:
    return cluster.run_snippet("counting replies", COUNT_MARKERS, {"tag": tag})


def test_killing_an_app_server_under_load_costs_only_the_requests_it_held(running_cluster, world):
    site = running_cluster.site
    tag = f"absturz{time.monotonic_ns()}"
    with concurrent.futures.ThreadPoolExecutor(MEMBERS) as pool:
        people = list(
            pool.map(
                lambda n: logged_in(site, world["members"][n], f"127.0.3.{n + 1}"), range(MEMBERS)
            )
        )
    posters = [
        Poster(number, person, world["topic"], tag, site) for number, person in enumerate(people)
    ]
    stop = threading.Event()
    threads = [threading.Thread(target=poster.run, args=(stop,)) for poster in posters]
    for thread in threads:
        thread.start()
    try:
        time.sleep(4)
        killed_at = time.monotonic()
        running_cluster.kill_app_server(0)
        gone_at = time.monotonic()
        time.sleep(6)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)

    outcomes = [outcome for poster in posters for outcome in poster.outcomes]
    failed = [outcome for outcome in outcomes if outcome.status not in (200, 302)]
    assert sum(o.started > killed_at for o in outcomes) > 2 * MEMBERS, "load went on"
    # Only what server 1 held when it died: started before its last process had gone,
    # ended after the kill, and only forms (nginx sends GETs again to the other server),
    # at most one per member.
    assert all(o.started < gone_at and o.ended > killed_at for o in failed), (
        failed,
        killed_at,
        gone_at,
    )
    assert all(o.method == "POST" and o.status in (502, None) for o in failed), failed
    assert len(failed) <= MEMBERS
    assert not [page for poster in posters for page in poster.odd_pages]

    # The members press "send" again on what got no answer: the form's token makes
    # sure a reply the dead server had stored is not stored twice.
    for poster in posters:
        for marker, fields in poster.unanswered:
            path = f"/forum/thema/{poster.topic}/antworten/"
            answer = poster.person.post(site, path, fields)
            assert answer.status == 302, re.sub(r"\s+", " ", answer.text)[:2000]
            poster.acknowledged.append(marker)
    stored = count_markers(running_cluster, tag)
    acknowledged = [marker for poster in posters for marker in poster.acknowledged]
    assert len(acknowledged) > 2 * MEMBERS
    assert {marker: stored.get(marker, 0) for marker in acknowledged} == dict.fromkeys(
        acknowledged, 1
    )
    assert set(stored) == set(acknowledged)
    running_cluster.start_app_server(0)


def test_a_database_restart_turns_the_health_check_to_503_and_back(running_cluster, world):
    entrances = [
        running_cluster.site,
        running_cluster.app_server(0),
        running_cluster.app_server(1),
    ]
    app_processes = [service.process.pid for service in running_cluster.app]
    assert [health_status(entrance) for entrance in entrances] == [200, 200, 200]

    running_cluster.stop_database()
    try:
        assert [health_status(entrance) for entrance in entrances] == [503, 503, 503]
    finally:
        running_cluster.start_database()
    deadline = time.monotonic() + 20
    while [health_status(entrance) for entrance in entrances] != [200, 200, 200]:
        assert time.monotonic() < deadline, running_cluster.logs()
        time.sleep(0.5)
    # The same processes: nothing was restarted but the database.
    assert [service.process.pid for service in running_cluster.app] == app_processes
    assert all(service.running for service in running_cluster.app)
    page = Person().get(running_cluster.site, "/")
    assert page.status == 200
    # A task worker stops when the database goes away under it; systemd starts it again
    # (Restart=always, README), and mail goes out once more.
    running_cluster.revive_task_workers()
    person = Person(client_address="127.0.4.1")
    token = person.form_token(running_cluster.site, "/konto/password/reset/")
    fields = {"csrfmiddlewaretoken": token, "email": world["coordinator"]}
    assert person.post(running_cluster.site, "/konto/password/reset/", fields).status == 302
    deadline = time.monotonic() + 30
    while not any(f"To: {world['coordinator']}" in m for m in mail_messages(running_cluster)):
        assert time.monotonic() < deadline, running_cluster.logs()
        time.sleep(0.5)
