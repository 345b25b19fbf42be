"""The forum's writing limits: when a member may post or change a post again.

Read by the actions, which refuse a post or an edit that comes too soon, and by the
pages, which tell the member in advance.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone

from forum.models import Post, PostRevision
from portal.models import User


def next_post_allowed_at(user: User, *, now: datetime.datetime | None = None):
    """When ``user`` may post again, or None if now.

    Two rules: a pause of ``FORUM_POST_INTERVAL`` seconds between posts, and at most
    ``FORUM_POSTS_PER_HOUR`` posts in any hour. One indexed query over the user's own
    most recent posts.
    """
    now = now or timezone.now()
    return _next_allowed_at(
        Post.objects.filter(author=user), "created_at", settings.FORUM_POSTS_PER_HOUR, now
    )


def next_edit_allowed_at(user: User, *, now: datetime.datetime | None = None):
    """When ``user`` may change a post again, or None if now.

    Edits are limited as posts are (a pause of ``FORUM_POST_INTERVAL`` seconds, at most
    ``FORUM_EDITS_PER_HOUR`` in any hour) but counted apart: correcting a post just
    written is no second post, and a flood of edits must not stop someone from answering.
    Each edit leaves a revision; those of the last hour are never pruned.
    """
    now = now or timezone.now()
    return _next_allowed_at(
        PostRevision.objects.filter(post__author=user),
        "replaced_at",
        settings.FORUM_EDITS_PER_HOUR,
        now,
    )


def _next_allowed_at(writings, written_at: str, per_hour: int, now: datetime.datetime):
    """When the next of ``writings`` may be made: a pause of ``FORUM_POST_INTERVAL``
    seconds after the last, and at most ``per_hour`` in any hour."""
    interval = datetime.timedelta(seconds=settings.FORUM_POST_INTERVAL)
    hour = datetime.timedelta(hours=1)
    recent = list(
        writings.filter(**{f"{written_at}__gt": now - hour})
        .order_by(f"-{written_at}")
        .values_list(written_at, flat=True)[:per_hour]
    )
    allowed = []
    if recent and recent[0] + interval > now:
        allowed.append(recent[0] + interval)
    if len(recent) >= per_hour:
        allowed.append(recent[-1] + hour)
    return max(allowed) if allowed else None
