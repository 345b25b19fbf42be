import datetime

import pytest
from django.utils import timezone

from forum.models import Membership, Report
from tests import factories


@pytest.fixture
def member(db):
    return factories.MemberFactory(display_name="Aylin Beispiel")


@pytest.fixture
def other_member(db):
    return factories.MemberFactory(display_name="Ben Probe")


@pytest.fixture
def applicant(db):
    user = factories.UserFactory()
    Membership.objects.create(
        user=user, organisation="Neuer Verein", role="Ehrenamt", motivation="Ich möchte mitreden."
    )
    return user


@pytest.fixture
def suspended_member(db):
    return factories.MemberFactory(
        membership__suspended_until=timezone.now() + datetime.timedelta(days=3),
        membership__suspension_reason="Beleidigender Ton",
    )


@pytest.fixture
def board(db):
    return factories.BoardFactory(name="Projektpraxis", slug="projektpraxis")


@pytest.fixture
def forum_world(db, board, member, other_member, applicant, suspended_member):
    """A small forum with one of everything a forum URL can point at."""
    topic = factories.start_topic(
        board=board, author=member, title="Ehrenamtliche gewinnen", body="Wie macht ihr das?"
    )
    first = topic.posts.get(number=1)
    answer = factories.reply(topic, author=other_member, body="Mit Aushängen im Stadtteil.")
    suspended_post = factories.reply(topic, author=suspended_member, body="Bei uns per Zeitung.")
    report = Report.objects.create(post=answer, reporter=member, reason="Werbung?")
    return {
        "board": board,
        "topic": topic,
        "first": first,
        "answer": answer,
        "suspended_post": suspended_post,
        "report": report,
        "application": Membership.objects.get(user=applicant),
        "member_membership": Membership.objects.get(user=member),
        "suspended_membership": Membership.objects.get(user=suspended_member),
    }
