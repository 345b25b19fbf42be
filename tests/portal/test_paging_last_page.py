"""Every keyset list: "next" and "last page" cut the same pages, and no item shows twice.

With 21 portraits and 20 a page, "next page" shows the 21st alone, and so must "last page"
(it once showed the last 20, 19 of them from the first page). Each list here holds 21
items named "Probe 01" … "Probe 21" and is cut into pages of 20, whatever its usual size.
"""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Callable

import pytest
from django.utils import timezone

from faq.models import Category, Entry
from forum.models import ModerationLogEntry, Topic
from portal.paging import KeysetPaginator
from projects.models import Project
from tests import factories
from tests.factories import add_meeting, make_network, make_organisation

pytestmark = pytest.mark.django_db

ITEMS = 21
PAGE_SIZE = 20
PROBES = [f"Probe {number:02d}" for number in range(1, ITEMS + 1)]
PROBE = re.compile(r"Probe \d\d")


@pytest.fixture(autouse=True)
def pages_of_twenty(monkeypatch):
    original = KeysetPaginator.__init__

    def twenty_a_page(self, queryset, ordering, per_page=20, **options):
        original(self, queryset, ordering, PAGE_SIZE, **options)

    monkeypatch.setattr(KeysetPaginator, "__init__", twenty_a_page)


# --- the lists, each with 21 items and someone allowed to see them --------------------------


def projects(client) -> str:
    for name in PROBES:
        factories.ProjectFactory(name=name)
    return "/projekte/"


def articles(client) -> str:
    for name in PROBES:
        factories.ArticleFactory(title=name)
    return "/beitraege/"


def networks(client) -> str:
    for name in PROBES:
        make_network(name)
    return "/netzwerke/"


def organisations(client) -> str:
    for name in PROBES:
        make_organisation(name)
    return "/organisationen/"


def network_members(client) -> str:
    network = make_network("Netzwerk Seitenweise")
    for name in PROBES:
        network.memberships.create(organisation=make_organisation(name))
    return network.get_absolute_url()


def meetings(client) -> str:
    network = make_network("Netzwerk Seitenweise")
    for days, name in enumerate(PROBES, start=1):
        add_meeting(network, days=days, title=name)
    return "/netzwerke/termine/"


def forum_board(client) -> str:
    member = factories.MemberFactory()
    client.force_login(member)
    board = factories.BoardFactory()
    # A pinned topic stands above the pages and is not one of their items.
    pinned = factories.start_topic(board=board, author=member, title="Angeheftete Regeln")
    Topic.objects.filter(pk=pinned.pk).update(is_pinned=True)
    for name in PROBES:
        factories.start_topic(board=board, author=member, title=name)
    return board.get_absolute_url()


def forum_topic(client) -> str:
    member = factories.MemberFactory()
    client.force_login(member)
    topic = factories.start_topic(author=member, title="Ein langes Gespräch", body=PROBES[0])
    for body in PROBES[1:]:
        factories.reply(topic, author=member, body=body)
    return topic.get_absolute_url()


def forum_unread(client) -> str:
    client.force_login(factories.MemberFactory())
    author = factories.MemberFactory()
    for name in PROBES:
        factories.start_topic(author=author, title=name)
    return "/forum/ungelesen/"


def forum_members(client) -> str:
    members = [factories.MemberFactory(membership__organisation=name) for name in PROBES]
    client.force_login(members[0])
    return "/forum/mitglieder/"


def moderation_log(client) -> str:
    moderator = factories.ModeratorFactory()
    client.force_login(moderator)
    now = timezone.now()
    for minutes, name in enumerate(PROBES):
        ModerationLogEntry.objects.create(
            moderator=moderator,
            action=ModerationLogEntry.Action.LOCK,
            note=name,
            created_at=now - datetime.timedelta(minutes=minutes),
        )
    return "/forum/moderation/protokoll/"


def faq_category(client) -> str:
    category = Category.objects.create(name="Seitenweise", slug="seitenweise")
    for position, name in enumerate(PROBES):
        Entry.objects.create(
            category=category,
            slug=f"eintrag-{position}",
            question=f"{name}?",
            answer="Eine Antwort.",
            position=position,
        )
    return category.get_absolute_url()


LISTS = [
    projects, articles, networks, organisations, network_members, meetings, forum_board,
    forum_topic, forum_unread, forum_members, moderation_log, faq_category,
]  # fmt: skip


# --- walking the pages ------------------------------------------------------------------------


def page_probes(client, url: str) -> tuple[list[str], str]:
    response = client.get(url)
    assert response.status_code == 200, url
    body = response.content.decode()
    return list(dict.fromkeys(PROBE.findall(body))), body


def link(body: str, path: str, *, rel: str | None = None, last: bool = False) -> str | None:
    pattern = rf'href="([^"]*)" rel="{rel}"' if rel else r'href="([^"]*)">Letzte Seite<'
    found = re.search(pattern, body)
    if not found:
        return None
    href = html.unescape(found.group(1))
    return path + href if href.startswith("?") else href


def walk(client, path: str, rel: str, start: str) -> list[list[str]]:
    pages, url = [], start
    while url:
        probes, body = page_probes(client, url)
        pages.append(probes)
        url = link(body, path, rel=rel)
    return pages


@pytest.mark.parametrize("make_list", LISTS, ids=lambda make_list: make_list.__name__)
def test_next_and_last_page_cut_the_same_pages(client, make_list: Callable[..., str]):
    path = make_list(client)
    forward = walk(client, path, "next", path)
    shown = [probe for page in forward for probe in page]
    assert sorted(shown) == PROBES, "every item once, on exactly one page"
    assert [len(page) for page in forward] == [20, 1]

    _, first = page_probes(client, path)
    last_url = link(first, path, last=True)
    assert last_url, "a list of known length links its last page"
    last, last_body = page_probes(client, last_url)
    assert last == forward[-1], "the last page holds what remains after the pages before it"
    assert link(last_body, path, last=True) is None
    assert walk(client, path, "prev", last_url) == forward[::-1]


def test_a_list_too_long_to_count_has_no_last_page(client, monkeypatch):
    monkeypatch.setattr("portal.paging.COUNT_LIMIT", ITEMS - 1)
    path = projects(client)
    _, first = page_probes(client, path)
    assert link(first, path, rel="next")
    assert link(first, path, last=True) is None
    # Asked for by hand, it is no page the portal offers: the list starts at its beginning.
    assert page_probes(client, path + "?seite=letzte")[0] == PROBES[::-1][:PAGE_SIZE]


def test_a_forum_link_to_a_post_opens_the_page_that_holds_it(client):
    path = forum_topic(client)
    probes, body = page_probes(client, path + "?ab=21")
    assert probes == ["Probe 21"]
    assert link(body, path, rel="prev")
    assert page_probes(client, path + "?ab=7")[0] == PROBES[:PAGE_SIZE]


def test_known_totals_spare_the_count(django_assert_num_queries):
    for name in PROBES:
        factories.ProjectFactory(name=name)
    paginator = KeysetPaginator(Project.objects.order_by(), ["name", "id"], total=ITEMS)
    with django_assert_num_queries(1):
        page = paginator.page(last=True)
    assert [project.name for project in page.items] == ["Probe 21"]
