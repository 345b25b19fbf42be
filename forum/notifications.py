"""Mail about new posts: one per post, or a daily digest, only ever to members.

Who gets a mail is decided when it is sent, not when the post was written: a member
who was suspended, left, or switched mail off in the meantime gets nothing. Every mail
carries signed links that end the subscription without logging in.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core import signing
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone

from forum.models import Board, BoardSubscription, Membership, Post, Topic, TopicSubscription
from portal.mail import send_templated_mail
from portal.models import User

UNSUBSCRIBE_SALT = "forum.unsubscribe"
DIGEST_LIMIT = 100


def unsubscribe_token(user: User, kind: str, target_id: int = 0) -> str:
    """``kind`` is "topic", "board" or "all" (all forum mail)."""
    return signing.dumps([user.pk, kind, target_id], salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, str, int] | None:
    try:
        user_id, kind, target_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if kind not in {"topic", "board", "all"} or not all(
        isinstance(value, int) for value in (user_id, target_id)
    ):
        return None
    return user_id, kind, target_id


def unsubscribe_url(user: User, kind: str, target_id: int = 0) -> str:
    path = reverse("forum:unsubscribe", kwargs={"token": unsubscribe_token(user, kind, target_id)})
    return settings.SITE_URL + path


def _receives_mail(mode: str):
    return (
        Membership.objects.approved()
        .filter(notify=mode, user__is_active=True)
        .select_related("user")
    )


def recipients_of(post: Post) -> list[Membership]:
    topic_subscribed = TopicSubscription.objects.filter(user=OuterRef("user"), topic=post.topic_id)
    board_subscribed = BoardSubscription.objects.filter(
        user=OuterRef("user"), board=post.topic.board_id
    )
    return list(
        _receives_mail(Membership.Notify.EACH_POST)
        .annotate(follows_topic=Exists(topic_subscribed))
        .filter(Exists(topic_subscribed) | Exists(board_subscribed))
        .exclude(user=post.author_id)
        .filter(Q(suspended_until__isnull=True) | Q(suspended_until__lte=timezone.now()))
    )


def send_post_notifications(post_id: int) -> int:
    post = (
        Post.objects.readable().select_related("topic__board", "author").filter(pk=post_id).first()
    )
    if post is None:  # hidden or withdrawn before the mail went out
        return 0
    recipients = recipients_of(post)
    for membership in recipients:
        user = membership.user
        topic_link = unsubscribe_url(user, "topic", post.topic_id)
        board_link = unsubscribe_url(user, "board", post.topic.board_id)
        # The one-click link ends what brought this mail: the topic, or else the board.
        one_click = topic_link if membership.follows_topic else board_link
        send_templated_mail(
            template_prefix="forum/email/new_post",
            to=[user.email],
            context={
                "post": post,
                "topic": post.topic,
                "base_url": settings.SITE_URL,
                "unsubscribe_topic": topic_link,
                "unsubscribe_board": board_link,
                "unsubscribe_all": unsubscribe_url(user, "all"),
            },
            headers={
                "List-Unsubscribe": f"<{one_click}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
    return len(recipients)


def send_daily_digests(*, now: datetime.datetime | None = None) -> int:
    """One mail per member who chose the digest and has something new; returns how many."""
    now = now or timezone.now()
    sent = 0
    for membership in _receives_mail(Membership.Notify.DAILY).iterator():
        since = membership.digest_sent_until or membership.decided_at or membership.applied_at
        user = membership.user
        posts = list(
            Post.objects.readable()
            .filter(created_at__gt=since, created_at__lte=now)
            .exclude(author=user)
            .filter(
                Exists(TopicSubscription.objects.filter(user=user, topic=OuterRef("topic")))
                | Exists(
                    BoardSubscription.objects.filter(user=user, board=OuterRef("topic__board"))
                )
            )
            .select_related("topic", "author")
            .order_by("topic_id", "number")[:DIGEST_LIMIT]
        )
        Membership.objects.filter(pk=membership.pk).update(digest_sent_until=now)
        if not posts or membership.is_suspended:
            continue
        topics: dict[int, dict] = {}
        for post in posts:
            entry = topics.setdefault(post.topic_id, {"topic": post.topic, "posts": []})
            entry["posts"].append(post)
        send_templated_mail(
            template_prefix="forum/email/digest",
            to=[user.email],
            context={
                "topics": list(topics.values()),
                "base_url": settings.SITE_URL,
                "unsubscribe_all": unsubscribe_url(user, "all"),
                "settings_url": settings.SITE_URL + reverse("forum:settings"),
                "more": len(posts) >= DIGEST_LIMIT,
            },
            headers={"List-Unsubscribe": f"<{unsubscribe_url(user, 'all')}>"},
        )
        sent += 1
    return sent


def unsubscribe(token: str) -> tuple[str, Topic | Board | None] | None:
    """End what the token names; None for a token we did not make."""
    parsed = read_unsubscribe_token(token)
    if parsed is None:
        return None
    user_id, kind, target_id = parsed
    if kind == "topic":
        topic = Topic.objects.filter(pk=target_id).first()
        TopicSubscription.objects.filter(user_id=user_id, topic_id=target_id).delete()
        return kind, topic
    if kind == "board":
        board = Board.objects.filter(pk=target_id).first()
        BoardSubscription.objects.filter(user_id=user_id, board_id=target_id).delete()
        return kind, board
    Membership.objects.filter(user_id=user_id).update(notify=Membership.Notify.NONE)
    return kind, None
