import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from forum import actions, permissions
from forum.models import Membership
from portal.models import User
from tests.factories import MemberFactory, ModeratorFactory, UserFactory, reply, start_topic

pytestmark = pytest.mark.django_db


def _with_membership(status):
    def make():
        user = UserFactory()
        Membership.objects.create(
            user=user, status=status, organisation="Verein", role="Ehrenamt", motivation="…"
        )
        return user

    return make


ROLES = {
    "anonymous": AnonymousUser,
    "registered": UserFactory,
    "unverified": lambda: UserFactory(verified_email=False),
    "applicant": _with_membership(Membership.Status.APPLIED),
    "declined": _with_membership(Membership.Status.DECLINED),
    "member": MemberFactory,
    "suspended": lambda: MemberFactory(
        membership__suspended_until=timezone.now() + datetime.timedelta(days=3)
    ),
    "inactive member": lambda: MemberFactory(is_active=False),
    "moderator": ModeratorFactory,
}


def person(role: str):
    made = ROLES[role]()
    # As the next request would load them: no permission caches from setting up.
    return made if isinstance(made, AnonymousUser) else User.objects.get(pk=made.pk)


@pytest.mark.parametrize(
    ("role", "member", "read", "write", "apply", "moderate"),
    [
        ("anonymous", False, False, False, False, False),
        ("registered", False, False, False, True, False),
        ("unverified", False, False, False, False, False),
        ("applicant", False, False, False, True, False),
        ("declined", False, False, False, True, False),
        ("member", True, True, True, False, False),
        ("suspended", True, True, False, False, False),
        ("inactive member", False, False, False, False, False),
        ("moderator", True, True, True, False, True),
    ],
)
def test_what_each_role_may_do_in_the_forum(role, member, read, write, apply, moderate):
    user = person(role)
    assert permissions.is_member(user) is member
    assert permissions.can_read_forum(user) is read
    assert permissions.can_write(user) is write
    assert permissions.can_apply(user) is apply
    assert permissions.can_moderate(user) is moderate


@pytest.mark.parametrize(
    ("role", "open_topic", "locked_topic"),
    [
        ("anonymous", False, False),
        ("registered", False, False),
        ("applicant", False, False),
        ("member", True, False),
        ("suspended", False, False),
        ("moderator", True, True),
    ],
)
def test_who_may_reply(role, open_topic, locked_topic):
    topic = start_topic()
    user = person(role)
    assert permissions.can_reply(user, topic) is open_topic
    topic.is_locked = True
    assert permissions.can_reply(user, topic) is locked_topic


def test_a_moderator_with_a_suspended_membership_still_writes():
    moderator = ModeratorFactory()
    Membership.objects.create(
        user=moderator,
        status=Membership.Status.APPROVED,
        organisation="Verein",
        role="Moderation",
        motivation="…",
        suspended_until=timezone.now() + datetime.timedelta(days=1),
    )
    moderator = User.objects.get(pk=moderator.pk)
    assert permissions.can_write(moderator)
    assert not permissions.is_suspended(moderator)


# --- posts -----------------------------------------------------------------------------


@pytest.fixture
def own_post():
    """A member's reply in someone else's topic."""
    author = MemberFactory()
    return reply(start_topic(), author=author)


def test_members_edit_and_withdraw_only_their_own_posts(own_post):
    author = User.objects.get(pk=own_post.author_id)
    other = person("member")
    assert permissions.can_edit_post(author, own_post)
    assert permissions.can_withdraw_post(author, own_post)
    assert not permissions.can_report_post(author, own_post)
    assert not permissions.can_edit_post(other, own_post)
    assert not permissions.can_withdraw_post(other, own_post)
    assert permissions.can_report_post(other, own_post)


@pytest.mark.parametrize("role", ["anonymous", "registered", "applicant", "declined"])
def test_outsiders_cannot_touch_posts(role, own_post):
    user = person(role)
    assert not permissions.can_edit_post(user, own_post)
    assert not permissions.can_withdraw_post(user, own_post)
    assert not permissions.can_report_post(user, own_post)


def test_moderators_do_not_edit_other_peoples_posts(own_post):
    moderator = person("moderator")
    assert not permissions.can_edit_post(moderator, own_post)
    assert not permissions.can_withdraw_post(moderator, own_post)
    assert permissions.can_report_post(moderator, own_post)
    assert permissions.can_see_post_history(moderator, own_post)
    assert not permissions.can_see_post_history(person("member"), own_post)


def test_a_withdrawn_post_can_be_neither_edited_nor_withdrawn_nor_reported(own_post):
    actions.withdraw_post(post=own_post)
    own_post.refresh_from_db()
    author = User.objects.get(pk=own_post.author_id)
    assert not permissions.can_edit_post(author, own_post)
    assert not permissions.can_withdraw_post(author, own_post)
    assert not permissions.can_report_post(person("member"), own_post)


def test_a_hidden_post_cannot_be_edited_or_reported_but_can_be_withdrawn(own_post):
    actions.hide_post(post=own_post, moderator=ModeratorFactory())
    own_post.refresh_from_db()
    author = User.objects.get(pk=own_post.author_id)
    assert not permissions.can_edit_post(author, own_post)
    assert permissions.can_withdraw_post(author, own_post)
    assert not permissions.can_report_post(person("member"), own_post)


def test_a_suspended_author_may_withdraw_but_not_edit(own_post):
    Membership.objects.filter(user=own_post.author_id).update(
        suspended_until=timezone.now() + datetime.timedelta(days=1)
    )
    author = User.objects.get(pk=own_post.author_id)
    assert not permissions.can_edit_post(author, own_post)
    assert permissions.can_withdraw_post(author, own_post)


def test_posts_in_a_locked_topic_are_edited_only_by_moderators(own_post):
    moderator = ModeratorFactory()
    moderators_post = reply(own_post.topic, author=moderator)
    actions.change_topic(topic=own_post.topic, moderator=moderator, action="lock")
    own_post.topic.refresh_from_db()
    moderators_post.topic.refresh_from_db()
    author = User.objects.get(pk=own_post.author_id)
    assert not permissions.can_edit_post(author, own_post)
    assert permissions.can_withdraw_post(author, own_post)
    assert permissions.can_edit_post(User.objects.get(pk=moderator.pk), moderators_post)


def test_membership_lookup_costs_one_query_per_request(django_assert_num_queries):
    member = person("member")
    with django_assert_num_queries(2):  # the membership, and the role groups
        permissions.is_member(member)
        permissions.can_write(member)
        permissions.can_read_forum(member)
        permissions.is_suspended(member)
