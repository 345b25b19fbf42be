"""Editing a post meets the limits that writing one does, and keeps a bounded history."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from forum import actions
from forum.models import PostRevision
from tests.factories import MemberFactory, reply, start_topic

pytestmark = pytest.mark.django_db

LINKS = "Siehe [a](https://a.example) [b](https://b.example) [c](https://c.example)"


def _age_revisions(post, hours: float = 2) -> None:
    """Let the post's earlier versions be older than the hour the edit limit looks at."""
    post.revisions.update(replaced_at=timezone.now() - datetime.timedelta(hours=hours))


def test_a_second_edit_right_away_waits_for_the_pause(settings):
    settings.FORUM_POST_INTERVAL = 60
    author = MemberFactory()
    post = start_topic(author=author, body="Erste Fassung").posts.get()
    # Correcting a post just written is no second post: the posting pause does not apply.
    actions.edit_post(post=post, body="Zweite Fassung")
    with pytest.raises(actions.EditingTooSoon) as refused:
        actions.edit_post(post=post, body="Dritte Fassung")
    first_edit = post.revisions.get().replaced_at
    expected = first_edit + datetime.timedelta(seconds=60)
    assert abs(refused.value.allowed_at - expected) < datetime.timedelta(seconds=1)
    post.refresh_from_db()
    assert post.body == "Zweite Fassung"


def test_the_edit_over_the_hourly_cap_is_refused_and_posting_stays_open(settings):
    settings.FORUM_EDITS_PER_HOUR = 3
    author = MemberFactory()
    topic = start_topic(author=author, body="Fassung 0")
    post = topic.posts.get()
    for number in (1, 2, 3):
        actions.edit_post(post=post, body=f"Fassung {number}")
    with pytest.raises(actions.EditingTooSoon):
        actions.edit_post(post=post, body="Fassung 4")
    # Another of the author's posts counts against the same cap.
    other = reply(topic, author=author, body="Antwort")
    with pytest.raises(actions.EditingTooSoon):
        actions.edit_post(post=other, body="Geänderte Antwort")
    post.refresh_from_db()
    assert post.body == "Fassung 3"
    # Edits and posts are counted apart: the cap on edits leaves writing open.
    reply(topic, author=author, body="Noch eine Antwort")
    # An hour later the author may edit again.
    _age_revisions(post)
    actions.edit_post(post=post, body="Fassung 4")


def test_a_new_member_cannot_add_links_by_editing():
    author = MemberFactory()
    post = start_topic(author=author, body="Harmloser Text").posts.get()
    with pytest.raises(actions.TooManyLinks):
        actions.edit_post(post=post, body=LINKS)
    post.refresh_from_db()
    assert post.body == "Harmloser Text"
    assert not PostRevision.objects.exists()


def test_a_member_past_the_first_posts_may_add_links_by_editing(settings):
    author = MemberFactory()
    topic = start_topic(author=author, body="Harmloser Text")
    for _ in range(settings.FORUM_NEW_MEMBER_POSTS):
        reply(topic, author=author)
    post = topic.posts.get(number=1)
    actions.edit_post(post=post, body=LINKS)
    post.refresh_from_db()
    assert post.body == LINKS


def test_the_original_and_the_latest_versions_are_kept(settings):
    settings.FORUM_POST_REVISIONS_KEPT = 3
    post = start_topic(body="Original").posts.get()
    for number in range(1, 9):
        actions.edit_post(post=post, body=f"Fassung {number}")
        _age_revisions(post)
    kept = list(post.revisions.order_by("pk").values_list("body", flat=True))
    # The text as first published, and the three before the current one.
    assert kept == ["Original", "Fassung 5", "Fassung 6", "Fassung 7"]
    post.refresh_from_db()
    assert post.body == "Fassung 8"


def test_versions_of_the_last_hour_are_kept_for_the_limit(settings):
    settings.FORUM_POST_REVISIONS_KEPT = 2
    settings.FORUM_EDITS_PER_HOUR = 5
    post = start_topic(body="Original").posts.get()
    for number in range(1, 6):
        actions.edit_post(post=post, body=f"Fassung {number}")
    # Pruning them would let the author edit past the hourly cap.
    assert post.revisions.count() == 5
    with pytest.raises(actions.EditingTooSoon):
        actions.edit_post(post=post, body="Fassung 6")


def test_the_edit_page_says_why_a_change_was_not_saved(client, settings):
    settings.FORUM_EDITS_PER_HOUR = 1
    author = MemberFactory()
    post = start_topic(author=author, body="Erste Fassung").posts.get()
    client.force_login(author)
    url = reverse("forum:post-edit", kwargs={"pk": post.pk})
    response = client.post(url, {"body": LINKS})
    assert "höchstens 2 Links" in response.content.decode()
    assert client.post(url, {"body": "Zweite Fassung"}).status_code == 302
    page = client.get(url).content.decode()
    assert "Ihre nächste Änderung können Sie ab" in page
    response = client.post(url, {"body": "Dritte Fassung"})
    assert response.status_code == 200
    assert "Sie ändern Beiträge sehr schnell hintereinander" in response.content.decode()
    post.refresh_from_db()
    assert post.body == "Zweite Fassung"
