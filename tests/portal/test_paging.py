import base64
import json

import pytest

from portal.paging import KeysetPaginator
from projects.models import Project
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def cursor(values) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


@pytest.fixture
def paginator():
    for number in range(5):
        ProjectFactory(name=f"Projekt {number}")
    return KeysetPaginator(Project.objects.all(), ["-published_at", "-id"], per_page=2)


def test_pages_forward_backward_and_last(paginator):
    first = paginator.page()
    second = paginator.page(after=first.next_cursor)
    third = paginator.page(after=second.next_cursor)
    assert [p.name for p in first.items + second.items + third.items] == [
        f"Projekt {n}" for n in (4, 3, 2, 1, 0)
    ]
    assert first.is_first and third.is_last and not second.is_first and not second.is_last
    back = paginator.page(before=second.previous_cursor)
    assert back.items == first.items and back.is_first
    # The last page is the one "next" reaches: what remains after the full pages.
    last = paginator.page(last=True)
    assert last.items == third.items
    assert last.is_last and not last.is_first
    assert first.offers_last_page and not last.offers_last_page


@pytest.mark.parametrize(
    "bad",
    [
        "kein-cursor",
        "%%%",
        cursor(["2026-01-01T00:00:00Z"]),
        cursor([None, 1]),
        cursor(["2026-01-01T00:00:00Z", float("inf")]),
        cursor(["9999-12-31T23:59:59-23:00", 1]),
        cursor(["2026-01-01T00:00:00\x00", 1]),
        cursor(["2026-01-01T00:00:00Z", 2**70]),
        cursor(["2026-01-01T00:00:00Z", True]),
        cursor({"a": 1}),
    ],
)
def test_hand_made_cursors_lead_to_the_first_page(paginator, bad):
    page = paginator.page(after=bad)
    assert page.is_first
    assert paginator.page(before=bad).is_first


def test_a_page_deep_in_a_list_starts_the_index_at_the_cursor(paginator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = paginator.page()
    with CaptureQueriesContext(connection) as queries:
        paginator.page(after=first.next_cursor)
    (sql,) = [query["sql"] for query in queries.captured_queries]
    # Besides the (a < x OR (a = x AND id < y)) condition, a plain bound on the first
    # sort column, which an index can seek to.
    assert '"projects_project"."published_at" <= ' in sql


def test_the_last_page_stays_last_when_an_item_arrives_after_counting():
    # The forum counts a topic's posts, then reads its last page: a reply written in
    # between must not turn "last page" into a first page without the reply form.
    for number in range(3):
        ProjectFactory(name=f"Projekt {number}")
    counted_before_the_third = KeysetPaginator(
        Project.objects.all(), ["-published_at", "-id"], per_page=2, total=2
    )
    last = counted_before_the_third.page(last=True)
    assert last.is_last
    assert [p.name for p in last.items] == ["Projekt 1", "Projekt 0"]
    assert not last.is_first
