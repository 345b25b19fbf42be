from itertools import pairwise

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone

from forum import demo as forum_demo
from forum.models import Board, Membership, Post, ReadState, Topic, TopicSubscription
from portal import demo as portal_demo
from portal.demo_content import DemoContentError, read_entry
from portal.models import User
from portal.permissions import is_moderator

pytestmark = pytest.mark.django_db


def counts():
    models = [User, EmailAddress, Membership, Board, Topic, Post, TopicSubscription, ReadState]
    return tuple(model.objects.count() for model in models)


def counters():
    boards = Board.objects.values_list(
        "slug", "topic_count", "post_count", "last_topic", "last_activity_at"
    )
    topics = Topic.objects.values_list(
        "pk", "post_count", "last_post", "last_activity_at", "created_at"
    )
    return sorted(boards), sorted(topics)


@pytest.fixture(scope="module")
def loaded_twice(module_db):
    """The demo as ``manage.py load_demo`` builds it, with the forum loaded a second time.

    Built once for the module; each test's changes are rolled back (tests/conftest.py).
    """
    portal_demo.load_all()
    forum_demo.load_all()
    first = counts(), counters()
    forum_demo.load_all()
    return first


def test_running_again_creates_and_changes_nothing(loaded_twice):
    assert (counts(), counters()) == loaded_twice


def test_boards_and_topics_are_there(loaded_twice):
    assert Board.objects.count() >= 6
    assert Topic.objects.count() >= 10
    assert Topic.objects.filter(is_pinned=True).count() == 1
    assert Topic.objects.filter(is_locked=True).count() == 1
    pinned = Topic.objects.get(is_pinned=True)
    assert pinned.board.slug == "projektpraxis"
    assert is_moderator(pinned.author)


def test_posts_are_numbered_and_dated_in_order(loaded_twice):
    now = timezone.now()
    for topic in Topic.objects.all():
        posts = list(topic.posts.order_by("number"))
        assert len(posts) >= 2
        assert [post.number for post in posts] == list(range(1, len(posts) + 1))
        times = [post.created_at for post in posts]
        assert times == sorted(times) and len(set(times)) == len(times)
        assert times[-1] < now
        # A conversation: nobody answers their own post.
        assert all(a.author_id != b.author_id for a, b in pairwise(posts))
        assert all(post.body_html.startswith("<") for post in posts)
        # Two gender stars in one paragraph ("Pat*innen … jede*r") would turn into emphasis.
        assert not any("<em>innen" in post.body_html for post in posts)


def test_topic_counters_match_the_posts(loaded_twice):
    for topic in Topic.objects.all():
        posts = list(topic.posts.order_by("number"))
        assert topic.post_count == len(posts)
        assert topic.last_post == posts[-1]
        assert topic.last_activity_at == posts[-1].created_at
        assert topic.created_at == posts[0].created_at
        assert topic.author == posts[0].author


def test_board_counters_match_the_topics(loaded_twice):
    for board in Board.objects.all():
        topics = list(board.topics.order_by("-last_activity_at", "-id"))
        assert board.topic_count == len(topics)
        assert board.post_count == Post.objects.filter(topic__board=board).count()
        assert board.last_topic == (topics[0] if topics else None)
        assert board.last_activity_at == (topics[0].last_activity_at if topics else None)


def test_counters_are_repaired_after_a_partial_run(loaded_twice):
    expected = counters()
    Board.objects.update(topic_count=0, post_count=0, last_topic=None, last_activity_at=None)
    Topic.objects.update(post_count=0, last_post=None)
    forum_demo.load_all()
    assert counters() == expected


def test_authors_are_subscribed_and_have_read_their_posts(loaded_twice):
    for post in Post.objects.select_related("topic"):
        assert TopicSubscription.objects.filter(user=post.author, topic=post.topic).exists()
        state = ReadState.objects.get(user=post.author, topic=post.topic)
        assert state.last_read_number >= post.number


def test_every_author_is_a_member_or_a_moderator(loaded_twice):
    for author in User.objects.filter(forum_posts__isnull=False).distinct():
        approved = Membership.objects.approved().filter(user=author).exists()
        assert approved or is_moderator(author)


def test_the_applicant_waits_in_the_moderators_queue(loaded_twice):
    applicant = User.objects.get(email=forum_demo.read_people()["applicant"]["email"])
    assert applicant.forum_membership.status == Membership.Status.APPLIED
    assert list(Membership.objects.open_applications()) == [applicant.forum_membership]
    assert not applicant.forum_posts.exists()


def test_demo_people_are_fictional_and_can_log_in(loaded_twice, client):
    for demo in forum_demo.read_people()["users"]:
        user = User.objects.get(email=demo["email"])
        assert user.display_name.endswith("(Demo)")
        assert user.email.endswith("@example.org")
        assert EmailAddress.objects.get(user=user).verified
    response = client.post(
        "/konto/login/", {"login": "kommune@example.org", "password": portal_demo.DEMO_PASSWORD}
    )
    assert response.status_code == 302


def test_every_post_of_a_topic_file_has_its_text(tmp_path):
    path = tmp_path / "topic.md"
    path.write_text(
        "+++\n"
        'board = "kommunen"\ntitle = "Zwei Beiträge"\ndays_ago = 3\n'
        'posts = [{ author = "a@example.org", hours = 0 }, { author = "b@example.org", hours = 2 }]\n'
        "+++\nDer erste Beitrag.\n",
        encoding="utf-8",
    )
    with pytest.raises(DemoContentError, match="sections"):
        forum_demo.read_topic(read_entry(path))
    path.write_text(path.read_text(encoding="utf-8") + "\n+++ 2\nDer zweite.\n", encoding="utf-8")
    topic = forum_demo.read_topic(read_entry(path))
    assert topic["posts"] == [
        ("a@example.org", 0, "Der erste Beitrag."),
        ("b@example.org", 2, "Der zweite."),
    ]
