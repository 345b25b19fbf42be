"""Demo content for the forum: boards, members, one open application, and conversations.

Everything here is fictional: the people, their e-mail addresses (example.org, reserved
for documentation) and their words. The content is in files under ``forum/demo/``, whose
README says what each file holds and how a topic file is laid out.
Posts are written as rows, not through ``forum.actions``: the actions stamp the present
time, make members pause between posts and send mail, while the demo needs a history
spread over weeks and no mail. The counters the actions keep are then recomputed from
the rows. The loader is idempotent: boards are found by slug, people by e-mail, topics
by title within their board, and only what is missing is created.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from allauth.account.models import EmailAddress
from django.db import transaction
from django.db.models import Count, Min, Sum
from django.utils import timezone

from forum.models import Board, Membership, Post, ReadState, Topic, TopicSubscription
from portal import demo as portal_demo
from portal.demo_content import DemoContentError, DemoEntry, read_entries, read_records
from portal.markdown import render_markdown
from portal.models import Region, User

# Members applied and were approved before the oldest demo topic was started.
MEMBER_SINCE = datetime.timedelta(days=62)
APPLIED_FOR = datetime.timedelta(days=2)

CONTENT = Path(__file__).resolve().parent / "demo"


def read_people() -> dict[str, Any]:
    """``moderator`` (an e-mail), ``users``, ``members`` and ``applicant`` from people.toml."""
    return read_records(CONTENT / "people.toml")


def read_topics() -> list[dict[str, Any]]:
    """Every topic with its posts as ``(author e-mail, hours after the start, Markdown)``."""
    return [read_topic(entry) for entry in read_entries(CONTENT / "topics")]


def read_topic(entry: DemoEntry) -> dict[str, Any]:
    """One topic file as the loader needs it; every post in the front matter has its text."""
    meta = entry.meta
    texts = [entry.body, *entry.sections.values()]
    expected = [str(number) for number in range(2, len(meta["posts"]) + 1)]
    if list(entry.sections) != expected or not all(texts):
        raise DemoContentError(
            entry.path,
            1,
            f"{len(meta['posts'])} posts in the front matter need the text of the first "
            f"and then sections {expected}, each with text",
        )
    return {
        **meta,
        "posts": [
            (post["author"], post["hours"], text)
            for post, text in zip(meta["posts"], texts, strict=True)
        ],
    }


def load_boards() -> list[Board]:
    boards = []
    for item in read_records(CONTENT / "boards.toml")["boards"]:
        board, _ = Board.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "description": item["description"],
                "position": item["position"],
            },
        )
        boards.append(board)
    return boards


def _load_user(demo: dict[str, str], regions: dict[str, Region]) -> User:
    """Like ``portal.demo.load_users``: a verified address, so the account can log in."""
    user, created = User.objects.get_or_create(
        email=demo["email"],
        defaults={
            "display_name": demo["display_name"],
            "organisation": demo["organisation"],
            "organisation_role": demo["organisation_role"],
            "region": regions.get(demo["region_ags"]),
        },
    )
    if created:
        user.set_password(portal_demo.DEMO_PASSWORD)
        user.save(update_fields=["password"])
    EmailAddress.objects.get_or_create(
        user=user, email=demo["email"], defaults={"verified": True, "primary": True}
    )
    return user


def load_people(demo_people: dict[str, Any]) -> dict[str, User]:
    """Everyone the forum demo needs, by e-mail: the portal's demo users and our own."""
    people = {user.email: user for user in portal_demo.load_users()}
    regions = {region.ags: region for region in Region.objects.all()}
    for demo in demo_people["users"]:
        people[demo["email"]] = _load_user(demo, regions)
    return people


def _date_joined_back(users: list[User], when: datetime.datetime) -> None:
    # Nobody should have applied or posted before they signed up. Only ever moved back,
    # so a second run (with a later "now") changes nothing.
    User.objects.filter(pk__in=[user.pk for user in users], date_joined__gt=when).update(
        date_joined=when
    )


def load_memberships(
    demo_people: dict[str, Any], people: dict[str, User], now: datetime.datetime
) -> None:
    moderator = people[demo_people["moderator"]]
    motivations = {item["email"]: item["motivation"] for item in demo_people["members"]}
    members = [people[email] for email in motivations]
    _date_joined_back(members, now - MEMBER_SINCE)
    for user in members:
        # Existing memberships are left alone: a moderator may have changed them since.
        Membership.objects.get_or_create(
            user=user,
            defaults={
                "status": Membership.Status.APPROVED,
                "organisation": user.organisation,
                "role": user.organisation_role,
                "motivation": motivations[user.email],
                "applied_at": now - MEMBER_SINCE,
                "decided_at": now - MEMBER_SINCE + datetime.timedelta(days=1),
                "decided_by": None if user == moderator else moderator,
            },
        )
    applicant = people[demo_people["applicant"]["email"]]
    _date_joined_back([applicant], now - APPLIED_FOR)
    Membership.objects.get_or_create(
        user=applicant,
        defaults={
            "status": Membership.Status.APPLIED,
            "organisation": applicant.organisation,
            "role": applicant.organisation_role,
            "motivation": demo_people["applicant"]["motivation"],
            "applied_at": now - APPLIED_FOR,
        },
    )


def load_topic(item: dict, board: Board, people: dict[str, User], now: datetime.datetime) -> None:
    """Write one topic with all its posts, unless a topic of that title is already there."""
    if Topic.objects.filter(board=board, title=item["title"]).exists():
        return
    started = now - datetime.timedelta(days=item["days_ago"])
    posts = [
        Post(
            number=number,
            author=people[email],
            body=body,
            body_html=render_markdown(body),
            created_at=started + datetime.timedelta(hours=hours),
        )
        for number, (email, hours, body) in enumerate(item["posts"], start=1)
    ]
    # The counters are placeholders until recount() sets them from the rows.
    topic = Topic.objects.create(
        board=board,
        title=item["title"],
        author=posts[0].author,
        created_at=posts[0].created_at,
        last_activity_at=posts[-1].created_at,
        is_pinned=item.get("pinned", False),
        is_locked=item.get("locked", False),
    )
    for post in posts:
        post.topic = topic
    Post.objects.bulk_create(posts)
    # What the actions leave behind for every author: a subscription to the topic, and
    # a read marker at their own latest post.
    first_post: dict[int, Post] = {}
    last_read: dict[int, int] = {}
    for post in posts:
        first_post.setdefault(post.author_id, post)
        last_read[post.author_id] = post.number
    TopicSubscription.objects.bulk_create(
        [
            TopicSubscription(user_id=user_id, topic=topic, created_at=post.created_at)
            for user_id, post in first_post.items()
        ],
        ignore_conflicts=True,
    )
    ReadState.objects.bulk_create(
        [
            ReadState(user_id=user_id, topic=topic, last_read_number=number)
            for user_id, number in last_read.items()
        ],
        ignore_conflicts=True,
    )


def recount(boards: list[Board]) -> None:
    """Set the stored counters of these boards and their topics from the rows.

    The values are the ones ``forum.actions`` keeps: a topic counts up to its highest
    post number and points at that post; a board counts its topics and their posts and
    points at its most recently active topic.
    """
    topics = list(
        Topic.objects.filter(board__in=boards).annotate(first_at=Min("posts__created_at"))
    )
    last_posts = {
        post.topic_id: post
        for post in Post.objects.filter(topic__in=topics)
        .order_by("topic_id", "-number")
        .distinct("topic_id")
    }
    for topic in topics:
        last = last_posts.get(topic.pk)
        if last is None:
            continue
        topic.post_count = last.number
        topic.last_post = last
        topic.last_activity_at = last.created_at
        topic.created_at = topic.first_at
    Topic.objects.bulk_update(topics, ["post_count", "last_post", "last_activity_at", "created_at"])
    latest = {
        topic.board_id: topic
        for topic in Topic.objects.filter(board__in=boards)
        .order_by("board_id", "-last_activity_at", "-id")
        .distinct("board_id")
    }
    counted = Board.objects.filter(pk__in=[board.pk for board in boards]).annotate(
        topics_counted=Count("topics"), posts_counted=Sum("topics__post_count")
    )
    for board in counted:
        last_topic = latest.get(board.pk)
        board.topic_count = board.topics_counted
        board.post_count = board.posts_counted or 0
        board.last_topic = last_topic
        board.last_activity_at = last_topic.last_activity_at if last_topic else None
        board.save(update_fields=["topic_count", "post_count", "last_topic", "last_activity_at"])


@transaction.atomic
def load_all() -> None:
    now = timezone.now()
    boards = load_boards()
    by_slug = {board.slug: board for board in boards}
    demo_people = read_people()
    people = load_people(demo_people)
    load_memberships(demo_people, people, now)
    for item in read_topics():
        load_topic(item, by_slug[item["board"]], people, now)
    recount(boards)
