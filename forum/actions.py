"""Every change in the forum: keyword-only, atomic, mail after commit.

Counters are updated with ``F()`` expressions while the topic row is locked, so replies
that arrive at the same moment are numbered one after the other and counted once each.
"""

from __future__ import annotations

import datetime
import re

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from forum.limits import next_edit_allowed_at, next_post_allowed_at
from forum.models import (
    Board,
    BoardSubscription,
    Membership,
    ModerationLogEntry,
    Post,
    PostRevision,
    Report,
    Topic,
    TopicSubscription,
)
from portal import roles
from portal.actions import ActionRefused
from portal.mail import send_templated_mail
from portal.markdown import render_markdown
from portal.models import User

LINK = re.compile(r"<a\s", re.IGNORECASE)


class ForumActionError(ActionRefused):
    """A change in the forum that cannot be made, said in the user's language."""


def _when(moment: datetime.datetime) -> str:
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


class PostingTooSoon(ForumActionError):
    def __init__(self, allowed_at: datetime.datetime, message: str | None = None):
        super().__init__(
            message
            or _("You are posting very quickly. You can send this post from %(time)s on.")
            % {"time": _when(allowed_at)}
        )
        self.allowed_at = allowed_at


class EditingTooSoon(PostingTooSoon):
    """An edit before the pause after the last edit is over, or past the hourly cap."""

    def __init__(self, allowed_at: datetime.datetime):
        super().__init__(
            allowed_at,
            _("You are changing posts very quickly. You can save this change from %(time)s on.")
            % {"time": _when(allowed_at)},
        )


class TooManyLinks(ForumActionError):
    def __init__(self, count: int):
        super().__init__(
            _("Your first posts may contain at most %(count)s links. Please remove some.")
            % {"count": count},
            field="body",
        )
        self.count = count


class TopicLocked(ForumActionError):
    def __init__(self):
        super().__init__(_("This topic has been locked by the moderators."))


# --- membership ------------------------------------------------------------------------


def _log(action: str, *, moderator: User, **targets) -> None:
    ModerationLogEntry.objects.create(action=action, moderator=moderator, **targets)


@transaction.atomic
def apply_for_membership(
    *, user: User, organisation: str, role: str, motivation: str
) -> Membership:
    """Apply, or apply again after a decline; moderators are told by mail."""
    membership, _created = Membership.objects.select_for_update().get_or_create(
        user=user,
        defaults={"organisation": organisation, "role": role, "motivation": motivation},
    )
    if membership.status == Membership.Status.APPROVED:
        raise ForumActionError(_("You are a member of the forum already."))
    membership.organisation, membership.role, membership.motivation = organisation, role, motivation
    membership.status = Membership.Status.APPLIED
    membership.applied_at = timezone.now()
    membership.decided_at = membership.decided_by = None
    membership.decision_message = ""
    membership.save()
    send_templated_mail(
        template_prefix="forum/email/application_received",
        to=User.objects.addresses_of_role(roles.MODERATORS),
        context={"membership": membership, "base_url": settings.SITE_URL},
    )
    return membership


def _decide(membership: Membership, *, moderator: User, status: str, message: str) -> Membership:
    locked = Membership.objects.select_for_update().select_related("user").get(pk=membership.pk)
    if locked.status != Membership.Status.APPLIED:
        raise ForumActionError(_("Another moderator has decided on this application already."))
    locked.status = status
    locked.decided_at = timezone.now()
    locked.decided_by = moderator
    locked.decision_message = message
    locked.save()
    approved = status == Membership.Status.APPROVED
    _log(
        ModerationLogEntry.Action.APPROVE if approved else ModerationLogEntry.Action.DECLINE,
        moderator=moderator,
        member=locked.user,
        note=message,
    )
    send_templated_mail(
        template_prefix="forum/email/application_decided",
        to=[locked.user.email],
        context={"membership": locked, "approved": approved, "base_url": settings.SITE_URL},
    )
    return locked


@transaction.atomic
def approve_membership(*, membership: Membership, moderator: User, message: str = "") -> Membership:
    return _decide(
        membership, moderator=moderator, status=Membership.Status.APPROVED, message=message
    )


@transaction.atomic
def decline_membership(*, membership: Membership, moderator: User, message: str) -> Membership:
    return _decide(
        membership, moderator=moderator, status=Membership.Status.DECLINED, message=message
    )


@transaction.atomic
def suspend_member(
    *, membership: Membership, moderator: User, until: datetime.datetime, reason: str
) -> Membership:
    locked = Membership.objects.select_for_update().select_related("user").get(pk=membership.pk)
    if not locked.is_approved:
        raise ForumActionError(_("Only members of the forum can be suspended."))
    locked.suspended_until, locked.suspension_reason = until, reason
    locked.save(update_fields=["suspended_until", "suspension_reason"])
    _log(ModerationLogEntry.Action.SUSPEND, moderator=moderator, member=locked.user, note=reason)
    send_templated_mail(
        template_prefix="forum/email/suspended",
        to=[locked.user.email],
        context={"membership": locked, "base_url": settings.SITE_URL},
    )
    return locked


@transaction.atomic
def lift_suspension(*, membership: Membership, moderator: User) -> Membership:
    locked = Membership.objects.select_for_update().select_related("user").get(pk=membership.pk)
    locked.suspended_until, locked.suspension_reason = None, ""
    locked.save(update_fields=["suspended_until", "suspension_reason"])
    _log(ModerationLogEntry.Action.UNSUSPEND, moderator=moderator, member=locked.user)
    send_templated_mail(
        template_prefix="forum/email/suspension_lifted",
        to=[locked.user.email],
        context={"membership": locked, "base_url": settings.SITE_URL},
    )
    return locked


# --- writing ---------------------------------------------------------------------------


def _check_links(author: User, body_html: str, *, editing: Post | None = None) -> None:
    """Few links while the author is among their first posts; an edit is judged as the
    post was written, so that links cannot come in later through the back door."""
    if len(LINK.findall(body_html)) <= settings.FORUM_NEW_MEMBER_LINKS:
        return
    earlier = Post.objects.filter(author=author)
    if editing is not None:
        earlier = earlier.exclude(pk=editing.pk)
    if earlier[: settings.FORUM_NEW_MEMBER_POSTS].count() < settings.FORUM_NEW_MEMBER_POSTS:
        raise TooManyLinks(settings.FORUM_NEW_MEMBER_LINKS)


def _add_post(*, topic: Topic, author: User, body: str, body_html: str, token: str | None) -> Post:
    """Number, store and count a post; the caller holds the author's row lock."""
    locked = Topic.objects.select_for_update().get(pk=topic.pk)
    # Checked on the locked row: a moderator's lock cannot slip in between check and post.
    if locked.is_locked and not _is_moderator(author):
        raise TopicLocked
    now = timezone.now()
    number = locked.post_count + 1
    post = Post.objects.create(
        topic=locked,
        number=number,
        author=author,
        body=body,
        body_html=body_html,
        created_at=now,
        submission_token=token,
    )
    Topic.objects.filter(pk=locked.pk).update(
        post_count=number, last_post=post, last_activity_at=now
    )
    Board.objects.filter(pk=locked.board_id).update(
        post_count=F("post_count") + 1, last_activity_at=now, last_topic=locked
    )
    TopicSubscription.objects.get_or_create(user=author, topic=locked)
    _advance_read_marker(user_id=author.pk, topic_id=locked.pk, number=number)
    return post


def _guard_writing(*, author: User, body: str, token: str | None) -> tuple[Post | None, str]:
    """Serialise the author's posting; return the post a repeated form already made, or
    None and the rendered text that passed the checks."""
    User.objects.select_for_update().filter(pk=author.pk).first()
    if token:
        existing = Post.objects.filter(submission_token=token, author=author).first()
        if existing is not None:
            return existing, existing.body_html
    allowed_at = next_post_allowed_at(author)
    if allowed_at is not None:
        raise PostingTooSoon(allowed_at)
    body_html = render_markdown(body)
    _check_links(author, body_html)
    return None, body_html


def _notify(post: Post) -> None:
    from forum.tasks import notify_about_post

    transaction.on_commit(lambda: notify_about_post.enqueue(post.pk))


@transaction.atomic
def start_topic(*, board: Board, author: User, title: str, body: str, token: str | None) -> Topic:
    repeated, body_html = _guard_writing(author=author, body=body, token=token)
    if repeated is not None:
        return repeated.topic
    now = timezone.now()
    topic = Topic.objects.create(
        board=board, title=title, author=author, created_at=now, last_activity_at=now
    )
    Board.objects.filter(pk=board.pk).update(topic_count=F("topic_count") + 1)
    post = _add_post(topic=topic, author=author, body=body, body_html=body_html, token=token)
    _notify(post)
    topic.refresh_from_db()
    return topic


@transaction.atomic
def reply_to_topic(*, topic: Topic, author: User, body: str, token: str | None) -> Post:
    repeated, body_html = _guard_writing(author=author, body=body, token=token)
    if repeated is not None:
        return repeated
    post = _add_post(topic=topic, author=author, body=body, body_html=body_html, token=token)
    _notify(post)
    return post


def _is_moderator(user: User) -> bool:
    from portal.permissions import is_moderator

    return is_moderator(user)


def _prune_revisions(post: Post, *, now: datetime.datetime) -> None:
    """Keep the text as first published, the last ``FORUM_POST_REVISIONS_KEPT`` versions
    and those of the last hour (the edit limit counts them, and its cap bounds them).

    The original and the recent versions are what moderators need to judge a post; the
    versions in between would let one member grow a single post without bound.
    """
    revisions = PostRevision.objects.filter(post=post)
    keep = [
        *revisions.order_by("replaced_at", "pk").values_list("pk", flat=True)[:1],
        *revisions.order_by("-replaced_at", "-pk").values_list("pk", flat=True)[
            : settings.FORUM_POST_REVISIONS_KEPT
        ],
    ]
    revisions.exclude(pk__in=keep).filter(
        replaced_at__lte=now - datetime.timedelta(hours=1)
    ).delete()


@transaction.atomic
def edit_post(*, post: Post, body: str) -> Post:
    """Change the text within the writing limits; earlier texts are kept for the moderators."""
    locked = Post.objects.select_for_update().get(pk=post.pk)
    if locked.body == body:
        return locked
    # Serialise the author's edits, as their posts are: two at once cannot both pass.
    User.objects.select_for_update().filter(pk=locked.author_id).first()
    allowed_at = next_edit_allowed_at(locked.author)
    if allowed_at is not None:
        raise EditingTooSoon(allowed_at)
    body_html = render_markdown(body)
    _check_links(locked.author, body_html, editing=locked)
    now = timezone.now()
    PostRevision.objects.create(post=locked, body=locked.body, replaced_at=now)
    _prune_revisions(locked, now=now)
    locked.body, locked.body_html, locked.edited_at = body, body_html, now
    locked.save(update_fields=["body", "body_html", "edited_at"])
    return locked


@transaction.atomic
def withdraw_post(*, post: Post) -> Post:
    """The author takes a post back; the thread keeps a marker where it stood."""
    locked = Post.objects.select_for_update().get(pk=post.pk)
    if locked.withdrawn_at is None:
        locked.withdrawn_at = timezone.now()
        locked.save(update_fields=["withdrawn_at"])
    return locked


# --- reading and subscriptions -----------------------------------------------------------


def _advance_read_marker(*, user_id: int, topic_id: int, number: int) -> None:
    """Move a member's read marker forward, never back, in a single upsert."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO forum_readstate (user_id, topic_id, last_read_number)
            VALUES (%s, %s, %s)
            ON CONFLICT (user_id, topic_id) DO UPDATE
            SET last_read_number = EXCLUDED.last_read_number
            WHERE forum_readstate.last_read_number < EXCLUDED.last_read_number
            """,
            [user_id, topic_id, number],
        )


def mark_read(*, user: User, topic: Topic, up_to: int) -> None:
    _advance_read_marker(user_id=user.pk, topic_id=topic.pk, number=up_to)


def set_topic_subscription(*, user: User, topic: Topic, subscribed: bool) -> None:
    if subscribed:
        TopicSubscription.objects.get_or_create(user=user, topic=topic)
    else:
        TopicSubscription.objects.filter(user=user, topic=topic).delete()


def set_board_subscription(*, user: User, board: Board, subscribed: bool) -> None:
    if subscribed:
        BoardSubscription.objects.get_or_create(user=user, board=board)
    else:
        BoardSubscription.objects.filter(user=user, board=board).delete()


def set_notification_mode(*, user: User, mode: str) -> None:
    memberships = Membership.objects.filter(user=user)
    if mode == Membership.Notify.DAILY:
        # The first digest starts now: earlier posts were mailed one by one, or not wanted.
        memberships.exclude(notify=mode).update(notify=mode, digest_sent_until=timezone.now())
    else:
        memberships.update(notify=mode)


# --- reports and moderation ------------------------------------------------------------


@transaction.atomic
def report_post(*, post: Post, reporter: User, reason: str) -> Report:
    report, created = Report.objects.get_or_create(
        post=post, reporter=reporter, status=Report.Status.OPEN, defaults={"reason": reason}
    )
    if created:
        send_templated_mail(
            template_prefix="forum/email/report_received",
            to=User.objects.addresses_of_role(roles.MODERATORS),
            context={"report": report, "base_url": settings.SITE_URL},
        )
    return report


def _close_reports(post: Post, *, moderator: User, status: str) -> None:
    Report.objects.filter(post=post, status=Report.Status.OPEN).update(
        status=status, handled_by=moderator, handled_at=timezone.now()
    )


@transaction.atomic
def hide_post(*, post: Post, moderator: User, note: str = "") -> Post:
    Post.objects.filter(pk=post.pk).update(is_hidden=True)
    _close_reports(post, moderator=moderator, status=Report.Status.ACTED)
    _log(
        ModerationLogEntry.Action.HIDE, moderator=moderator, post=post, topic=post.topic, note=note
    )
    post.is_hidden = True
    return post


@transaction.atomic
def restore_post(*, post: Post, moderator: User, note: str = "") -> Post:
    Post.objects.filter(pk=post.pk).update(is_hidden=False)
    _log(
        ModerationLogEntry.Action.RESTORE,
        moderator=moderator,
        post=post,
        topic=post.topic,
        note=note,
    )
    post.is_hidden = False
    return post


@transaction.atomic
def dismiss_report(*, report: Report, moderator: User) -> None:
    updated = Report.objects.filter(pk=report.pk, status=Report.Status.OPEN).update(
        status=Report.Status.DISMISSED, handled_by=moderator, handled_at=timezone.now()
    )
    if updated:
        _log(
            ModerationLogEntry.Action.DISMISS,
            moderator=moderator,
            post=report.post,
            topic=report.post.topic,
            note=report.reason,
        )


TOPIC_FLAGS = {
    ModerationLogEntry.Action.LOCK: {"is_locked": True},
    ModerationLogEntry.Action.UNLOCK: {"is_locked": False},
    ModerationLogEntry.Action.PIN: {"is_pinned": True},
    ModerationLogEntry.Action.UNPIN: {"is_pinned": False},
}


@transaction.atomic
def change_topic(*, topic: Topic, moderator: User, action: str) -> None:
    """Lock, unlock, pin or unpin a topic."""
    Topic.objects.filter(pk=topic.pk).update(**TOPIC_FLAGS[action])
    _log(action, moderator=moderator, topic=topic)


@transaction.atomic
def move_topic(*, topic: Topic, moderator: User, board: Board) -> Topic:
    locked = Topic.objects.select_for_update().select_related("board").get(pk=topic.pk)
    source = locked.board
    if source.pk == board.pk:
        return locked
    # Lock both boards in a fixed order so that two moves cannot deadlock.
    list(Board.objects.select_for_update().filter(pk__in=[source.pk, board.pk]).order_by("pk"))
    Topic.objects.filter(pk=locked.pk).update(board=board)
    Board.objects.filter(pk=source.pk).update(
        topic_count=F("topic_count") - 1, post_count=F("post_count") - locked.post_count
    )
    Board.objects.filter(pk=board.pk).update(
        topic_count=F("topic_count") + 1, post_count=F("post_count") + locked.post_count
    )
    for changed in (source, board):
        latest = changed.topics.order_by("-last_activity_at", "-id").first()
        Board.objects.filter(pk=changed.pk).update(
            last_topic=latest, last_activity_at=latest.last_activity_at if latest else None
        )
    _log(
        ModerationLogEntry.Action.MOVE,
        moderator=moderator,
        topic=locked,
        note=f"{source.name} → {board.name}",
    )
    locked.board = board
    return locked
