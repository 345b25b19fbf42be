"""Who may do what in the forum. Views and templates ask these functions, nothing else.

Moderators read and write everywhere, whether or not they applied. Suspended members
keep reading but cannot write; they may still withdraw their own posts.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.contrib.auth.models import AnonymousUser

from forum.models import Membership, Post, Topic
from portal.models import User
from portal.per_request import once_per_user
from portal.permissions import is_moderator

AnyUser = User | AnonymousUser


def membership_of(user: AnyUser) -> Membership | None:
    """The user's membership or application."""
    if not user.is_authenticated:
        return None
    return _membership(user)


@once_per_user
def _membership(user: User) -> Membership | None:
    return Membership.objects.filter(user=user).first()


def is_member(user: AnyUser) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if is_moderator(user):
        return True
    membership = membership_of(user)
    return membership is not None and membership.is_approved


def is_suspended(user: AnyUser) -> bool:
    membership = membership_of(user)
    return (
        membership is not None
        and membership.is_suspended
        and is_member(user)
        and not is_moderator(user)
    )


def can_read_forum(user: AnyUser) -> bool:
    return is_member(user)


def can_write(user: AnyUser) -> bool:
    return is_member(user) and not is_suspended(user)


def can_apply(user: AnyUser) -> bool:
    """Registered people with a verified address who are not yet members."""
    if not user.is_authenticated or not user.is_active or is_member(user):
        return False
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def can_reply(user: AnyUser, topic: Topic) -> bool:
    return can_write(user) and (not topic.is_locked or is_moderator(user))


def can_edit_post(user: AnyUser, post: Post) -> bool:
    return (
        can_write(user)
        and post.author_id == user.pk
        and post.is_readable
        and (not post.topic.is_locked or is_moderator(user))
    )


def can_withdraw_post(user: AnyUser, post: Post) -> bool:
    return is_member(user) and post.author_id == user.pk and not post.is_withdrawn


def can_report_post(user: AnyUser, post: Post) -> bool:
    return is_member(user) and post.author_id != user.pk and post.is_readable


def can_moderate(user: AnyUser) -> bool:
    return is_moderator(user)


def can_see_post_history(user: AnyUser, post: Post) -> bool:
    return is_moderator(user)
