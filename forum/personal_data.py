"""Personal data in the forum: export and erasure (see portal.personal_data).

When an account is deleted its posts stay where they are and are shown as written by a
"deleted member" (``Post.author`` becomes NULL), unless the person chose to delete them
too. Deleted posts are withdrawn the way ``forum.actions.withdraw_post`` withdraws one:
the post keeps its number, so the thread's numbering and every counter stay right, and
the page shows the usual marker; in addition its text and earlier versions are erased.
A topic the person started goes entirely when nobody else has written in it.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forum.models import (
    Board,
    BoardSubscription,
    Membership,
    ModerationLogEntry,
    Post,
    PostRevision,
    ReadState,
    Report,
    Topic,
    TopicSubscription,
)
from portal.models import User
from portal.personal_data import iso

MODELS = frozenset(
    {
        "forum.Membership",
        "forum.Topic",
        "forum.Post",
        "forum.ReadState",
        "forum.TopicSubscription",
        "forum.BoardSubscription",
        "forum.Report",
        "forum.ModerationLogEntry",
    }
)

SECTIONS = {
    "membership": _(
        "Your application for the forum and your membership: organisation, role, "
        "motivation, decision, suspensions, how you get notified."
    ),
    "topics": _("Topics you started."),
    "posts": _("Your posts with their text, earlier versions and state."),
    "read_state": _("How far you have read each topic."),
    "subscriptions": _("Topics and boards you follow."),
    "reports": _("Posts you reported to the moderators."),
    "moderation": _(
        "Entries of the moderation log about you, and as a moderator the actions you took."
    ),
}


def export(user: User) -> dict[str, Any]:
    membership = Membership.objects.filter(user=user).first()
    posts = (
        Post.objects.filter(author=user)
        .select_related("topic")
        .prefetch_related(
            Prefetch("revisions", queryset=PostRevision.objects.order_by("replaced_at", "pk"))
        )
        .order_by("created_at", "pk")
    )
    return {
        "membership": {
            "status": membership.status,
            "organisation": membership.organisation,
            "role": membership.role,
            "motivation": membership.motivation,
            "applied_at": iso(membership.applied_at),
            "decided_at": iso(membership.decided_at),
            "decision_message": membership.decision_message,
            "suspended_until": iso(membership.suspended_until),
            "suspension_reason": membership.suspension_reason,
            "notifications": membership.notify,
        }
        if membership
        else None,
        "topics": [
            {
                "id": topic.pk,
                "title": topic.title,
                "board": topic.board.name,
                "created_at": iso(topic.created_at),
            }
            for topic in Topic.objects.filter(author=user)
            .select_related("board")
            .order_by("created_at", "pk")
        ],
        "posts": [
            {
                "id": post.pk,
                "topic_id": post.topic_id,
                "topic": post.topic.title,
                "number": post.number,
                "text": post.body,
                "written_at": iso(post.created_at),
                "edited_at": iso(post.edited_at),
                "withdrawn_at": iso(post.withdrawn_at),
                "hidden_by_moderation": post.is_hidden,
                "earlier_versions": [
                    {"text": revision.body, "replaced_at": iso(revision.replaced_at)}
                    for revision in post.revisions.all()
                ],
            }
            for post in posts
        ],
        "read_state": [
            {
                "topic_id": state.topic_id,
                "topic": state.topic.title,
                "read_up_to": state.last_read_number,
            }
            for state in ReadState.objects.filter(user=user)
            .select_related("topic")
            .order_by("topic_id")
        ],
        "subscriptions": {
            "topics": [
                {"topic_id": sub.topic_id, "topic": sub.topic.title, "since": iso(sub.created_at)}
                for sub in TopicSubscription.objects.filter(user=user)
                .select_related("topic")
                .order_by("created_at", "pk")
            ],
            "boards": [
                {"board": sub.board.name, "since": iso(sub.created_at)}
                for sub in BoardSubscription.objects.filter(user=user)
                .select_related("board")
                .order_by("created_at", "pk")
            ],
        },
        "reports": [
            {
                "post_id": report.post_id,
                "topic": report.post.topic.title,
                "reason": report.reason,
                "status": report.status,
                "reported_at": iso(report.created_at),
            }
            for report in Report.objects.filter(reporter=user)
            .select_related("post__topic")
            .order_by("created_at", "pk")
        ],
        "moderation": {
            "about_you": [
                {"action": entry.action, "at": iso(entry.created_at), "note": entry.note}
                for entry in ModerationLogEntry.objects.filter(member=user).order_by(
                    "created_at", "pk"
                )
            ],
            "by_you": [
                {
                    "action": entry.action,
                    "at": iso(entry.created_at),
                    "topic_id": entry.topic_id,
                    "post_id": entry.post_id,
                }
                for entry in ModerationLogEntry.objects.filter(moderator=user).order_by(
                    "created_at", "pk"
                )
            ],
        },
    }


def _delete_topics_only_they_wrote_in(user: User) -> None:
    """Remove the topics ``user`` started where nobody else has written, and count right."""
    others_wrote = Exists(Post.objects.filter(topic=OuterRef("pk")).exclude(author=user))
    candidates = list(
        Topic.objects.filter(author=user)
        .exclude(others_wrote)
        .order_by("pk")
        .select_for_update()
        .values_list("pk", flat=True)
    )
    if not candidates:
        return
    # Asked again under the locks: a reply needs the topic's lock, so none slips in now.
    topics = Topic.objects.filter(pk__in=candidates).exclude(others_wrote)
    per_board = list(
        topics.values("board")
        .annotate(topics=Count("pk"), posts=Coalesce(Sum("post_count"), Value(0)))
        .order_by("board")
    )
    boards = [row["board"] for row in per_board]
    list(Board.objects.select_for_update().filter(pk__in=boards).order_by("pk"))
    topics.delete()
    for row in per_board:
        Board.objects.filter(pk=row["board"]).update(
            topic_count=F("topic_count") - row["topics"], post_count=F("post_count") - row["posts"]
        )
    for board in Board.objects.filter(pk__in=boards):
        latest = board.topics.order_by("-last_activity_at", "-id").first()
        Board.objects.filter(pk=board.pk).update(
            last_topic=latest, last_activity_at=latest.last_activity_at if latest else None
        )


def _withdraw_and_erase_posts(user: User) -> None:
    """Withdraw every post of ``user`` (as withdraw_post does) and erase its text."""
    posts = Post.objects.filter(author=user)
    PostRevision.objects.filter(post__in=posts).delete()
    posts.update(
        withdrawn_at=Coalesce(F("withdrawn_at"), Value(timezone.now())),
        body="",
        body_html="",
        submission_token=None,
    )


@transaction.atomic
def erase(user: User, *, delete_forum_posts: bool) -> None:
    if delete_forum_posts:
        _delete_topics_only_they_wrote_in(user)
        _withdraw_and_erase_posts(user)
    # What stays is shown as written by a "deleted member".
    Post.objects.filter(author=user).update(author=None)
    Topic.objects.filter(author=user).update(author=None)
    ReadState.objects.filter(user=user).delete()
    TopicSubscription.objects.filter(user=user).delete()
    BoardSubscription.objects.filter(user=user).delete()
    Membership.objects.filter(user=user).delete()
    # Records of moderation keep what was done, without the person.
    Membership.objects.filter(decided_by=user).update(decided_by=None)
    Report.objects.filter(reporter=user).update(reporter=None)
    Report.objects.filter(handled_by=user).update(handled_by=None)
    ModerationLogEntry.objects.filter(moderator=user).update(moderator=None)
    ModerationLogEntry.objects.filter(member=user).update(member=None)
